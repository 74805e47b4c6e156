package org.corridor.solve;

/**
 * @param timeLimitSeconds wall-clock limit, or 0 for none
 */
public record SolveOptions(SolverKind solver, double timeLimitSeconds) {
  public static final SolveOptions DEFAULT = new SolveOptions(SolverKind.GLOP, 0);
}
