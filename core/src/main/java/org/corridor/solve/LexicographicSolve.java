package org.corridor.solve;

import java.util.ArrayList;
import java.util.List;

/**
 * Solves a {@link LinearProgram} in two stages so that ties between optimal solutions are broken by a
 * stated rule ({@link TieBreak}), not by the solver's path:
 * <ol>
 *   <li>maximise the objective c·x;</li>
 *   <li>restrict the program to the set of its optimal solutions and maximise the tie-break objective
 *       there, starting from the first stage's basis.</li>
 * </ol>
 * The optimal set is read off the first stage's duals, by complementary slackness: every optimal x keeps
 * at its bound each column whose reduced cost is not zero, and keeps binding each row whose dual is not
 * zero. Fixing those bounds leaves exactly the optimal face, so the second stage cannot trade welfare for
 * its own objective: the reported welfare is the optimum. The answer is the second stage's x, its
 * objective c·x, and the first stage's duals, which price the binding rows of every optimal solution
 * alike. A program with no tie-break, or a solver that reports no reduced costs, is solved once.
 */
public final class LexicographicSolve {
  /** A reduced cost or dual this small (relative to the objective's scale) counts as zero. */
  static final double ZERO = 1e-9;

  private LexicographicSolve() {}

  public static LpSolution solve(LpSolver.LpSession session, LinearProgram lp) {
    LpSolution first = session.solve();
    if (!first.isOptimal() || !lp.hasTieBreak() || !session.exactDuals()
        || first.reducedCosts().length != lp.columns()) {
      return first;
    }
    List<int[]> fixedColumns = fixColumns(session, lp, first);
    List<Integer> fixedRows = fixRows(session, lp, first);
    double[] coefficients = new double[lp.columns()];
    for (int j = 0; j < coefficients.length; j++) {
      coefficients[j] = lp.tieBreak(j);
    }
    session.setObjective(coefficients);
    LpSolution second;
    try {
      second = session.solve();
    } finally {
      for (int j = 0; j < coefficients.length; j++) {
        coefficients[j] = lp.objective(j);
      }
      session.setObjective(coefficients);
      fixedColumns.forEach(c -> session.setColumnBounds(c[0], lp.colLower(c[0]), lp.colUpper(c[0])));
      fixedRows.forEach(i -> session.setRowBounds(i, lp.rowLower(i), lp.rowUpper(i)));
    }
    double seconds = first.seconds() + second.seconds();
    long iterations = first.iterations() + second.iterations();
    if (!second.isOptimal()) {
      return new LpSolution(second.status(), Double.NaN, new double[0], new double[0], new double[0], seconds,
          second.solver(), iterations, "the tie-break stage ended " + second.status().label());
    }
    double objective = lp.objectiveValue(second.x());
    if (objective < first.objective() - 1e-7 * (1 + Math.abs(first.objective()))) {
      // The face was not held (a sign or tolerance the solver reads otherwise): say so, never report it.
      return new LpSolution(LpStatus.ERROR, Double.NaN, new double[0], new double[0], new double[0], seconds,
          second.solver(), iterations, "the tie-break stage lost " + (first.objective() - objective) + " of the optimum");
    }
    return new LpSolution(LpStatus.OPTIMAL, objective, second.x(), first.rowDuals(), first.reducedCosts(), seconds,
        first.solver(), iterations, "");
  }

  /** Columns with a non-zero reduced cost stay where the first stage left them (at a bound). */
  private static List<int[]> fixColumns(LpSolver.LpSession session, LinearProgram lp, LpSolution first) {
    List<int[]> fixed = new ArrayList<>();
    for (int j = 0; j < lp.columns(); j++) {
      if (Math.abs(first.reducedCosts()[j]) <= ZERO * (1 + Math.abs(lp.objective(j)))) {
        continue;
      }
      // The value itself, not a bound picked by the sign: solvers differ in their sign conventions.
      double at = Math.max(lp.colLower(j), Math.min(lp.colUpper(j), first.x()[j]));
      session.setColumnBounds(j, at, at);
      fixed.add(new int[] {j});
    }
    return fixed;
  }

  /** Rows with a non-zero dual stay binding at the activity the first stage left them at. */
  private static List<Integer> fixRows(LpSolver.LpSession session, LinearProgram lp, LpSolution first) {
    List<Integer> fixed = new ArrayList<>();
    for (int i = 0; i < lp.rows(); i++) {
      if (Math.abs(first.rowDuals()[i]) <= ZERO || lp.rowLower(i) == lp.rowUpper(i)) {
        continue;
      }
      double at = Math.max(lp.rowLower(i), Math.min(lp.rowUpper(i), lp.activity(i, first.x())));
      session.setRowBounds(i, at, at);
      fixed.add(i);
    }
    return fixed;
  }
}
