package org.corridor.cli;

import java.io.PrintWriter;
import org.corridor.policy.DataSet;
import org.corridor.policy.Scenario;
import org.corridor.policy.ScenarioResolver;
import org.corridor.solve.FlowResult;
import org.corridor.solve.SweepRunner;
import org.corridor.solve.ortools.OrToolsSolver;

/** What the sweep commands share: the scenario, its solved base, and a runner for the re-solves. */
record Sweep(ScenarioResolver resolver, Scenario scenario, FlowResult base, SweepRunner runner) {
  static Sweep of(DataSet data, ScenarioOptions scenario, SolverOptions solver, SweepOptions sweep, PrintWriter err) {
    ScenarioResolver resolver = new ScenarioResolver(data);
    Scenario sc = scenario.scenario(resolver);
    var model = solver.model();
    FlowResult base = Solving.solve(model, resolver.resolve(sc));
    SweepRunner runner = new SweepRunner(new OrToolsSolver(), model.options(), sweep.threads(), new ProgressBar(err));
    return new Sweep(resolver, sc, base, runner);
  }
}
