package org.corridor.cli;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.concurrent.Callable;
import org.corridor.analysis.Timeline;
import org.corridor.policy.DataSet;
import org.corridor.policy.ScenarioResolver;
import org.corridor.report.AnalysisRun;
import org.corridor.report.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "timeline", mixinStandardHelpOptions = true,
    description = "Indicators of a scenario from one date to another: exports, transit shares, stranded supply "
        + "and leverage of the focus exporters, as the dated events switch on and off.")
final class TimelineCommand implements Callable<Integer> {
  enum Step { month, quarter, year }

  @Mixin DataOptions data;
  @Mixin SolverOptions solver;
  @Mixin OutputOptions output;

  @Option(names = {"-s", "--scenario"}, paramLabel = "NAME", description = "Scenario (default: the data set's).")
  String scenario;

  @Option(names = "--from", paramLabel = "DATE", description = "First date (default: the quarter of the first dated event).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Last date (default: the last dated event or scenario).")
  LocalDate to;

  @Option(names = "--step", paramLabel = "STEP", defaultValue = "quarter", description = "month, quarter or year.")
  Step step;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    DataSet d = data.load().dataSet();
    ScenarioResolver resolver = new ScenarioResolver(d);
    var sc = resolver.scenario(scenario);
    LocalDate[] span = AnalysisRun.eventSpan(d, LocalDate.now());
    LocalDate start = from != null ? from : span[0];
    LocalDate end = to != null ? to : span[1];
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("--to " + end + " is before --from " + start);
    }
    Period p = switch (step) {
      case month -> Period.ofMonths(1);
      case quarter -> Period.ofMonths(3);
      case year -> Period.ofYears(1);
    };
    var model = solver.model();
    List<Timeline.Row> rows = Timeline.of(resolver, sc, Timeline.dates(start, end, p), d.focus(), model::solve);
    String runId = data.runId("timeline", sc.name(), start, end, step, solver.request());
    List<Table> tables = List.of(Table.of("timeline", "Indicators of " + sc.name() + " from " + start + " to " + end,
        Timeline.Row.class, rows).withRun(runId, sc.name()));
    Output.print(spec.commandLine().getOut(), output, null, tables, tables, "timeline");
    if (output.out != null) {
      Output.write(output.out, output.format, tables);
    }
    return ExitCodes.OK;
  }
}
