package org.corridor.solve;

/**
 * What a solver returned.
 *
 * @param x column values (empty unless optimal)
 * @param rowDuals ∂(optimal objective)/∂(row bound) for each row, in the objective's units
 * @param reducedCosts ∂(objective)/∂x_j at the optimum for each column (empty when the solver gives none)
 * @param seconds wall time of the solve alone
 * @param iterations simplex (or first-order) iterations the solver reports
 * @param detail why a solve that is not optimal ended so, when the solver says more than its status
 */
public record LpSolution(LpStatus status, double objective, double[] x, double[] rowDuals, double[] reducedCosts,
    double seconds, String solver, long iterations, String detail) {
  public LpSolution(LpStatus status, double objective, double[] x, double[] rowDuals, double seconds,
      String solver, long iterations) {
    this(status, objective, x, rowDuals, new double[0], seconds, solver, iterations, "");
  }

  public boolean isOptimal() {
    return status == LpStatus.OPTIMAL;
  }
}
