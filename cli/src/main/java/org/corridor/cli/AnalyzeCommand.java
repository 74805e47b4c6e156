package org.corridor.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.corridor.api.Corridor;
import org.corridor.api.Step;
import org.corridor.report.AnalysisRun;
import org.corridor.report.Findings;
import org.corridor.report.Table;
import org.corridor.report.html.HtmlReport;
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

  @Option(names = "--timeline-step", paramLabel = "STEP", defaultValue = "quarter",
      description = "Step between timeline dates: month, quarter (default) or year.")
  Step step;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Corridor corridor = Front.corridor(data, spec.commandLine().getErr());
    var options = solver.options(sweep.threads());
    AnalysisRun run = corridor.analyze(scenario.ref(), options, step);
    String name = corridor.data().folder().toAbsolutePath().normalize().getFileName().toString();
    Path folder = out != null ? out : Path.of("out", name);
    String findings = Findings.markdown(run);
    List<Table> tables = corridor.tables(run, options, step);
    Output.writeAll(folder, tables, List.of(
        new Output.Document("report.html", HtmlReport.render(run, "Corridor: " + name)),
        new Output.Document("findings.md", findings)));
    var o = spec.commandLine().getOut();
    o.print(org.corridor.text.TerminalText.visibleLines(findings));
    o.printf("%nWrote report.html, findings.md and %d CSV files to %s%n", tables.size(), folder);
    o.flush();
    return ExitCodes.OK;
  }
}
