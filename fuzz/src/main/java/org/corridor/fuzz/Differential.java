package org.corridor.fuzz;

import java.time.LocalDate;
import java.util.List;
import org.corridor.policy.Scenario;
import org.corridor.policy.ScenarioResolver;
import org.corridor.policy.Snapshot;
import org.corridor.solve.FeasibilityChecker;
import org.corridor.solve.FlowResult;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.SolverKind;
import org.corridor.solve.TransitModel;
import org.corridor.solve.ortools.OrToolsSolver;
import org.corridor.synthetic.SyntheticNetwork;

/**
 * A random valid network solved by two simplex codes: both must reach the optimum, the checker must find
 * every flow feasible, and the objectives must agree to 1e-6 relative. A random valid network has no
 * reason to fail, so any difference is a solver or formulation defect.
 */
public final class Differential {
  static final double TOLERANCE = 1e-6;

  private Differential() {}

  public static Oracle.Verdict check(SyntheticNetwork net) {
    try {
      Snapshot snap = new ScenarioResolver(net.generate()).resolve(Scenario.base(LocalDate.of(2025, 1, 1)));
      FlowResult glop = new TransitModel(new OrToolsSolver(), SolveOptions.DEFAULT).solve(snap);
      FlowResult clp = new TransitModel(new OrToolsSolver(), new SolveOptions(SolverKind.CLP, 0)).solve(snap);
      FeasibilityChecker checker = new FeasibilityChecker();
      for (FlowResult r : List.of(glop, clp)) {
        List<String> v = checker.check(r);
        if (!v.isEmpty()) {
          String which = r == glop ? "glop" : "clp";
          return new Oracle.Verdict(Oracle.Outcome.SOLVER_DISAGREEMENT, which + ": " + v.get(0), List.of());
        }
      }
      double scale = Math.max(1, Math.max(Math.abs(glop.objective()), Math.abs(clp.objective())));
      if (Math.abs(glop.objective() - clp.objective()) > TOLERANCE * scale) {
        return new Oracle.Verdict(Oracle.Outcome.SOLVER_DISAGREEMENT,
            "objectives differ: glop " + glop.objective() + ", clp " + clp.objective(), List.of());
      }
      return new Oracle.Verdict(Oracle.Outcome.OK, "", List.of());
    } catch (OutOfMemoryError e) {
      return new Oracle.Verdict(Oracle.Outcome.OUT_OF_MEMORY, "differential: " + e, List.of());
    } catch (RuntimeException e) {
      return new Oracle.Verdict(Oracle.Outcome.INTERNAL_ERROR, "differential: " + e, List.of());
    }
  }
}
