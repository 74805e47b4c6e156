package org.corridor.cli;

import java.io.PrintWriter;
import java.time.Clock;
import org.corridor.api.Corridor;
import org.corridor.io.InvalidModelException;
import org.corridor.solve.ortools.OrToolsSolver;

/** What every command that answers a question starts with: the data set loaded, and the core's front door. */
final class Front {
  /** Makes the solver of every command; tests replace it to plant a solve that fails. */
  static java.util.function.Supplier<org.corridor.solve.LpSolver> solvers = OrToolsSolver::new;

  private Front() {}

  /** The one place the command line makes a solver. */
  static Corridor corridor(DataOptions data, PrintWriter err) throws InvalidModelException {
    return new Corridor(data.load().dataSet(), solvers.get(), Clock.systemDefaultZone(), new ProgressBar(err));
  }
}
