package org.corridor.cli;

import java.util.concurrent.Callable;
import org.corridor.api.Answer;
import org.corridor.api.RiskRequest;
import org.corridor.report.RiskReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "risk", mixinStandardHelpOptions = true,
    description = "Sample years of the data set's risk events (risks.yaml) on a scenario's reference year and report "
        + "the losses per exporter and commodity and per country: expected loss (EENS), P(loss), VaR and CVaR at 95% "
        + "and 99%, each with its standard error.")
final class RiskCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Mixin ScenarioOptions scenario;
  @Mixin SolverOptions solver;
  @Mixin SweepOptions sweep;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Option(names = "--samples", paramLabel = "N", defaultValue = "10000", description = "Sampled years (default 10000).")
  int samples;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the draws (default 1).")
  long seed;

  @Option(names = "--year", paramLabel = "YEAR", description = "Reference year (default: the year of the scenario's date).")
  Integer year;

  @Option(names = "--precision", paramLabel = "R", description = "Stop after the first batch of samples at which "
      + "the standard error of every focus pair's expected exports lost is at most this fraction of it, e.g. 0.02.")
  Double precision;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "1000",
      description = "Samples per batch: new snapshots are solved once per batch, and --precision is checked after each.")
  int batch;

  @Override
  public Integer call() throws Exception {
    Answer a = Front.corridor(data, spec.commandLine().getErr()).risk(scenario.ref(),
        new RiskRequest(samples, seed, year, precision, batch), solver.options(sweep.threads()));
    if (output.format == OutputOptions.Format.table) {
      spec.commandLine().getOut().printf("%s%n%n",
          org.corridor.text.TerminalText.visibleLines(((RiskReport.Summary) a.summary()).text()));
    }
    return output.emit(spec, a);
  }
}
