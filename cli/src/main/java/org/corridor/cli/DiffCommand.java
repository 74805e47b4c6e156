package org.corridor.cli;

import java.util.concurrent.Callable;
import org.corridor.api.Period;
import org.corridor.api.ScenarioRef;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "What differs between two scenarios, or one scenario at two dates: inputs (policies, links, "
        + "memberships) and results (flows, welfare, stranded supply, shares), largest changes first.",
    footer = {"", "Examples:", "  corridor diff data/eurasia visit-2024-11-28 cpc-strike-2025-02",
        "  corridor diff data/eurasia visit-2024-11-28 visit-2024-11-28@2025-03-01",
        "  corridor diff data/eurasia visit-2024-11-28 cpc-strike-2025-02 --period 2025"})
final class DiffCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Mixin SolverOptions solver;
  @Mixin OutputOptions output;

  @Parameters(index = "1", paramLabel = "A", description = "Scenario, optionally @DATE.")
  String a;

  @Parameters(index = "2", paramLabel = "B", description = "Scenario, optionally @DATE.")
  String b;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "Result changes to print (files get all).")
  int top;

  @Option(names = "--period", paramLabel = "P", description = "Compare over a period: a year (2025), a month "
      + "(2025-02) or a range (2025-01-01..2025-06-30); volumes lost or rerouted, and mean rates. A and B then take "
      + "no @DATE.")
  String period;

  @Mixin SweepOptions sweep;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    var corridor = Front.corridor(data, spec.commandLine().getErr());
    if (period != null) {
      return output.emit(spec, corridor.diff(ScenarioRef.parse(a), ScenarioRef.parse(b), Period.parse(period, "--period"),
          solver.options(sweep.threads())), top);
    }
    return output.emit(spec, corridor.diff(ScenarioRef.parse(a), ScenarioRef.parse(b), solver.options(1)), top);
  }
}
