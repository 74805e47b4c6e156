package org.corridor.cli;

import java.util.concurrent.Callable;
import org.corridor.api.Answer;
import org.corridor.report.SolveReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "solve", mixinStandardHelpOptions = true,
    description = "Solve a scenario: flows, deliveries, stranded supply, welfare per country, shadow prices.")
final class SolveCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Mixin ScenarioOptions scenario;
  @Mixin SolverOptions solver;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Answer a = Front.corridor(data, spec.commandLine().getErr()).solve(scenario.ref(), solver.options(1), output.out != null);
    if (output.format == OutputOptions.Format.table) {
      spec.commandLine().getOut().printf("%s%n%n",
          org.corridor.text.TerminalText.visibleLines(((SolveReport.Summary) a.summary()).headline()));
    }
    return output.emit(spec, a);
  }
}
