package org.corridor.bench.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.corridor.io.dimacs.DimacsNetwork;
import org.corridor.solve.LinearProgram;

/**
 * Free MPS files for the HiGHS command line. A {@link LinearProgram} is maximised, MPS minimises: the
 * objective is written negated, so HiGHS's optimum is −welfare. Columns are named C0.., rows R0.. (names
 * of the formulation would only make the file larger). Numbers are written with 17 significant digits, so
 * HiGHS reads the same doubles.
 */
final class Mps {
  private Mps() {}

  /** The plain min-cost-flow LP of a DIMACS network: a column per arc, an equality per node. */
  static LinearProgram minCostFlow(DimacsNetwork net) {
    LinearProgram lp = new LinearProgram();
    for (int k = 0; k < net.arcs(); k++) {
      lp.addColumn(0, net.capacity()[k], -net.cost()[k]); // maximise −cost
    }
    int n = net.nodes();
    int[] outStart = new int[n + 1];
    int[] inStart = new int[n + 1];
    for (int k = 0; k < net.arcs(); k++) {
      outStart[net.from()[k]]++;
      inStart[net.to()[k]]++;
    }
    for (int i = 0; i < n; i++) {
      outStart[i + 1] += outStart[i];
      inStart[i + 1] += inStart[i];
    }
    int[] out = new int[net.arcs()];
    int[] in = new int[net.arcs()];
    int[] o = java.util.Arrays.copyOf(outStart, n);
    int[] p = java.util.Arrays.copyOf(inStart, n);
    for (int k = 0; k < net.arcs(); k++) {
      out[o[net.from()[k] - 1]++] = k;
      in[p[net.to()[k] - 1]++] = k;
    }
    for (int i = 0; i < n; i++) {
      lp.beginRow(net.supply()[i], net.supply()[i]);
      for (int a = outStart[i]; a < outStart[i + 1]; a++) {
        lp.coefficient(out[a], 1);
      }
      for (int a = inStart[i]; a < inStart[i + 1]; a++) {
        lp.coefficient(in[a], -1);
      }
      lp.endRow();
    }
    return lp;
  }

  static void write(LinearProgram lp, Path file) throws IOException {
    int m = lp.rows();
    int n = lp.columns();
    int[] count = new int[n + 1];
    for (int k = 0; k < lp.nonZeros(); k++) {
      count[lp.entryColumn(k) + 1]++;
    }
    for (int j = 0; j < n; j++) {
      count[j + 1] += count[j];
    }
    int[] rowOf = new int[lp.nonZeros()];
    double[] val = new double[lp.nonZeros()];
    int[] next = java.util.Arrays.copyOf(count, n);
    for (int i = 0; i < m; i++) {
      for (int k = lp.rowStart(i); k < lp.rowEnd(i); k++) {
        int at = next[lp.entryColumn(k)]++;
        rowOf[at] = i;
        val[at] = lp.entryValue(k);
      }
    }
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.US_ASCII), 1 << 20)) {
      w.write("NAME corridor\nROWS\n N OBJ\n");
      for (int i = 0; i < m; i++) {
        w.write(rowType(lp.rowLower(i), lp.rowUpper(i)) + " R" + i + "\n");
      }
      w.write("COLUMNS\n");
      for (int j = 0; j < n; j++) {
        if (lp.objective(j) != 0) {
          w.write(" C" + j + " OBJ " + num(-lp.objective(j)) + "\n");
        }
        for (int k = count[j]; k < count[j + 1]; k++) {
          w.write(" C" + j + " R" + rowOf[k] + " " + num(val[k]) + "\n");
        }
        if (lp.objective(j) == 0 && count[j] == count[j + 1]) {
          w.write(" C" + j + " OBJ 0\n");
        }
      }
      w.write("RHS\n");
      for (int i = 0; i < m; i++) {
        double lo = lp.rowLower(i);
        double up = lp.rowUpper(i);
        double rhs = Double.isInfinite(lo) ? up : lo;
        if (rhs != 0 && !Double.isInfinite(rhs)) {
          w.write(" RHS R" + i + " " + num(rhs) + "\n");
        }
      }
      w.write("RANGES\n");
      for (int i = 0; i < m; i++) {
        double lo = lp.rowLower(i);
        double up = lp.rowUpper(i);
        if (!Double.isInfinite(lo) && !Double.isInfinite(up) && lo != up) {
          w.write(" RNG R" + i + " " + num(up - lo) + "\n");
        }
      }
      w.write("BOUNDS\n");
      for (int j = 0; j < n; j++) {
        double lo = lp.colLower(j);
        double up = lp.colUpper(j);
        if (lo == up) {
          w.write(" FX BND C" + j + " " + num(lo) + "\n");
          continue;
        }
        if (Double.isInfinite(lo)) {
          w.write(" MI BND C" + j + "\n");
        } else if (lo != 0) {
          w.write(" LO BND C" + j + " " + num(lo) + "\n");
        }
        if (!Double.isInfinite(up)) {
          w.write(" UP BND C" + j + " " + num(up) + "\n");
        }
      }
      w.write("ENDATA\n");
    }
  }

  /** E for equalities, G for rows with a finite lower bound (a range adds the upper), L else; N rows are not written. */
  private static String rowType(double lo, double up) {
    if (lo == up) {
      return " E";
    }
    if (!Double.isInfinite(lo)) {
      return " G";
    }
    return " L";
  }

  private static String num(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return Long.toString((long) v);
    }
    return String.format(Locale.ROOT, "%.17g", v);
  }
}
