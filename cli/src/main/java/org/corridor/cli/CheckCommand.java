package org.corridor.cli;

import java.util.concurrent.Callable;
import org.corridor.api.Answer;
import org.corridor.api.Corridor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Solve and evaluate every claim in claims.yaml: the model's value next to the claim's. "
        + "Exits 5 when a claim fails.")
final class CheckCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Mixin SolverOptions solver;
  @Mixin OutputOptions output;

  @Option(names = {"-s", "--scenario"}, paramLabel = "NAME",
      description = "Evaluate every claim in this scenario instead of the one each claim names.")
  String scenario;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Answer a = Front.corridor(data, spec.commandLine().getErr()).check(scenario, solver.options(1));
    var summary = (Corridor.CheckSummary) a.summary();
    output.emit(spec, a);
    if (output.format == OutputOptions.Format.table) {
      spec.commandLine().getOut().printf("%d of %d claims pass.%n", summary.passed(), summary.claims());
      spec.commandLine().getOut().flush();
    }
    return summary.allPass() ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
  }
}
