package org.corridor.cli;

import java.time.LocalDate;
import org.corridor.policy.DataSet;
import org.corridor.policy.ScenarioResolver;
import org.corridor.policy.Snapshot;
import picocli.CommandLine.Option;

/** Which scenario, on which date. */
final class ScenarioOptions {
  @Option(names = {"-s", "--scenario"}, paramLabel = "NAME",
      description = "Scenario to evaluate (default: the data set's default scenario).")
  String scenario;

  @Option(names = "--as-of", paramLabel = "DATE", description = "Evaluate on this date (YYYY-MM-DD) instead of the scenario's.")
  LocalDate asOf;

  Snapshot resolve(DataSet data) {
    return new ScenarioResolver(data).resolve(scenario, asOf);
  }

  /** The chosen scenario, moved to {@code --as-of} when given. */
  org.corridor.policy.Scenario scenario(ScenarioResolver resolver) {
    var s = resolver.scenario(scenario);
    return asOf == null ? s : s.withAsOf(asOf);
  }
}
