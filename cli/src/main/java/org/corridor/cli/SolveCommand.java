package org.corridor.cli;

import java.util.concurrent.Callable;
import org.corridor.api.Answer;
import org.corridor.api.Period;
import org.corridor.report.PeriodReport;
import org.corridor.report.SolveReport;
import picocli.CommandLine.Option;
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
  @Mixin SweepOptions sweep;
  @Spec CommandSpec spec;

  @Option(names = "--period", paramLabel = "P", description = "Integrate over a period: a year (2025), a month "
      + "(2025-02) or a range (2025-01-01..2025-06-30). Reports volumes and mean rates, the sub-periods between "
      + "changes, and what each event cut over its days.")
  String period;

  @Option(names = "--merge-origins", description = "Solve a smaller program: the origins of a commodity that no "
      + "policy tells apart, and no focus exporter, ship as one class (origin *). Welfare, flows per link in sum, "
      + "stranded supply and capacity prices stay exact; the destinations and welfare-per-country tables are left out.")
  boolean mergeOrigins;

  @Override
  public Integer call() throws Exception {
    if (period != null && mergeOrigins) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--merge-origins and --period cannot be combined: a period's tables report every origin");
    }
    if (period != null) {
      Answer a = Front.corridor(data, spec.commandLine().getErr()).solve(scenario.ref(), Period.parse(period, "--period"),
          solver.options(sweep.threads()));
      PeriodReport.Summary summary = (PeriodReport.Summary) a.summary();
      if (output.format == OutputOptions.Format.table) {
        spec.commandLine().getOut().printf("%s%n%n", org.corridor.text.TerminalText.visibleLines(summary.text()));
      }
      int code = output.emit(spec, a);
      if (!summary.isOptimal()) {
        // The tables are printed first, so the failed sub-period's status can be read; the exit is a failed solve's.
        spec.commandLine().getErr().printf("error: %s over %s did not solve in every sub-period (%s): the period has "
            + "no volumes. Maybe raise the time limit, or see the sub-periods table.%n",
            org.corridor.text.TerminalText.visible(summary.scenario()), summary.period(), summary.status());
        return ExitCodes.SOLVE_FAILED;
      }
      return code;
    }
    var corridor = Front.corridor(data, spec.commandLine().getErr());
    Answer a = mergeOrigins ? corridor.solveMerged(scenario.ref(), solver.options(1), output.out != null)
        : corridor.solve(scenario.ref(), solver.options(1), output.out != null);
    if (output.format == OutputOptions.Format.table) {
      spec.commandLine().getOut().printf("%s%n%n",
          org.corridor.text.TerminalText.visibleLines(((SolveReport.Summary) a.summary()).headline()));
    }
    return output.emit(spec, a);
  }
}
