package org.corridor.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.corridor.analysis.ScenarioDiff;
import org.corridor.policy.DataSet;
import org.corridor.policy.ScenarioResolver;
import org.corridor.report.Table;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "diff", mixinStandardHelpOptions = true,
    description = "What differs between two scenarios, or one scenario at two dates: inputs (policies, links, "
        + "memberships) and results (flows, welfare, stranded supply, shares), largest changes first.",
    footer = {"", "Examples:", "  corridor diff data/eurasia visit-2024-11-28 cpc-strike-2025-02",
        "  corridor diff data/eurasia visit-2024-11-28 visit-2024-11-28@2025-03-01"})
final class DiffCommand implements Callable<Integer> {
  @Mixin DataOptions data;
  @Mixin SolverOptions solver;
  @Mixin OutputOptions output;

  @Parameters(index = "1", paramLabel = "A", description = "Scenario, optionally @DATE.")
  String a;

  @Parameters(index = "2", paramLabel = "B", description = "Scenario, optionally @DATE.")
  String b;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20", description = "Result changes to print.")
  int top;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    DataSet d = data.load().dataSet();
    ScenarioResolver resolver = new ScenarioResolver(d);
    var model = solver.model();
    var ra = Solving.solve(model, resolve(resolver, a));
    var rb = Solving.solve(model, resolve(resolver, b));
    ScenarioDiff.Result diff = ScenarioDiff.of(ra, rb);
    String head = diff.before() + " → " + diff.after();
    // A diff belongs to both scenarios: its rows carry the pair.
    String pair = a + " vs " + b;
    String runId = data.runId("diff", a, b, solver.request());
    List<Table> all = Stream.of(
        Table.of("diff-inputs", "Inputs that differ, " + head, ScenarioDiff.InputChange.class, diff.inputs()),
        Table.of("diff-results", "Results that differ, " + head, ScenarioDiff.ResultChange.class, diff.results()))
        .map(t -> t.withRun(runId, pair)).toList();
    List<Table> shown = List.of(all.get(0), Table.of("diff-results", "Largest result changes (valued in USD m/yr), " + head,
        ScenarioDiff.ResultChange.class, diff.top(top)));
    Output.print(spec.commandLine().getOut(), output, null, all, shown, "diff-results");
    if (output.out != null) {
      Output.write(output.out, output.format, all);
    }
    return ExitCodes.OK;
  }

  private static org.corridor.policy.Snapshot resolve(ScenarioResolver r, String spec) {
    String[] parts = spec.split("@", 2);
    LocalDate date = null;
    if (parts.length == 2) {
      try {
        date = LocalDate.parse(parts[1]);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("`" + parts[1] + "` is not a date; write SCENARIO@YYYY-MM-DD");
      }
    }
    return r.resolve(parts[0], date);
  }
}
