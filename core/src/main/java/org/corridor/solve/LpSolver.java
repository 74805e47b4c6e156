package org.corridor.solve;

/** Solves {@link LinearProgram}s. Implemented outside the core, so the core stays free of native code. */
public interface LpSolver {
  /** Solves once; the program is loaded, solved and released. */
  default LpSolution solve(LinearProgram lp, SolveOptions options) {
    try (LpSession s = open(lp, options)) {
      return s.solve();
    }
  }

  /**
   * Loads the program and keeps it: bounds can then be changed and the program re-solved from the last
   * basis, which is what makes N-1 sweeps cheap. One session per thread.
   */
  LpSession open(LinearProgram lp, SolveOptions options);

  /** A loaded program. */
  interface LpSession extends AutoCloseable {
    LpSolution solve();

    void setColumnBounds(int column, double lo, double up);

    void setRowBounds(int row, double lo, double up);

    @Override
    void close();
  }
}
