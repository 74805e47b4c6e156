package org.corridor.cli;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.corridor.analysis.Leverage;
import org.corridor.policy.DataSet;
import org.corridor.report.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "leverage", mixinStandardHelpOptions = true,
    description = "Sensitivity and vulnerability for every actor, target and commodity: what the target loses if "
        + "the actor denies transit, bans imports or bans exports, after optimal rerouting.")
final class LeverageCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Mixin ScenarioOptions scenario;
  @Mixin SolverOptions solver;
  @Mixin SweepOptions sweep;
  @Mixin OutputOptions output;

  @Option(names = "--lever", split = ",", paramLabel = "LEVER",
      description = "Levers to evaluate: transit, import, export (default: all).")
  List<String> levers;

  @Option(names = "--commodity", paramLabel = "ID", description = "Only this commodity.")
  String commodity;

  @Option(names = "--top", paramLabel = "N", defaultValue = "30", description = "Rows to print (files get all).")
  int top;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    DataSet d = data.load().dataSet();
    Sweep sw = Sweep.of(d, scenario, solver, sweep, spec.commandLine().getErr());
    List<Leverage.Row> rows = new ArrayList<>(new Leverage(sw.resolver(), sw.scenario(), sw.runner()).run(sw.base(), levers()));
    if (commodity != null) {
      rows.removeIf(r -> !r.commodity().equals(commodity));
    }
    rows.sort((a, b) -> Double.compare(b.targetLoss(), a.targetLoss()));
    String runId = data.runId("leverage", sw.scenario().name(), sw.scenario().asOf(), levers(), commodity,
        solver.request());
    List<Table> all = Stream.of(
        Table.of("leverage-totals", "Leverage matrix: target's loss per year, all commodities", Leverage.Total.class,
            Leverage.totals(rows)),
        Table.of("leverage", "Leverage per actor, target, commodity and lever", Leverage.Row.class, rows))
        .map(t -> t.withRun(runId, sw.scenario().name())).toList();
    List<Table> shown = List.of(all.get(0).head(all.get(0).title(), top),
        all.get(1).head(all.get(1).title() + " (largest " + top + ")", top));
    Output.print(spec.commandLine().getOut(), output, null, all, shown, "leverage");
    if (output.out != null) {
      Output.write(output.out, output.format, all);
    }
    return ExitCodes.OK;
  }

  private EnumSet<Leverage.Lever> levers() {
    if (levers == null || levers.isEmpty()) {
      return EnumSet.allOf(Leverage.Lever.class);
    }
    EnumSet<Leverage.Lever> out = EnumSet.noneOf(Leverage.Lever.class);
    for (String l : levers) {
      try {
        out.add(Leverage.Lever.valueOf(l.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown lever `" + l + "`; use transit, import or export");
      }
    }
    return out;
  }
}
