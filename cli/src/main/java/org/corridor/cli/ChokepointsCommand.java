package org.corridor.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.corridor.analysis.Chokepoints;
import org.corridor.analysis.MinCuts;
import org.corridor.policy.DataSet;
import org.corridor.report.Table;
import org.corridor.solve.FlowResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "chokepoints", mixinStandardHelpOptions = true,
    description = "N-1 over every link, node and country (transit denial), minimum cuts per exporter, and the "
        + "ranking of binding capacities by shadow price.")
final class ChokepointsCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Mixin ScenarioOptions scenario;
  @Mixin SolverOptions solver;
  @Mixin SweepOptions sweep;
  @Mixin OutputOptions output;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "Rows of the ranking to print.")
  int top;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    DataSet d = data.load().dataSet();
    Sweep sw = Sweep.of(d, scenario, solver, sweep, spec.commandLine().getErr());
    Chokepoints.Result r = new Chokepoints(sw.resolver(), sw.scenario(), sw.runner()).run(sw.base());
    String runId = data.runId("chokepoints", sw.scenario().name(), sw.scenario().asOf(), solver.request());
    List<Table> all = Stream.of(
        Table.of("chokepoints", "N-1: welfare lost when each element closes", Chokepoints.Row.class, r.ranking()),
        Table.of("chokepoint-losses", "N-1 losses per country", Chokepoints.CountryLoss.class, r.countryLosses()),
        Table.of("chokepoint-stranded", "N-1 stranded supply", Chokepoints.Stranded.class, r.stranded()),
        Table.of("min-cuts", "Minimum cuts between each exporter and its foreign markets", MinCuts.Row.class, MinCuts.of(sw.base())),
        Table.of("capacity-prices", "Binding capacities ranked by shadow price",
            FlowResult.CapacityPrice.class, sw.base().capacityPrices()))
        .map(t -> t.withRun(runId, sw.scenario().name())).toList();
    List<Table> shown = List.of(
        Table.of("chokepoints", all.get(0).title() + " (largest " + top + ")", Chokepoints.Row.class,
            r.ranking().stream().filter(Chokepoints.Row::solved).limit(top).toList()),
        all.get(3), all.get(4));
    Output.print(spec.commandLine().getOut(), output, null, all, shown, "chokepoints");
    if (output.format == OutputOptions.Format.table && output.table == null) {
      long skipped = r.ranking().stream().filter(x -> !x.solved()).count();
      spec.commandLine().getOut().printf("%d elements carry no flow and were not re-solved (closing them changes nothing).%n", skipped);
      spec.commandLine().getOut().flush();
    }
    if (output.out != null) {
      Output.write(output.out, output.format, all);
    }
    return ExitCodes.OK;
  }
}
