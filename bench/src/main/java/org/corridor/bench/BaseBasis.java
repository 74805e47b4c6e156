package org.corridor.bench;

import java.util.Arrays;
import org.corridor.solve.LinearProgram;
import org.corridor.solve.LpSolution;
import org.corridor.solve.LpSolver;

/**
 * The optimal basis a session found for the base program, and a way back to it after a case, without a
 * call that sets a basis (OR-Tools 9.14's Java MPSolver has none). GLOP starts a solve whose bounds
 * changed from the statuses its last solve ended with, so a case solved right after the base starts
 * from the base basis; after the case and its tie-break stage the session ends elsewhere. To come back,
 * the session solves a <em>steering</em> program on the base's rows that has the base basis as its only
 * optimum:
 * <ul>
 *   <li>an objective c' = Aᵀy + d whose row duals y and reduced costs d are ±1 with the signs the base
 *       basis's statuses call for, 0 on basic columns and rows (no dual degeneracy), and</li>
 *   <li>the bounds of basic columns and rows widened, so no basic value sits at a bound (no primal
 *       degeneracy).</li>
 * </ul>
 * A basis that is neither primal nor dual degenerate is the only optimal one, so the simplex ends on it
 * whatever it started from; the statuses are then compared to be sure.
 */
final class BaseBasis {
  private final LinearProgram lp;
  private final byte[] statuses;
  private final double[] steering;
  private long iterations;

  private BaseBasis(LinearProgram lp, byte[] statuses) {
    this.lp = lp;
    this.statuses = statuses;
    this.steering = steeringObjective(lp, statuses);
  }

  /** The basis the session ended its last solve with, or null when the solver does not report one. */
  static BaseBasis of(LpSolver.LpSession session, LinearProgram lp) {
    byte[] b = session.basis();
    return b.length == lp.columns() + lp.rows() ? new BaseBasis(lp, b) : null;
  }

  /** Simplex iterations the steering solves took so far. */
  long iterations() {
    return iterations;
  }

  /**
   * Solves the steering program on the session, which must hold the base's bounds and objective, and
   * puts them back; returns whether the session ended on this basis.
   */
  boolean steer(LpSolver.LpSession session) {
    int n = lp.columns();
    try {
      session.setObjective(steering);
      for (int j = 0; j < n; j++) {
        if (statuses[j] == LpSolver.LpSession.BASIC) {
          session.setColumnBounds(j, widen(lp.colLower(j), -1), widen(lp.colUpper(j), 1));
        }
      }
      for (int i = 0; i < lp.rows(); i++) {
        if (statuses[n + i] == LpSolver.LpSession.BASIC) {
          session.setRowBounds(i, widen(lp.rowLower(i), -1), widen(lp.rowUpper(i), 1));
        }
      }
      LpSolution r = session.solve();
      iterations += r.iterations();
      return r.isOptimal() && Arrays.equals(statuses, session.basis());
    } finally {
      double[] c = new double[n];
      for (int j = 0; j < n; j++) {
        c[j] = lp.objective(j);
        if (statuses[j] == LpSolver.LpSession.BASIC) {
          session.setColumnBounds(j, lp.colLower(j), lp.colUpper(j));
        }
      }
      session.setObjective(c);
      for (int i = 0; i < lp.rows(); i++) {
        if (statuses[n + i] == LpSolver.LpSession.BASIC) {
          session.setRowBounds(i, lp.rowLower(i), lp.rowUpper(i));
        }
      }
    }
  }

  private static double widen(double bound, int direction) {
    return Double.isInfinite(bound) ? bound : bound + direction * (1 + 1e-3 * Math.abs(bound));
  }

  /** c' = Aᵀy + d, with y and d of unit size and the signs that make the basis optimal for a maximum. */
  static double[] steeringObjective(LinearProgram lp, byte[] statuses) {
    int n = lp.columns();
    double[] c = new double[n];
    for (int j = 0; j < n; j++) {
      c[j] = switch (statuses[j]) {
        case LpSolver.LpSession.AT_LOWER -> -1;
        case LpSolver.LpSession.AT_UPPER -> 1;
        default -> 0;
      };
    }
    for (int i = 0; i < lp.rows(); i++) {
      double y = switch (statuses[n + i]) {
        case LpSolver.LpSession.AT_LOWER -> -1;
        case LpSolver.LpSession.AT_UPPER, LpSolver.LpSession.FIXED -> 1;
        default -> 0;
      };
      if (y != 0) {
        for (int k = lp.rowStart(i); k < lp.rowEnd(i); k++) {
          c[lp.entryColumn(k)] += y * lp.entryValue(k);
        }
      }
    }
    return c;
  }
}
