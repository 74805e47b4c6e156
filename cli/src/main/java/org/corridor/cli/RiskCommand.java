package org.corridor.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.corridor.api.Answer;
import org.corridor.api.Corridor;
import org.corridor.api.RiskRequest;
import org.corridor.report.RiskFindings;
import org.corridor.report.RiskReport;
import org.corridor.report.html.RiskHtmlReport;
import org.corridor.results.DuckDbRiskStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "risk", mixinStandardHelpOptions = true,
    description = "Sample years of the data set's risk events (risks.yaml) on a scenario's reference year and report "
        + "the losses per exporter and commodity and per country: expected loss (EENS), P(loss), VaR and CVaR at 95%% "
        + "and 99%%, each with its standard error. The sampled years and the measures go to a DuckDB file; the "
        + "exceedance curves and the findings to an HTML report and a markdown file beside it.")
final class RiskCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Mixin ScenarioOptions scenario;
  @Mixin SolverOptions solver;
  @Mixin SweepOptions sweep;
  @Mixin OutputOptions output;
  @Mixin ResultsOptions results;
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

  @Option(names = "--resume", description = "Keep the batches an earlier run with the same data and options committed "
      + "to the DuckDB file, and draw only the rest.")
  boolean resume;

  @Option(names = "--report", paramLabel = "FILE", description = "HTML report of the run, with the exceedance curves "
      + "(default: beside the DuckDB file, out/DATASET/risk.html); the findings go beside it as NAME-findings.md.")
  Path report;

  @Option(names = "--no-report", description = "Write no HTML report and no findings file.")
  boolean noReport;

  @Override
  public Integer call() throws Exception {
    results.check(resume);
    if (noReport && report != null) {
      throw new org.corridor.api.BadRequestException("--no-report writes no report: give it without --report.");
    }
    PrintWriter err = spec.commandLine().getErr();
    Corridor corridor = Front.corridor(data, err);
    RiskRequest request = new RiskRequest(samples, seed, year, precision, batch);
    Path file = results.file(corridor.info().name(), "risk");
    Answer a;
    if (results.noDb) {
      a = corridor.risk(scenario.ref(), request, solver.options(sweep.threads()));
    } else {
      try (DuckDbRiskStore store = new DuckDbRiskStore(file, resume,
          (from, to) -> err.printf("committed samples %d to %d%n", from, to - 1).flush())) {
        a = corridor.risk(scenario.ref(), request, solver.options(sweep.threads()), store);
        if (results.parquet != null) {
          store.exportParquet(results.parquet);
        }
      }
      err.printf("results: %s%n", file);
    }
    RiskReport.Summary summary = (RiskReport.Summary) a.summary();
    if (!noReport) {
      writeReport(corridor, a, summary, report != null ? report : sibling(file, ".html"));
    }
    if (output.format == OutputOptions.Format.table) {
      // The curves are hundreds of rows: on the terminal the measures alone; files and JSON keep every table.
      output.table = output.table != null ? output.table : "risk";
      spec.commandLine().getOut().printf("%s%n%n", org.corridor.text.TerminalText.visibleLines(summary.text()));
    }
    return output.emit(spec, a);
  }

  private void writeReport(Corridor corridor, Answer a, RiskReport.Summary summary, Path html) throws Exception {
    String title = "Risk: " + corridor.info().name() + ", " + summary.scenario() + " in " + summary.year();
    Path md = sibling(html, "-findings.md");
    Files.createDirectories(html.toAbsolutePath().getParent());
    Files.writeString(html, RiskHtmlReport.render(summary, a.table("risk"), a.table("risk-exceedance"),
        corridor.data().network().countries(), title), StandardCharsets.UTF_8);
    Files.writeString(md, RiskFindings.markdown(title, summary), StandardCharsets.UTF_8);
    spec.commandLine().getErr().printf("report: %s%nfindings: %s%n", html, md);
  }

  /** {@code out/x/risk.duckdb} with {@code .html} is {@code out/x/risk.html}: the file's name without extension, plus a suffix. */
  private static Path sibling(Path file, String suffix) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + suffix);
  }
}
