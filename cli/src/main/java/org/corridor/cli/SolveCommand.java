package org.corridor.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.corridor.policy.DataSet;
import org.corridor.policy.Snapshot;
import org.corridor.report.SolveReport;
import org.corridor.report.Table;
import org.corridor.solve.FlowResult;
import org.corridor.solve.TransitFormulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "solve", mixinStandardHelpOptions = true,
    description = "Solve a scenario: flows, deliveries, stranded supply, welfare per country, shadow prices.")
final class SolveCommand implements Callable<Integer> {
  @Mixin
  DataOptions data;

  @Mixin
  ScenarioOptions scenario;

  @Mixin
  SolverOptions solver;

  @Mixin
  OutputOptions output;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    DataSet d = data.load().dataSet();
    Snapshot snap = scenario.resolve(d);
    FlowResult r = Solving.solve(solver.model(), snap);
    int classes = TransitFormulation.build(snap).classes().size();
    SolveReport.Summary summary = SolveReport.summary(r, classes);
    String runId = data.runId("solve", snap.scenario(), snap.asOf(), solver.request());
    List<Table> tables = SolveReport.tables(d, r, output.out != null || "node-prices".equals(output.table), runId);
    PrintWriter out = spec.commandLine().getOut();
    if (output.format == OutputOptions.Format.table && output.table == null) {
      out.printf("Scenario %s as of %s: %s, welfare %.1f USD m/yr (%d links, %d flow classes, solver %s, run %s)%n%n",
          summary.scenario(), summary.asOf(), summary.status(), summary.objective(), summary.links(),
          summary.classes(), summary.solver(), runId);
    }
    Output.print(out, output, summary, tables, tables, "flows");
    if (output.out != null) {
      Output.write(output.out, output.format, tables);
    }
    return ExitCodes.OK;
  }
}
