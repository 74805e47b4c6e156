package org.corridor.cli;

import java.util.concurrent.Callable;
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
        "  corridor diff data/eurasia visit-2024-11-28 visit-2024-11-28@2025-03-01"})
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

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return output.emit(spec, Front.corridor(data, spec.commandLine().getErr())
        .diff(ScenarioRef.parse(a), ScenarioRef.parse(b), solver.options(1)), top);
  }
}
