package org.corridor.policy;

import java.util.List;
import org.corridor.model.Mode;
import org.corridor.model.SourceRef;
import org.corridor.model.Validity;

/**
 * The actor lets no covered flow cross its territory unless the flow ends there.
 *
 * @param commodities covered commodities; empty means all
 * @param origins covered origin countries or blocs; empty means all but the actor
 * @param modes only exits by these modes are banned; empty means all
 * @param exceptLinks links that stay open
 */
public record TransitBan(String id, String actor, List<String> commodities, List<String> origins,
    List<Mode> modes, List<String> exceptLinks, Validity validity, String description, SourceRef sources)
    implements Policy {
  public TransitBan {
    commodities = List.copyOf(commodities);
    origins = List.copyOf(origins);
    modes = List.copyOf(modes);
    exceptLinks = List.copyOf(exceptLinks);
  }

  /** A ban on all transit of one origin's commodity, the common analytic case. */
  public static TransitBan of(String id, String actor, String commodity, String origin) {
    return new TransitBan(id, actor, commodity == null ? List.of() : List.of(commodity),
        origin == null ? List.of() : List.of(origin), List.of(), List.of(), Validity.ALWAYS, "", SourceRef.estimate("analysis case"));
  }

  @Override
  public Kind policyKind() {
    return Kind.TRANSIT_BAN;
  }
}
