package org.corridor.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.corridor.api.Answer;
import org.corridor.api.Corridor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "leverage", mixinStandardHelpOptions = true,
    description = "Sensitivity and vulnerability for every actor, target and commodity: what the target loses if "
        + "the actor denies transit, bans imports or bans exports, after optimal rerouting. The tables go to a DuckDB file.")
final class LeverageCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Mixin ScenarioOptions scenario;
  @Mixin SolverOptions solver;
  @Mixin SweepOptions sweep;
  @Mixin OutputOptions output;
  @Mixin ResultsOptions results;

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
    var corridor = Front.corridor(data, spec.commandLine().getErr());
    Answer a = results.sweep(spec, corridor.info().name(), "leverage", store -> corridor.leverage(scenario.ref(),
        solver.options(sweep.threads()), Corridor.levers(levers), commodity, store));
    return output.emit(spec, a, top);
  }
}
