package org.corridor.policy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.corridor.model.Network;

/**
 * A data folder as loaded: the base network, the base policies, the named scenarios.
 *
 * @param defaultScenario the scenario used when none is named, or {@code null} for the base as of today
 * @param focus the exporter and commodity pairs that reports lead with
 * @param claims figures from sources the model should reproduce ({@code claims.yaml})
 * @param risks events that may strike in a year, for risk sampling ({@code risks.yaml})
 */
public record DataSet(Path folder, Network network, List<Policy> policies, Map<String, Scenario> scenarios,
    String defaultScenario, List<Focus> focus, List<org.corridor.model.Claim> claims, RiskEvent.Register risks) {
  public DataSet {
    policies = List.copyOf(policies);
    scenarios = Map.copyOf(scenarios);
    focus = List.copyOf(focus);
    claims = List.copyOf(claims);
    risks = risks == null ? RiskEvent.Register.NONE : risks;
  }

  /** A data set without risk events. */
  public DataSet(Path folder, Network network, List<Policy> policies, Map<String, Scenario> scenarios,
      String defaultScenario, List<Focus> focus, List<org.corridor.model.Claim> claims) {
    this(folder, network, policies, scenarios, defaultScenario, focus, claims, RiskEvent.Register.NONE);
  }

  /**
   * An (exporter, commodity) pair the data set's reports lead with, from {@code dataset.yaml}; {@code transit}
   * optionally names the transit country whose lever reports follow (else the one crossed most).
   */
  public record Focus(String exporter, String commodity, String transit) {}
}
