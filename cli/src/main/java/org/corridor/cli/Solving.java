package org.corridor.cli;

import org.corridor.policy.Snapshot;
import org.corridor.solve.FlowResult;
import org.corridor.solve.TransitModel;

/** Solves and turns a non-optimal status into exit code 4 with the reason. */
final class Solving {
  private Solving() {}

  static FlowResult solve(TransitModel model, Snapshot snap) {
    FlowResult r = model.solve(snap);
    if (!r.isOptimal()) {
      throw new SolveFailedException("scenario `" + snap.scenario() + "` as of " + snap.asOf() + " is "
          + r.status().label() + " (solver " + r.solver() + ")"
          + (r.status() == org.corridor.solve.LpStatus.TIME_LIMIT ? "; raise --time-limit" : ""));
    }
    return r;
  }
}
