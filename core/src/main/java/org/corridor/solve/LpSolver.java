package org.corridor.solve;

/** Solves {@link LinearProgram}s. Implemented outside the core, so the core stays free of native code. */
public interface LpSolver {
  /** Solves once; the program is loaded, solved and released. */
  default LpSolution solve(LinearProgram lp, SolveOptions options) {
    try (LpSession s = open(lp, options)) {
      return LexicographicSolve.solve(s, lp);
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

    /** Replaces the objective (maximised) by these coefficients, one per column. */
    void setObjective(double[] coefficients);

    /**
     * Whether reduced costs and duals are exact enough to describe the optimal face (simplex and barrier
     * with crossover: yes; first-order methods: no). Without them no tie-break stage is run.
     */
    default boolean exactDuals() {
      return true;
    }

    /**
     * Forgets the last basis: the next solve starts from scratch, as if the program had just been loaded
     * with its current bounds. Sweeps call it before each case (or, started from the base basis, before
     * solving the base), so a case's answer cannot depend on the cases solved before it.
     */
    void reset();

    /** Whether {@link #basis()} reports the basis after a solve. */
    default boolean reportsBasis() {
      return false;
    }

    /** Basis status codes of {@link #basis()}. */
    byte FREE = 0;
    byte AT_LOWER = 1;
    byte AT_UPPER = 2;
    byte FIXED = 3;
    byte BASIC = 4;

    /**
     * The status of every column, then every row, after the last solve (the codes above; a row is at its
     * lower or upper bound by its activity), or an empty array when the solver does not tell. Read it
     * before any bound or objective changes: the solver forgets it then.
     */
    default byte[] basis() {
      return new byte[0];
    }

    @Override
    void close();
  }
}
