package org.corridor.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.corridor.analysis.DependencyShares;
import org.corridor.analysis.RouteShares;
import org.corridor.policy.DataSet;
import org.corridor.policy.Snapshot;
import org.corridor.report.Table;
import org.corridor.solve.FlowResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "shares", mixinStandardHelpOptions = true,
    description = "What share of an exporter's delivered exports crosses, or ends in, each country, and which routes it uses.")
final class SharesCommand implements Callable<Integer> {
  @Mixin
  DataOptions data;

  @Mixin
  ScenarioOptions scenario;

  @Mixin
  SolverOptions solver;

  @Mixin
  OutputOptions output;

  @Option(names = "--exporter", required = true, paramLabel = "COUNTRY", description = "Exporting country, e.g. KZ.")
  String exporter;

  @Option(names = "--commodity", paramLabel = "ID", description = "Commodity (default: every commodity the exporter supplies).")
  String commodity;

  @Option(names = "--all", description = "List every country, also those with no share.")
  boolean all;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    DataSet d = data.load().dataSet();
    if (!d.network().countries().containsKey(exporter)) {
      throw new IllegalArgumentException("unknown exporter `" + exporter + "`");
    }
    if (commodity != null && !d.network().commodities().containsKey(commodity)) {
      throw new IllegalArgumentException("unknown commodity `" + commodity + "`");
    }
    Snapshot snap = scenario.resolve(d);
    FlowResult r = Solving.solve(solver.model(), snap);
    List<DependencyShares.Row> shares = new ArrayList<>(DependencyShares.of(r, exporter, commodity));
    if (!all) {
      shares.removeIf(s -> s.transit() <= FlowResult.EPS && s.destination() <= FlowResult.EPS);
    }
    shares.sort((a, b) -> Double.compare(b.transitShare() + b.destinationShare(), a.transitShare() + a.destinationShare()));
    String runId = data.runId("shares", snap.scenario(), snap.asOf(), exporter, commodity, all, solver.request());
    List<Table> tables = Stream.of(
        Table.of("shares", "Shares of " + exporter + " exports crossing (transit) or ending in (destination) each "
            + "country, scenario " + snap.scenario() + " as of " + snap.asOf(), DependencyShares.Row.class, shares),
        Table.of("routes", "Export routes of " + exporter, RouteShares.Row.class, RouteShares.of(r, exporter, commodity)))
        .map(t -> t.withRun(runId, snap.scenario())).toList();
    Output.print(spec.commandLine().getOut(), output, null, tables, tables, "shares");
    if (output.out != null) {
      Output.write(output.out, output.format, tables);
    }
    return ExitCodes.OK;
  }
}
