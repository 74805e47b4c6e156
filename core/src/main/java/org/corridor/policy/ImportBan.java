package org.corridor.policy;

import java.util.List;
import org.corridor.model.SourceRef;
import org.corridor.model.Validity;

/** Covered flows may not be delivered to the actor's markets; transit stays allowed. */
public record ImportBan(String id, String actor, List<String> commodities, List<String> origins,
    Validity validity, String description, SourceRef sources) implements Policy {
  public ImportBan {
    commodities = List.copyOf(commodities);
    origins = List.copyOf(origins);
  }

  @Override
  public Kind policyKind() {
    return Kind.IMPORT_BAN;
  }
}
