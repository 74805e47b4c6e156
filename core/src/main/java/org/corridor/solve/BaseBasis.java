package org.corridor.solve;


/**
 * The optimal basis a session found for the base program, and a way back to it after a case, without a
 * call that sets a basis (OR-Tools 9.14's Java MPSolver has none). GLOP starts a solve whose bounds
 * changed from the statuses its last solve ended with, and nothing else it keeps shows in the answer, so
 * a case solved right after the base starts from the base basis and gives the same bits whatever was
 * solved before. After the case and its tie-break stage the session ends elsewhere; to come back, it
 * solves a <em>steering</em> program on the base's rows that has the base basis as its only optimum:
 * <ul>
 *   <li>an objective c' = Aᵀy + d whose row duals y and reduced costs d are ±1 with the signs the base
 *       basis's statuses call for, 0 on basic columns and rows (no dual degeneracy);</li>
 *   <li>the bounds of basic columns and rows widened, so no basic value sits at a bound (no primal
 *       degeneracy);</li>
 *   <li>when {@code pin}: each non-basic variable whose base status is the bound GLOP restarts a fixed
 *       variable at (the bound of smaller magnitude) fixed there. The tie-break stage fixes the optimal
 *       face by bounds, and without pinning the steering solve starts those variables at the wrong bound
 *       and takes several times the iterations of a cold solve (docs/performance.md).</li>
 * </ul>
 * A basis that is neither primal nor dual degenerate is the only optimal one, so the simplex ends on it
 * whatever it started from; the statuses are then compared to be sure (a pinned variable may read fixed).
 */
public final class BaseBasis {
  private final LinearProgram lp;
  private final byte[] statuses;
  private final double[] steering;
  private final boolean pin;
  private long iterations;

  private BaseBasis(LinearProgram lp, byte[] statuses, boolean pin) {
    this.lp = lp;
    this.statuses = statuses;
    this.pin = pin;
    this.steering = steeringObjective(lp, statuses);
  }

  /**
   * Whether a non-basic variable's status in the base is the one GLOP gives a variable it restarts from
   * a fixed status when the bounds are no longer equal (the bound of smaller magnitude): such a variable
   * can be pinned at that bound while steering and read as fixed after, at no difference to the next start.
   */
  private boolean pinned(int k, double lo, double up) {
    byte st = statuses[k];
    if (!pin || lo == up || (st != LpSolver.LpSession.AT_LOWER && st != LpSolver.LpSession.AT_UPPER)) {
      return false;
    }
    if (Double.isInfinite(lo) && Double.isInfinite(up)) {
      return false;
    }
    byte byMagnitude = Math.abs(lo) <= Math.abs(up) ? LpSolver.LpSession.AT_LOWER : LpSolver.LpSession.AT_UPPER;
    return st == byMagnitude;
  }

  /** The basis the session ended its last solve with, or null when the solver does not report one. */
  public static BaseBasis of(LpSolver.LpSession session, LinearProgram lp, boolean pin) {
    byte[] b = session.basis();
    return b.length == lp.columns() + lp.rows() ? new BaseBasis(lp, b, pin) : null;
  }

  /** Simplex iterations the steering solves took so far. */
  public long iterations() {
    return iterations;
  }

  /**
   * Solves the steering program on the session, which must hold the base's bounds and objective, and
   * puts them back; returns whether the session ended on this basis.
   */
  public boolean steer(LpSolver.LpSession session) {
    int n = lp.columns();
    try {
      session.setObjective(steering);
      for (int j = 0; j < n; j++) {
        if (statuses[j] == LpSolver.LpSession.BASIC) {
          session.setColumnBounds(j, widen(lp.colLower(j), -1), widen(lp.colUpper(j), 1));
        } else if (pinned(j, lp.colLower(j), lp.colUpper(j))) {
          double at = statuses[j] == LpSolver.LpSession.AT_LOWER ? lp.colLower(j) : lp.colUpper(j);
          session.setColumnBounds(j, at, at);
        }
      }
      for (int i = 0; i < lp.rows(); i++) {
        if (statuses[n + i] == LpSolver.LpSession.BASIC) {
          session.setRowBounds(i, widen(lp.rowLower(i), -1), widen(lp.rowUpper(i), 1));
        } else if (pinned(n + i, lp.rowLower(i), lp.rowUpper(i))) {
          double at = statuses[n + i] == LpSolver.LpSession.AT_LOWER ? lp.rowLower(i) : lp.rowUpper(i);
          session.setRowBounds(i, at, at);
        }
      }
      LpSolution r = session.solve();
      iterations += r.iterations();
      return r.isOptimal() && holds(session.basis());
    } finally {
      double[] c = new double[n];
      for (int j = 0; j < n; j++) {
        c[j] = lp.objective(j);
        if (statuses[j] == LpSolver.LpSession.BASIC || pinned(j, lp.colLower(j), lp.colUpper(j))) {
          session.setColumnBounds(j, lp.colLower(j), lp.colUpper(j));
        }
      }
      session.setObjective(c);
      for (int i = 0; i < lp.rows(); i++) {
        if (statuses[n + i] == LpSolver.LpSession.BASIC || pinned(n + i, lp.rowLower(i), lp.rowUpper(i))) {
          session.setRowBounds(i, lp.rowLower(i), lp.rowUpper(i));
        }
      }
    }
  }

  /** The base statuses, a pinned variable read as fixed or at its bound. */
  boolean holds(byte[] now) {
    if (now.length != statuses.length) {
      return false;
    }
    int n = lp.columns();
    for (int k = 0; k < now.length; k++) {
      if (now[k] == statuses[k]) {
        continue;
      }
      boolean pinnedHere = k < n ? pinned(k, lp.colLower(k), lp.colUpper(k))
          : pinned(k, lp.rowLower(k - n), lp.rowUpper(k - n));
      if (!pinnedHere || now[k] != LpSolver.LpSession.FIXED) {
        return false;
      }
    }
    return true;
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
