package org.corridor.policy;

import org.corridor.model.SourceRef;
import org.corridor.model.Validity;

/**
 * Multiplies a link's or a node's capacity by {@code factor} (0 closes it). Exactly one of
 * {@code link} and {@code node} is set.
 */
public record CapacityChange(String id, String link, String node, double factor, Validity validity,
    String description, SourceRef sources) implements Policy {

  @Override
  public Kind policyKind() {
    return Kind.CAPACITY_CHANGE;
  }
}
