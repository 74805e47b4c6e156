package org.corridor.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.concurrent.Callable;
import org.corridor.policy.DataSet;
import org.corridor.policy.ScenarioResolver;
import org.corridor.report.AnalysisRun;
import org.corridor.report.AnalysisTables;
import org.corridor.report.Findings;
import org.corridor.report.html.HtmlReport;
import org.corridor.solve.ortools.OrToolsSolver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = "The main job: baseline, shares, leverage matrix, chokepoints, the cost of each event, and the "
        + "timeline. Prints the key findings and writes report.html (opens offline), findings.md and a CSV per table.")
final class AnalyzeCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Mixin ScenarioOptions scenario;
  @Mixin SolverOptions solver;
  @Mixin SweepOptions sweep;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR",
      description = "Folder for report.html, findings.md and the CSV files (default: out/<data set folder name>).")
  Path out;

  @Option(names = "--timeline-step", paramLabel = "MONTHS", defaultValue = "3", description = "Months between timeline dates.")
  int step;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    DataSet d = data.load().dataSet();
    var model = solver.model();
    var sc = scenario.scenario(new ScenarioResolver(d));
    LocalDate asOf = sc.asOf() != null ? sc.asOf() : LocalDate.now();
    LocalDate[] span = AnalysisRun.eventSpan(d, LocalDate.now().isAfter(asOf) ? LocalDate.now() : asOf);
    PrintWriter err = spec.commandLine().getErr();
    AnalysisRun run = AnalysisRun.of(d, scenario.scenario, scenario.asOf, new AnalysisRun.Settings(new OrToolsSolver(),
        model.options(), sweep.threads(), span[0], span[1], Period.ofMonths(Math.max(1, step))), new ProgressBar(err));
    String findings = Findings.markdown(run);
    Path folder = out != null ? out : Path.of("out", d.folder().toAbsolutePath().normalize().getFileName().toString());
    String runId = data.runId("analyze", sc.name(), scenario.asOf != null ? scenario.asOf : sc.asOf(), span[0], span[1],
        step, solver.request());
    var tables = AnalysisTables.of(run, runId);
    Output.write(folder, OutputOptions.Format.csv, tables);
    String title = "Corridor: " + d.folder().toAbsolutePath().normalize().getFileName();
    write(folder.resolve("report.html"), HtmlReport.render(run, title));
    write(folder.resolve("findings.md"), findings);
    PrintWriter o = spec.commandLine().getOut();
    o.print(findings);
    o.printf("%nWrote %s, %s and %d CSV files to %s%n", "report.html", "findings.md", tables.size(), folder);
    o.flush();
    return ExitCodes.OK;
  }

  /** Writes next to the target first, then moves it in, so no half-written file is left. */
  private static void write(Path file, String text) throws java.io.IOException {
    Path tmp = Files.createTempFile(file.getParent(), ".corridor-", ".tmp");
    Files.writeString(tmp, text, StandardCharsets.UTF_8);
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
