package org.corridor.bench;

import org.corridor.solve.LpSolution;
import org.corridor.solve.LpSolver.LpSession;

/** A session that passes every call to another; the bench's wrappers override only what they count or hide. */
class ForwardingSession implements LpSession {
  private final LpSession inner;

  ForwardingSession(LpSession inner) {
    this.inner = inner;
  }

  @Override
  public LpSolution solve() {
    return inner.solve();
  }

  @Override
  public void setColumnBounds(int column, double lo, double up) {
    inner.setColumnBounds(column, lo, up);
  }

  @Override
  public void setRowBounds(int row, double lo, double up) {
    inner.setRowBounds(row, lo, up);
  }

  @Override
  public void setObjective(double[] coefficients) {
    inner.setObjective(coefficients);
  }

  @Override
  public boolean exactDuals() {
    return inner.exactDuals();
  }

  @Override
  public void reset() {
    inner.reset();
  }

  @Override
  public boolean reportsBasis() {
    return inner.reportsBasis();
  }

  @Override
  public byte[] basis() {
    return inner.basis();
  }

  @Override
  public void close() {
    inner.close();
  }
}
