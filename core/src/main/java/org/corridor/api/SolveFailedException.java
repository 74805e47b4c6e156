package org.corridor.api;

import org.corridor.solve.FlowResult;
import org.corridor.solve.LpStatus;

/**
 * The scenario a question rests on did not solve to an optimum (infeasible, unbounded, time limit, or
 * a solver error): nothing can be reported. The message names the scenario, its date, the solver and
 * the reason.
 */
public final class SolveFailedException extends RuntimeException {
  private final transient FlowResult result;

  public SolveFailedException(FlowResult result) {
    super(message(result));
    this.result = result;
  }

  public FlowResult result() {
    return result;
  }

  private static String message(FlowResult r) {
    String detail = r.detail() == null || r.detail().isEmpty() ? "" : " (" + r.detail() + ")";
    return "scenario `" + r.snapshot().scenario() + "` as of " + r.snapshot().asOf() + " is " + r.status().label()
        + " with solver " + r.solver() + detail + switch (r.status()) {
          case TIME_LIMIT -> ". Maybe raise the time limit.";
          case INFEASIBLE, UNBOUNDED -> ". Maybe check the scenario's overrides and policies.";
          case ERROR -> ". Maybe try another solver (glop, clp, highs).";
          case OPTIMAL -> ".";
        };
  }

  static FlowResult require(FlowResult r) {
    if (r.status() != LpStatus.OPTIMAL) {
      throw new SolveFailedException(r);
    }
    return r;
  }
}
