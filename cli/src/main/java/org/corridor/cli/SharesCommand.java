package org.corridor.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "shares", mixinStandardHelpOptions = true,
    description = "What share of an exporter's delivered exports crosses, or ends in, each country, and which routes it uses.")
final class SharesCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Mixin ScenarioOptions scenario;
  @Mixin SolverOptions solver;
  @Mixin OutputOptions output;

  @Option(names = "--exporter", required = true, paramLabel = "COUNTRY", description = "Exporting country, e.g. KZ.")
  String exporter;

  @Option(names = "--commodity", paramLabel = "ID", description = "Commodity (default: every commodity the exporter supplies).")
  String commodity;

  @Option(names = "--all", description = "List every country, also those with no share.")
  boolean all;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return output.emit(spec, Front.corridor(data, spec.commandLine().getErr())
        .shares(scenario.ref(), solver.options(1), exporter, commodity, all));
  }
}
