package org.corridor.solve.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.corridor.solve.LinearProgram;
import org.corridor.solve.LpSolution;
import org.junit.jupiter.api.Test;

/** The two exact stages on hand-checked programs, and the programs it leaves to an LP solver. */
class NetworkSolveTest {
  /**
   * Two routes of the same cost from supply A to market M:
   * <pre>
   *   A ──a (cost 1)──────────────────▶ M
   *   A ──b1 (0.5)──▶ H ──b2 (0.5)──▶ M      supply 5 at A, demand up to 5 at M (price 10)
   * </pre>
   * Welfare is 45 either way; the tie-break decides, exactly, and follows its coefficients.
   */
  @Test
  void aTieIsBrokenByTheTieBreak() {
    Route direct = new Route(-1, -0.5, -0.1, -0.1);
    LpSolution one = NetworkSolve.solve(direct.lp);
    assertThat(one.solver()).isEqualTo(NetworkSolve.NAME);
    assertThat(one.isOptimal()).isTrue();
    assertThat(one.objective()).isEqualTo(45);
    assertThat(one.x()[direct.a]).isEqualTo(5);
    assertThat(one.x()[direct.b1]).isZero();
    Route viaHub = new Route(-1, -0.5, -0.3, -0.1);
    LpSolution two = NetworkSolve.solve(viaHub.lp);
    assertThat(two.objective()).isEqualTo(45);
    assertThat(two.x()[viaHub.a]).isZero();
    assertThat(two.x()[viaHub.b1]).isEqualTo(5);
    assertThat(two.x()[viaHub.b2]).isEqualTo(5);
  }

  /**
   * A hub that no flow reaches is priced by what a unit there would earn, not by the algorithm's
   * artificial cost:
   * <pre>
   *   A ──(cost 1)──▶ M ◀──(cost 2)── H        supply 5 at A, demand up to 10 at M (price 10)
   * </pre>
   * A unit at A earns 9, one at H 8, one at M 10.
   */
  @Test
  void aNodeNoFlowReachesIsPricedByWhatAUnitThereEarns() {
    LinearProgram lp = new LinearProgram();
    int am = lp.addColumn(0, 100, -1);
    int hm = lp.addColumn(0, 100, -2);
    int s = lp.addColumn(0, 5, 0);
    int d = lp.addColumn(0, 10, 10);
    int rowA = row(lp, new int[] {am, s}, new double[] {1, -1});
    int rowH = row(lp, new int[] {hm}, new double[] {1});
    int rowM = row(lp, new int[] {am, hm, d}, new double[] {-1, -1, 1});
    LpSolution sol = NetworkSolve.solve(lp);
    assertThat(sol.isOptimal()).isTrue();
    assertThat(sol.objective()).isEqualTo(45);
    assertThat(sol.rowDuals()[rowA]).isEqualTo(9);
    assertThat(sol.rowDuals()[rowH]).isEqualTo(8);
    assertThat(sol.rowDuals()[rowM]).isEqualTo(10);
  }

  @Test
  void costsThatAreNoDecimalsAreLeftToTheLp() {
    Route r = new Route(-1.0 / 3, -0.5, -0.1, -0.1);
    assertThat(NetworkSolve.solve(r.lp)).isNull();
  }

  @Test
  void aTieBreakOffItsGridIsLeftToTheLp() {
    Route r = new Route(-1, -0.5, -Math.PI * 1e-4, -0.1);
    assertThat(NetworkSolve.solve(r.lp)).isNull();
  }

  /** A leg that earns would let a cycle pay: not a network for this algorithm. */
  @Test
  void aLegThatEarnsIsLeftToTheLp() {
    Route r = new Route(-1, 0.5, -0.1, -0.1);
    assertThat(NetworkSolve.solve(r.lp)).isNull();
  }

  /**
   * The program of {@link #aTieIsBrokenByTheTieBreak}: the objective of the direct leg and of the first hub
   * leg, and the tie-break of the direct leg and of each hub leg.
   */
  private static final class Route {
    final LinearProgram lp = new LinearProgram();
    final int a;
    final int b1;
    final int b2;

    Route(double directCost, double firstHubCost, double direct, double hubLeg) {
      a = lp.addColumn(0, 10, directCost);
      b1 = lp.addColumn(0, 10, firstHubCost);
      b2 = lp.addColumn(0, 10, -0.5);
      int s = lp.addColumn(0, 5, 0);
      int d = lp.addColumn(0, 5, 10);
      lp.setTieBreak(a, direct);
      lp.setTieBreak(b1, hubLeg);
      lp.setTieBreak(b2, hubLeg);
      row(lp, new int[] {a, b1, s}, new double[] {1, 1, -1});
      row(lp, new int[] {b1, b2}, new double[] {-1, 1});
      row(lp, new int[] {a, b2, d}, new double[] {-1, -1, 1});
    }
  }

  private static int row(LinearProgram lp, int[] cols, double[] coefs) {
    int i = lp.beginRow(0, 0);
    for (int k = 0; k < cols.length; k++) {
      lp.coefficient(cols[k], coefs[k]);
    }
    lp.endRow();
    return i;
  }
}
