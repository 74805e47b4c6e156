package org.corridor.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corridor.api.Answer;
import org.corridor.api.Corridor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Solve and evaluate every claim in claims.yaml: the model's value next to the claim's, "
        + "calibration and test claims apart, per period, with the test claims that only echo a bound flagged. "
        + "Exits 5 when a calibration claim fails; a failing test claim is reported, not an error.")
final class CheckCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Mixin SolverOptions solver;
  @Mixin SweepOptions sweep;
  @Mixin OutputOptions output;

  @Option(names = {"-s", "--scenario"}, paramLabel = "NAME",
      description = "Evaluate every claim in this scenario instead of the one each claim names.")
  String scenario;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Answer a = Front.corridor(data, spec.commandLine().getErr()).check(scenario, solver.options(sweep.threads()));
    var summary = (Corridor.CheckSummary) a.summary();
    output.emit(spec, a);
    if (output.format == OutputOptions.Format.table) {
      PrintWriter out = spec.commandLine().getOut();
      out.printf("Calibration claims: %d of %d pass.%n", summary.calibrationPassed(), summary.calibrationClaims());
      if (summary.testClaims() > 0) {
        out.printf(Locale.ROOT, "Test claims: %d of %d pass (%.0f%%); %d only echo a bound (pass-through).%n",
            summary.testPassed(), summary.testClaims(), 100 * summary.testPassRate(), summary.passThrough());
      } else {
        out.printf("Test claims: none.%n");
      }
      out.flush();
    }
    return summary.fails() ? ExitCodes.CHECK_FAILED : ExitCodes.OK;
  }
}
