package org.corridor.solve.network;

import java.util.Arrays;
import org.corridor.solve.LinearProgram;

/**
 * A {@link LinearProgram} read as a single-commodity min-cost flow, when it is one:
 * <ul>
 *   <li>balance rows are equalities with right-hand side 0 and coefficients ±1, and no column has more
 *       than one +1 and one −1 in them: a column with both is an arc (tail +1, head −1), one with only −1
 *       enters from a source S (a supply), one with only +1 leaves to a sink T (a delivery);</li>
 *   <li>every other row is a ≤ row that is a bound in disguise: one column (x ≤ u/a), or two opposite
 *       columns of one both-ways link with a cost ≥ 0 each (x + x' ≤ u: an optimum never uses both ways
 *       at once, since cancelling the smaller costs nothing, so each may take u/a alone);</li>
 *   <li>columns are bounded below by 0, and the ones that enter from S are bounded above.</li>
 * </ul>
 * The transit LP of one flow class without node capacities or quotas has this shape. Anything else is
 * not a network here, and {@link #of} returns null.
 */
public final class NetworkShape {
  /** Decimal places a value may have for the network algorithms, which work in whole numbers. */
  public static final int MAX_DECIMALS = 9;

  /** Node index of each balance row, or -1 for any other row. */
  public final int[] nodeOfRow;
  public final int nodes;
  /** Tail and head node of each column's arc; S is {@code nodes}, T is {@code nodes + 1}, -1: no arc. */
  public final int[] tail;
  public final int[] head;
  /** Each column's upper bound with the rows that are bounds folded in. */
  public final double[] upper;
  /** For each row that is a bound: the columns it bounds (one or two) and its coefficient. */
  public final int[][] boundRowColumns;
  public final double[] boundRowCoefficient;

  private NetworkShape(int[] nodeOfRow, int nodes, int[] tail, int[] head, double[] upper, int[][] boundRowColumns,
      double[] boundRowCoefficient) {
    this.nodeOfRow = nodeOfRow;
    this.nodes = nodes;
    this.tail = tail;
    this.head = head;
    this.upper = upper;
    this.boundRowColumns = boundRowColumns;
    this.boundRowCoefficient = boundRowCoefficient;
  }

  public int source() {
    return nodes;
  }

  public int sink() {
    return nodes + 1;
  }

  public static NetworkShape of(LinearProgram lp) {
    int rows = lp.rows();
    int cols = lp.columns();
    int[] nodeOfRow = new int[rows];
    int nodes = 0;
    for (int i = 0; i < rows; i++) {
      nodeOfRow[i] = isBalance(lp, i) ? nodes++ : -1;
    }
    int[] out = new int[cols];
    int[] in = new int[cols];
    Arrays.fill(out, -1);
    Arrays.fill(in, -1);
    for (int i = 0; i < rows; i++) {
      if (nodeOfRow[i] < 0) {
        continue;
      }
      for (int k = lp.rowStart(i); k < lp.rowEnd(i); k++) {
        int j = lp.entryColumn(k);
        int[] end = lp.entryValue(k) > 0 ? out : in;
        if (end[j] >= 0) {
          return null;
        }
        end[j] = nodeOfRow[i];
      }
    }
    int[] tail = new int[cols];
    int[] head = new int[cols];
    double[] upper = new double[cols];
    for (int j = 0; j < cols; j++) {
      if (lp.colLower(j) != 0 || !(lp.colUpper(j) >= 0)) {
        return null;
      }
      upper[j] = lp.colUpper(j);
      tail[j] = out[j] >= 0 ? out[j] : in[j] >= 0 ? nodes : -1;
      head[j] = in[j] >= 0 ? in[j] : out[j] >= 0 ? nodes + 1 : -1;
    }
    int[][] boundCols = new int[rows][];
    double[] boundCoef = new double[rows];
    for (int i = 0; i < rows; i++) {
      if (nodeOfRow[i] >= 0) {
        continue;
      }
      if (!boundRow(lp, i, tail, head, upper, boundCols, boundCoef)) {
        return null;
      }
    }
    for (int j = 0; j < cols; j++) {
      if (tail[j] == nodes && Double.isInfinite(upper[j])) {
        return null;
      }
    }
    return new NetworkShape(nodeOfRow, nodes, tail, head, upper, boundCols, boundCoef);
  }

  private static boolean isBalance(LinearProgram lp, int i) {
    if (lp.rowLower(i) != 0 || lp.rowUpper(i) != 0 || lp.rowEnd(i) == lp.rowStart(i)) {
      return false;
    }
    for (int k = lp.rowStart(i); k < lp.rowEnd(i); k++) {
      if (Math.abs(lp.entryValue(k)) != 1) {
        return false;
      }
    }
    return true;
  }

  /** A ≤ row over one column, or over the two ways of one link; folded into the columns' bounds. */
  private static boolean boundRow(LinearProgram lp, int i, int[] tail, int[] head, double[] upper, int[][] boundCols,
      double[] boundCoef) {
    int n = lp.rowEnd(i) - lp.rowStart(i);
    double up = lp.rowUpper(i);
    if (n == 0) {
      return lp.rowLower(i) <= 0 && up >= 0;
    }
    if (lp.rowLower(i) != Double.NEGATIVE_INFINITY || !(up >= 0) || n > 2) {
      return false;
    }
    int j = lp.entryColumn(lp.rowStart(i));
    double a = lp.entryValue(lp.rowStart(i));
    if (!(a > 0)) {
      return false;
    }
    if (n == 2) {
      int j2 = lp.entryColumn(lp.rowStart(i) + 1);
      boolean opposite = tail[j] >= 0 && tail[j] == head[j2] && head[j] == tail[j2];
      if (!opposite || lp.entryValue(lp.rowStart(i) + 1) != a || lp.objective(j) > 0 || lp.objective(j2) > 0) {
        return false;
      }
      upper[j2] = Math.min(upper[j2], up / a);
      boundCols[i] = new int[] {j, j2};
    } else {
      boundCols[i] = new int[] {j};
    }
    upper[j] = Math.min(upper[j], up / a);
    boundCoef[i] = a;
    return true;
  }

  /** 10^k for the smallest k ≤ 9 that makes every value whole (each times 10^k below 2^52), or NaN. */
  public static double decimalScale(int n, java.util.function.IntToDoubleFunction value) {
    double s = 1;
    for (int k = 0; k <= MAX_DECIMALS; k++, s *= 10) {
      boolean whole = true;
      for (int j = 0; j < n && whole; j++) {
        double v = value.applyAsDouble(j) * s;
        whole = Math.abs(v) < 0x1p52 && Math.round(v) / s == value.applyAsDouble(j);
      }
      if (whole) {
        return s;
      }
    }
    return Double.NaN;
  }
}
