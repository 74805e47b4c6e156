package org.corridor.solve.ortools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.corridor.solve.LinearProgram;
import org.corridor.solve.LpSolution;
import org.corridor.solve.LpSolver;
import org.corridor.solve.LpStatus;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.SolverKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

class OrToolsSolverTest {
  private final OrToolsSolver solver = new OrToolsSolver();

  /** max 3x + 2y  s.t. x + y ≤ 4, x + 3y ≤ 9, x ≤ 3  → x = 3, y = 1, objective 11. */
  private static LinearProgram small() {
    LinearProgram lp = new LinearProgram();
    int x = lp.addColumn(0, 3, 3);
    int y = lp.addColumn(0, Double.POSITIVE_INFINITY, 2);
    lp.beginRow(Double.NEGATIVE_INFINITY, 4);
    lp.coefficient(x, 1);
    lp.coefficient(y, 1);
    lp.endRow();
    lp.beginRow(Double.NEGATIVE_INFINITY, 9);
    lp.coefficient(x, 1);
    lp.coefficient(y, 3);
    lp.endRow();
    return lp;
  }

  @ParameterizedTest
  @EnumSource(SolverKind.class)
  void everySolverFindsTheOptimum(SolverKind kind) {
    LpSolution s = solver.solve(small(), new SolveOptions(kind, 0));
    assertThat(s.status()).isEqualTo(LpStatus.OPTIMAL);
    double tol = kind == SolverKind.PDLP ? 1e-3 : 1e-7;
    assertThat(s.objective()).isCloseTo(11, within(tol));
    assertThat(s.x()[0]).isCloseTo(3, within(tol));
    assertThat(s.x()[1]).isCloseTo(1, within(tol));
  }

  @Test
  void dualsAreTheGainOfOneMoreUnitOfBound() {
    LpSolution base = solver.solve(small(), SolveOptions.DEFAULT);
    LinearProgram raised = small();
    // Re-solve with the first row's bound raised by a small step: the objective moves by dual × step.
    try (LpSolver.LpSession s = solver.open(raised, SolveOptions.DEFAULT)) {
      s.setRowBounds(0, Double.NEGATIVE_INFINITY, 4.01);
      LpSolution up = s.solve();
      assertThat((up.objective() - base.objective()) / 0.01).isCloseTo(base.rowDuals()[0], within(1e-6));
    }
    assertThat(base.rowDuals()[0]).isCloseTo(2, within(1e-9));
    assertThat(base.rowDuals()[1]).isCloseTo(0, within(1e-9));
  }

  @Test
  void infeasibleIsAStatusNotAnException() {
    LinearProgram lp = new LinearProgram();
    int x = lp.addColumn(0, 1, 1);
    lp.beginRow(2, Double.POSITIVE_INFINITY);
    lp.coefficient(x, 1);
    lp.endRow();
    assertThat(solver.solve(lp, SolveOptions.DEFAULT).status()).isEqualTo(LpStatus.INFEASIBLE);
  }

  @Test
  void unboundedIsAStatus() {
    LinearProgram lp = new LinearProgram();
    lp.addColumn(0, Double.POSITIVE_INFINITY, 1);
    LpStatus st = solver.solve(lp, SolveOptions.DEFAULT).status();
    // GLOP may report an unbounded primal as UNBOUNDED or, without preprocessing, as INFEASIBLE dual.
    assertThat(st).isIn(LpStatus.UNBOUNDED, LpStatus.INFEASIBLE);
  }

  @Test
  void sessionReSolvesAfterBoundChangesAndRestores() {
    try (LpSolver.LpSession s = solver.open(small(), SolveOptions.DEFAULT)) {
      assertThat(s.solve().objective()).isCloseTo(11, within(1e-9));
      s.setColumnBounds(0, 0, 0);
      assertThat(s.solve().objective()).isCloseTo(6, within(1e-9));
      s.setColumnBounds(0, 0, 3);
      assertThat(s.solve().objective()).isCloseTo(11, within(1e-9));
    }
  }
}
