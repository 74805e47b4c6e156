package org.corridor.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.corridor.api.Answer;
import org.corridor.api.InvestRequest;
import org.corridor.api.InvestStore;
import org.corridor.report.InvestReport;
import org.corridor.report.html.InvestChart;
import org.corridor.results.DuckDbInvestStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "invest", mixinStandardHelpOptions = true,
    description = "Rank the data set's candidate projects (candidates.csv), alone and in pairs, by the welfare loss "
        + "over sampled years of its risk events (risks.yaml) that each avoids per USD of capex: expected loss and 95%% "
        + "CVaR, each with the standard error of the paired difference (every option draws the same years). The "
        + "ranking goes to a DuckDB file and an HTML bar chart.")
final class InvestCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Mixin ScenarioOptions scenario;
  @Mixin SolverOptions solver;
  @Mixin SweepOptions sweep;
  @Mixin OutputOptions output;
  @Spec CommandSpec spec;

  @Option(names = "--samples", paramLabel = "N", defaultValue = "1000", description = "Sampled years, the same for "
      + "every option (default 1000).")
  int samples;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the draws (default 1).")
  long seed;

  @Option(names = "--year", paramLabel = "YEAR", description = "Reference year (default: the year of the scenario's date).")
  Integer year;

  @Option(names = "--pairs", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Also rank every pair of projects, with its interaction (default; --no-pairs for single projects only).")
  boolean pairs;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "1000", description = "Samples per batch: new snapshots "
      + "are solved once per batch.")
  int batch;

  @Option(names = "--db", paramLabel = "FILE", description = "DuckDB file of the run (default: out/DATASET/invest.duckdb).")
  Path db;

  @Option(names = "--no-db", description = "Write no DuckDB file.")
  boolean noDb;

  @Option(names = "--chart", paramLabel = "FILE", description = "HTML chart of the ranking (default: out/DATASET/invest.html).")
  Path chart;

  @Option(names = "--no-chart", description = "Write no chart.")
  boolean noChart;

  @Override
  public Integer call() throws Exception {
    if ((noDb && db != null) || (noChart && chart != null)) {
      throw new org.corridor.api.BadRequestException("--no-db and --db (or --no-chart and --chart) contradict each "
          + "other: give one of them.");
    }
    var corridor = Front.corridor(data, spec.commandLine().getErr());
    String name = corridor.info().name();
    InvestRequest request = new InvestRequest(samples, seed, year, pairs, batch);
    Path file = noDb ? null : db != null ? db : Path.of("out", name, "invest.duckdb");
    InvestStore store = file == null ? InvestStore.NONE : new DuckDbInvestStore(file);
    Answer a = corridor.invest(scenario.ref(), request, solver.options(sweep.threads()), store);
    if (file != null) {
      spec.commandLine().getErr().printf("results: %s%n", file);
    }
    if (!noChart) {
      Path page = chart != null ? chart : Path.of("out", name, "invest.html");
      InvestReport.Summary s = (InvestReport.Summary) a.summary();
      try {
        Files.createDirectories(page.toAbsolutePath().getParent());
        Files.writeString(page, InvestChart.render(a.table("invest"), "Resilience per dollar: " + name,
            "Scenario " + s.scenario() + ", " + s.samples() + " sampled years of " + s.year() + " (seed " + s.seed()
                + ")"), StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        throw new java.io.IOException("cannot write the chart to " + page + " (" + e.getClass().getSimpleName() + ": "
            + e.getMessage() + "). Maybe give --chart a writable file, or --no-chart.", e);
      }
      spec.commandLine().getErr().printf("chart: %s%n", page);
    }
    if (output.format == OutputOptions.Format.table) {
      spec.commandLine().getOut().printf("%s%n%n",
          org.corridor.text.TerminalText.visibleLines(((InvestReport.Summary) a.summary()).text()));
    }
    return output.emit(spec, a);
  }
}
