package org.corridor.cli;

import java.util.concurrent.Callable;
import org.corridor.api.BadRequestException;
import org.corridor.api.Period;
import org.corridor.api.ScenarioRef;
import org.corridor.api.Step;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Indicators of a scenario from one date to another: exports, transit shares, stranded supply "
        + "and leverage of the focus exporters, as the dated events switch on and off.")
final class TimelineCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Mixin SolverOptions solver;
  @Mixin SweepOptions sweep;
  @Mixin OutputOptions output;

  @Option(names = {"-s", "--scenario"}, paramLabel = "NAME", description = "Scenario (default: the data set's).")
  String scenario;

  @Option(names = "--from", paramLabel = "DATE", description = "First date (default: the quarter of the first dated event).")
  String from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last date (default: the last dated event or scenario up to today).")
  String to;

  @Option(names = "--period", paramLabel = "P", description = "Step dates from the first day of P (a year, a month or "
      + "a range, as for solve) and, per step, its volumes over the days to the next date integrated between changes, "
      + "so an event between two step dates shows as volume lost. Not with --from or --to.")
  String period;

  @Option(names = "--step", paramLabel = "STEP", defaultValue = "quarter", description = "month, quarter (default) or year.")
  Step step;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (period != null) {
      if (from != null || to != null) {
        throw new BadRequestException("--period sets the timeline's span: give it without --from and --to.");
      }
      return output.emit(spec, Front.corridor(data, spec.commandLine().getErr()).timeline(new ScenarioRef(scenario, null),
          Period.parse(period, "--period"), step, solver.options(sweep.threads())));
    }
    return output.emit(spec, Front.corridor(data, spec.commandLine().getErr()).timeline(new ScenarioRef(scenario, null),
        from == null ? null : ScenarioRef.date(from, "--from"), to == null ? null : ScenarioRef.date(to, "--to"), step,
        solver.options(sweep.threads())));
  }
}
