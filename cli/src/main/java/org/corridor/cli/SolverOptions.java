package org.corridor.cli;

import org.corridor.solve.SolveOptions;
import org.corridor.solve.SolverKind;
import org.corridor.solve.TransitModel;
import org.corridor.solve.ortools.OrToolsSolver;
import picocli.CommandLine.Option;

/** Which LP algorithm, and how long it may run. */
final class SolverOptions {
  @Option(names = "--solver", paramLabel = "NAME", defaultValue = "glop",
      description = "LP solver: glop (default, primal simplex), highs, pdlp or clp. HiGHS runs with its default "
          + "presolve, which can be slow on network LPs.")
  String solver;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "0",
      description = "Stop the solve after this many seconds (0: no limit).")
  double timeLimit;

  /** The options that change results, for the run id. */
  String request() {
    return "solver=" + solver + " time-limit=" + timeLimit;
  }

  TransitModel model() {
    SolverKind kind;
    try {
      kind = SolverKind.valueOf(solver.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown solver `" + solver + "`; use glop, highs, pdlp or clp");
    }
    return new TransitModel(new OrToolsSolver(), new SolveOptions(kind, timeLimit));
  }
}
