package org.corridor.solve.ortools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.corridor.solve.LinearProgram;
import org.corridor.solve.LpSolution;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.SolverKind;
import org.corridor.solve.TieBreak;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two shippers of equal margin share a pipeline too small for both, the tie the CPC curtailment of 2025
 * posed:
 * <pre>
 *   shipper A: up to 4 ──┐
 *                        ├──▶ pipeline, capacity 6 ──▶ market (margin 10 per unit for both)
 *   shipper B: up to 8 ──┘
 * </pre>
 * Every split of the 6 earns 60. The tie-break's pro rata rule gives each the same share of its
 * nomination: 6 / 12 = 50%, so A ships 2 and B ships 4, with GLOP (the default) and CLP. HiGHS and PDLP
 * give no exact duals here and run one stage: the same welfare, ties unbroken (docs/formulation.md).
 */
class TieBreakTest {
  @ParameterizedTest
  @EnumSource(value = SolverKind.class, names = {"GLOP", "CLP"})
  void aCurtailmentIsSharedProRataAndWelfareStaysOptimal(SolverKind kind) {
    LinearProgram lp = new LinearProgram();
    int m = TieBreak.SUPPLY_SLICES;
    int[][] slices = new int[2][m];
    double[] nomination = {4, 8};
    for (int s = 0; s < 2; s++) {
      for (int k = 0; k < m; k++) {
        slices[s][k] = lp.addColumn(0, nomination[s] / m, 10);
        lp.setTieBreak(slices[s][k], (double) (m - k) / m);
      }
    }
    lp.beginRow(Double.NEGATIVE_INFINITY, 6);
    for (int[] shipper : slices) {
      for (int j : shipper) {
        lp.coefficient(j, 1);
      }
    }
    lp.endRow();
    LpSolution s = new OrToolsSolver().solve(lp, new SolveOptions(kind, 0));
    assertThat(s.isOptimal()).as(s.detail()).isTrue();
    assertThat(s.objective()).isCloseTo(60, within(1e-9));
    double a = 0;
    double b = 0;
    for (int k = 0; k < m; k++) {
      a += s.x()[slices[0][k]];
      b += s.x()[slices[1][k]];
    }
    assertThat(a).isCloseTo(2, within(1e-9));
    assertThat(b).isCloseTo(4, within(1e-9));
  }
}
