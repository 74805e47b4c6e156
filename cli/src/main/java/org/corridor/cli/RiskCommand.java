package org.corridor.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.corridor.api.Answer;
import org.corridor.api.RiskRequest;
import org.corridor.report.RiskReport;
import org.corridor.results.DuckDbRiskStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "risk", mixinStandardHelpOptions = true,
    description = "Sample years of the data set's risk events (risks.yaml) on a scenario's reference year and report "
        + "the losses per exporter and commodity and per country: expected loss (EENS), P(loss), VaR and CVaR at 95%% "
        + "and 99%%, each with its standard error. The sampled years and the measures go to a DuckDB file.")
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

  @Option(names = "--batch", paramLabel = "N", defaultValue = "1000", description = "Samples per batch: each batch "
      + "is committed to the DuckDB file at once, new snapshots are solved once per batch, --precision is checked after each.")
  int batch;

  @Option(names = "--db", paramLabel = "FILE", description = "DuckDB file of the run (default: out/DATASET/risk.duckdb).")
  Path db;

  @Option(names = "--no-db", description = "Write no DuckDB file.")
  boolean noDb;

  @Option(names = "--resume", description = "Keep the batches an earlier run with the same data and options committed "
      + "to the DuckDB file, and draw only the rest.")
  boolean resume;

  @Option(names = "--parquet", paramLabel = "DIR", description = "Also write each table of the DuckDB file as DIR/TABLE.parquet.")
  Path parquet;

  @Override
  public Integer call() throws Exception {
    if (noDb && (resume || parquet != null || db != null)) {
      throw new org.corridor.api.BadRequestException("--no-db writes no file to resume or export: give it without "
          + "--db, --resume and --parquet.");
    }
    var corridor = Front.corridor(data, spec.commandLine().getErr());
    RiskRequest request = new RiskRequest(samples, seed, year, precision, batch);
    Answer a;
    if (noDb) {
      a = corridor.risk(scenario.ref(), request, solver.options(sweep.threads()));
    } else {
      Path file = db != null ? db : Path.of("out", corridor.info().name(), "risk.duckdb");
      try (DuckDbRiskStore store = new DuckDbRiskStore(file, resume)) {
        a = corridor.risk(scenario.ref(), request, solver.options(sweep.threads()), store);
        if (parquet != null) {
          store.exportParquet(parquet);
        }
      }
      spec.commandLine().getErr().printf("results: %s%n", file);
    }
    if (output.format == OutputOptions.Format.table) {
      spec.commandLine().getOut().printf("%s%n%n",
          org.corridor.text.TerminalText.visibleLines(((RiskReport.Summary) a.summary()).text()));
    }
    return output.emit(spec, a);
  }
}
