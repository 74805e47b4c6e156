package org.corridor.cli;

import org.corridor.api.ScenarioRef;
import picocli.CommandLine.Option;

/** Which scenario, on which date. */
final class ScenarioOptions {
  @Option(names = {"-s", "--scenario"}, paramLabel = "NAME",
      description = "Scenario to evaluate (default: the data set's default scenario).")
  String scenario;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluate on this date (YYYY-MM-DD) instead of the scenario's.")
  String asOf;

  ScenarioRef ref() {
    return new ScenarioRef(scenario, asOf == null ? null : ScenarioRef.date(asOf, "--as-of"));
  }
}
