package org.corridor.solve;

/**
 * What a solver returned.
 *
 * @param x column values (empty unless optimal)
 * @param rowDuals ∂(optimal objective)/∂(row bound) for each row, in the objective's units
 * @param seconds wall time of the solve alone
 * @param iterations simplex (or first-order) iterations the solver reports
 */
public record LpSolution(LpStatus status, double objective, double[] x, double[] rowDuals, double seconds,
    String solver, long iterations) {
  public boolean isOptimal() {
    return status == LpStatus.OPTIMAL;
  }
}
