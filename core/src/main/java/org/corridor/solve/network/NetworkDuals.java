package org.corridor.solve.network;

import org.corridor.solve.LinearProgram;

/**
 * LP duals of a program of {@link NetworkShape} from the value of a unit at each node, and their
 * certificate of optimality for a given x.
 */
public final class NetworkDuals {
  private static final double TOLERANCE = 1e-9;

  /** ∂objective/∂(row bound) for each row. */
  public final double[] row;
  /** Each column's reduced cost. */
  public final double[] reduced;

  private NetworkDuals(double[] row, double[] reduced) {
    this.row = row;
    this.reduced = reduced;
  }

  /**
   * A balance row's dual is what one more unit emitted at its node earns ({@code nodeValue}, in the
   * objective's units). A row that is a bound takes its column's reduced cost when the column sits at
   * that bound.
   */
  public static NetworkDuals of(LinearProgram lp, NetworkShape net, double[] nodeValue, double[] x) {
    double[] row = new double[lp.rows()];
    for (int i = 0; i < lp.rows(); i++) {
      int v = net.nodeOfRow[i];
      if (v >= 0) {
        row[i] = nodeValue[v];
      }
    }
    double[] reduced = new double[lp.columns()];
    for (int i = 0; i < lp.rows(); i++) {
      if (net.nodeOfRow[i] < 0) {
        continue;
      }
      for (int k = lp.rowStart(i); k < lp.rowEnd(i); k++) {
        reduced[lp.entryColumn(k)] -= row[i] * lp.entryValue(k);
      }
    }
    for (int j = 0; j < lp.columns(); j++) {
      reduced[j] += lp.objective(j);
    }
    for (int i = 0; i < lp.rows(); i++) {
      int[] cols = net.boundRowColumns[i];
      if (cols == null) {
        continue;
      }
      double a = net.boundRowCoefficient[i];
      double bound = lp.rowUpper(i) / a;
      for (int j : cols) {
        if (reduced[j] > 0 && x[j] >= bound - TOLERANCE * Math.max(1, bound)) {
          row[i] = reduced[j] / a;
        }
      }
      for (int j : cols) {
        reduced[j] -= row[i] * a;
      }
    }
    return new NetworkDuals(row, reduced);
  }

  /** Feasibility, signs and complementary slackness, each to a relative tolerance. */
  public boolean certify(LinearProgram lp, NetworkShape net, double[] x) {
    double scale = 1;
    for (int j = 0; j < lp.columns(); j++) {
      scale = Math.max(scale, Math.abs(lp.objective(j)));
    }
    double eps = TOLERANCE * scale;
    for (int j = 0; j < lp.columns(); j++) {
      double up = lp.colUpper(j);
      double tol = TOLERANCE * Math.max(1, Double.isInfinite(up) ? x[j] : up);
      if (x[j] < -tol || x[j] > up + tol) {
        return false;
      }
      if (x[j] < up - tol && reduced[j] > eps || x[j] > tol && reduced[j] < -eps) {
        return false;
      }
    }
    for (int i = 0; i < lp.rows(); i++) {
      double act = lp.activity(i, x);
      double tol = TOLERANCE * Math.max(1, Math.abs(lp.rowUpper(i)) == Double.POSITIVE_INFINITY ? 1
          : Math.abs(lp.rowUpper(i)));
      if (act < lp.rowLower(i) - tol || act > lp.rowUpper(i) + tol) {
        return false;
      }
      if (net.nodeOfRow[i] < 0 && (row[i] < -eps || row[i] > eps && act < lp.rowUpper(i) - tol)) {
        return false;
      }
    }
    return true;
  }
}
