package org.corridor.policy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.corridor.model.Network;

/**
 * A data folder as loaded: the base network, the base policies, the named scenarios.
 *
 * @param defaultScenario the scenario used when none is named, or {@code null} for the base as of today
 */
public record DataSet(Path folder, Network network, List<Policy> policies, Map<String, Scenario> scenarios,
    String defaultScenario) {
  public DataSet {
    policies = List.copyOf(policies);
    scenarios = Map.copyOf(scenarios);
  }
}
