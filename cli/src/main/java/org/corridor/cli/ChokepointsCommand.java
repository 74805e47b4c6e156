package org.corridor.cli;

import java.util.concurrent.Callable;
import org.corridor.api.Answer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "chokepoints", mixinStandardHelpOptions = true,
    description = "N-1 over every link, node and country (transit denial), minimum cuts per exporter, and the "
        + "ranking of binding capacities by shadow price. The tables go to a DuckDB file.")
final class ChokepointsCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Mixin ScenarioOptions scenario;
  @Mixin SolverOptions solver;
  @Mixin SweepOptions sweep;
  @Mixin OutputOptions output;
  @Mixin ResultsOptions results;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "Rows of each table to print (files get all).")
  int top;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    var corridor = Front.corridor(data, spec.commandLine().getErr());
    Answer a = results.sweep(spec, corridor.info().name(), "chokepoints", store -> corridor.chokepoints(scenario.ref(), solver.options(sweep.threads()), store));
    return output.emit(spec, a, top);
  }
}
