package org.corridor.solve;

import java.util.Arrays;
import java.util.function.IntFunction;

/**
 * A linear program in row-compressed form, to be maximised: max c·x subject to rowLo ≤ A x ≤ rowUp and
 * colLo ≤ x ≤ colUp. Built by appending columns and then rows; solver-independent, so the core needs no
 * solver to formulate. Names are produced on demand from the formulation's index, so building stays cheap.
 */
public final class LinearProgram {
  private double[] colLo = new double[16];
  private double[] colUp = new double[16];
  private double[] obj = new double[16];
  private double[] tieBreak = new double[16];
  private int cols;

  private double[] rowLo = new double[16];
  private double[] rowUp = new double[16];
  private int[] rowStart = new int[17];
  private int rows;

  private int[] index = new int[64];
  private double[] value = new double[64];
  private int nonZeros;
  private boolean rowOpen;

  private IntFunction<String> colNames = j -> "x" + j;
  private IntFunction<String> rowNames = i -> "r" + i;

  /** Adds a column and returns its index. */
  public int addColumn(double lo, double up, double objective) {
    if (cols == colLo.length) {
      int n = cols * 2;
      colLo = Arrays.copyOf(colLo, n);
      colUp = Arrays.copyOf(colUp, n);
      tieBreak = Arrays.copyOf(tieBreak, n);
      obj = Arrays.copyOf(obj, n);
    }
    colLo[cols] = lo;
    colUp[cols] = up;
    obj[cols] = objective;
    return cols++;
  }

  /** Starts a row; add its coefficients with {@link #coefficient}, then call {@link #endRow}. */
  public int beginRow(double lo, double up) {
    if (rowOpen) {
      throw new IllegalStateException("previous row not ended");
    }
    if (rows == rowLo.length) {
      int n = rows * 2;
      rowLo = Arrays.copyOf(rowLo, n);
      rowUp = Arrays.copyOf(rowUp, n);
      rowStart = Arrays.copyOf(rowStart, n + 1);
    }
    rowLo[rows] = lo;
    rowUp[rows] = up;
    rowStart[rows] = nonZeros;
    rowOpen = true;
    return rows;
  }

  public void coefficient(int col, double coef) {
    if (nonZeros == index.length) {
      index = Arrays.copyOf(index, nonZeros * 2);
      value = Arrays.copyOf(value, nonZeros * 2);
    }
    index[nonZeros] = col;
    value[nonZeros] = coef;
    nonZeros++;
  }

  public void endRow() {
    rowOpen = false;
    rows++;
    rowStart[rows] = nonZeros;
  }

  public void names(IntFunction<String> columns, IntFunction<String> rowsNamer) {
    this.colNames = columns;
    this.rowNames = rowsNamer;
  }

  public int columns() { return cols; }
  public int rows() { return rows; }
  public int nonZeros() { return nonZeros; }
  public double colLower(int j) { return colLo[j]; }
  public double colUpper(int j) { return colUp[j]; }
  public double objective(int j) { return obj[j]; }
  public double rowLower(int i) { return rowLo[i]; }
  public double rowUpper(int i) { return rowUp[i]; }
  public int rowStart(int i) { return rowStart[i]; }
  public int rowEnd(int i) { return rowStart[i + 1]; }
  public int entryColumn(int k) { return index[k]; }
  public double entryValue(int k) { return value[k]; }
  public String columnName(int j) { return colNames.apply(j); }
  public String rowName(int i) { return rowNames.apply(i); }

  /**
   * The second-stage objective: among the optima of {@link #objective}, the solution that maximises this
   * one is reported (see {@link LexicographicSolve}). Zero everywhere when not set.
   */
  public double tieBreak(int j) { return tieBreak[j]; }

  public void setTieBreak(int j, double value) {
    tieBreak[j] = value;
  }

  /**
   * A copy whose bounds can be changed apart from this one's; the matrix, objectives and names are
   * shared (never change them on either). Sweeps use it to describe a variant as bounds only.
   */
  public LinearProgram withOwnBounds() {
    LinearProgram c = new LinearProgram();
    c.colLo = Arrays.copyOf(colLo, cols);
    c.colUp = Arrays.copyOf(colUp, cols);
    c.obj = obj;
    c.tieBreak = tieBreak;
    c.cols = cols;
    c.rowLo = Arrays.copyOf(rowLo, rows);
    c.rowUp = Arrays.copyOf(rowUp, rows);
    c.rowStart = rowStart;
    c.rows = rows;
    c.index = index;
    c.value = value;
    c.nonZeros = nonZeros;
    c.colNames = colNames;
    c.rowNames = rowNames;
    return c;
  }

  public void setRowUpper(int i, double up) {
    rowUp[i] = up;
  }

  public void setColumnUpper(int j, double up) {
    colUp[j] = up;
  }

  /** Row activity A_i·x for a given point. */
  public double activity(int i, double[] x) {
    double s = 0;
    for (int k = rowStart[i]; k < rowStart[i + 1]; k++) {
      s += value[k] * x[index[k]];
    }
    return s;
  }

  public double objectiveValue(double[] x) {
    double s = 0;
    for (int j = 0; j < cols; j++) {
      s += obj[j] * x[j];
    }
    return s;
  }

  public boolean hasTieBreak() {
    for (int j = 0; j < cols; j++) {
      if (tieBreak[j] != 0) {
        return true;
      }
    }
    return false;
  }
}
