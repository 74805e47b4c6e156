package org.corridor.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.corridor.analysis.Chokepoints;
import org.corridor.analysis.MinCuts;
import org.corridor.policy.DataSet;
import org.corridor.policy.ScenarioResolver;
import org.corridor.report.Table;
import org.corridor.solve.FlowResult;
import org.corridor.solve.SweepRunner;
import org.corridor.solve.ortools.OrToolsSolver;
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
    ScenarioResolver resolver = new ScenarioResolver(d);
    var sc = resolver.scenario(scenario.scenario);
    if (scenario.asOf != null) {
      sc = sc.withAsOf(scenario.asOf);
    }
    var model = solver.model();
    FlowResult base = Solving.solve(model, resolver.resolve(sc));
    SweepRunner runner = new SweepRunner(new OrToolsSolver(), model.options(), sweep.threads(),
        new ProgressBar(spec.commandLine().getErr()));
    Chokepoints.Result r = new Chokepoints(resolver, sc, runner).run(base);
    List<Table> all = List.of(
        Table.of("chokepoints", "N-1: welfare lost in a year (MUSD) when each element closes", Chokepoints.Row.class, r.ranking()),
        Table.of("chokepoint-losses", "N-1 losses per country (MUSD)", Chokepoints.CountryLoss.class, r.countryLosses()),
        Table.of("chokepoint-stranded", "N-1 stranded supply", Chokepoints.Stranded.class, r.stranded()),
        Table.of("min-cuts", "Minimum cuts between each exporter and its foreign markets", MinCuts.Row.class, MinCuts.of(base)),
        Table.of("capacity-prices", "Binding capacities ranked by shadow price (MUSD per unit)",
            FlowResult.CapacityPrice.class, base.capacityPrices()));
    List<Table> shown = output.format != OutputOptions.Format.table ? all : List.of(
        Table.of("chokepoints", all.get(0).title() + " (largest " + top + ")", Chokepoints.Row.class,
            r.ranking().stream().filter(Chokepoints.Row::solved).limit(top).toList()),
        all.get(3), all.get(4));
    Output.print(spec.commandLine().getOut(), output.format, null, shown);
    if (output.format == OutputOptions.Format.table) {
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
