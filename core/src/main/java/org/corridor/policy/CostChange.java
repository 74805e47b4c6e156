package org.corridor.policy;

import org.corridor.model.SourceRef;
import org.corridor.model.Validity;

/** Adds {@code costDelta} to a link's operating cost and multiplies its tariff by {@code tariffFactor}. */
public record CostChange(String id, String link, double costDelta, double tariffFactor, Validity validity,
    String description, SourceRef sources) implements Policy {

  @Override
  public Kind policyKind() {
    return Kind.COST_CHANGE;
  }
}
