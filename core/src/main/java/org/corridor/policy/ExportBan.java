package org.corridor.policy;

import java.util.List;
import org.corridor.model.SourceRef;
import org.corridor.model.Validity;

/**
 * Flows that originate in the actor may not be delivered to covered markets.
 *
 * @param destinations covered destination countries or blocs; empty means every market outside the actor
 */
public record ExportBan(String id, String actor, List<String> commodities, List<String> destinations,
    Validity validity, String description, SourceRef sources) implements Policy {
  public ExportBan {
    commodities = List.copyOf(commodities);
    destinations = List.copyOf(destinations);
  }

  @Override
  public Kind policyKind() {
    return Kind.EXPORT_BAN;
  }
}
