package org.corridor.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.corridor.analysis.ClaimCheck;
import org.corridor.policy.DataSet;
import org.corridor.policy.ScenarioResolver;
import org.corridor.report.Table;
import org.corridor.solve.TransitModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Solve and evaluate every claim in claims.yaml: the model's value next to the claim's. "
        + "Exits 5 when a claim fails.")
final class CheckCommand implements Callable<Integer> {
  @Mixin
  DataOptions data;

  @Mixin
  SolverOptions solver;

  @Mixin
  OutputOptions output;

  @Option(names = {"-s", "--scenario"}, paramLabel = "NAME",
      description = "Evaluate every claim in this scenario instead of the one each claim names.")
  String scenario;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    DataSet d = data.load().dataSet();
    if (d.claims().isEmpty()) {
      throw new IllegalArgumentException(data.folder + " has no claims.yaml, or it lists no claim");
    }
    TransitModel model = solver.model();
    ScenarioResolver resolver = new ScenarioResolver(d);
    List<ClaimCheck.Row> rows = ClaimCheck.of(d.claims(),
        name -> Solving.solve(model, resolver.resolve(scenario != null ? scenario : name, null)));
    long failed = rows.stream().filter(r -> !r.pass()).count();
    PrintWriter out = spec.commandLine().getOut();
    // Each row names its scenario; the run's is the override, if any.
    String runScenario = scenario != null ? scenario : "(each claim's)";
    List<Table> tables = List.of(Table.of("claims", "Claims checked against the model", ClaimCheck.Row.class, rows)
        .withRun(data.runId("check", runScenario, solver.request()), runScenario));
    Output.print(out, output, null, tables, tables, "claims");
    if (output.format == OutputOptions.Format.table) {
      out.printf("%d of %d claims pass.%n", rows.size() - failed, rows.size());
      out.flush();
    }
    if (output.out != null) {
      Output.write(output.out, output.format, tables);
    }
    return failed == 0 ? ExitCodes.OK : ExitCodes.CHECK_FAILED;
  }
}
