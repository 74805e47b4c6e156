package org.corridor.solve;

/**
 * Where each case of a sweep starts: from scratch, or from the base basis ({@link BaseBasis}: the session is
 * steered back to it after each case). Each gives the same bits in any order of cases; the two reach the same
 * optimum through other factorisations, so a flow's last bits can differ between them (measured: up to 6.4e-14 relative).
 * A case from the base basis needs fewer iterations than a cold one, but steering back is one more solve per
 * case, which only pays on large programs. {@link #BY_SIZE} decides from the base program alone, never from
 * threads or the order of cases, so the choice cannot change an answer's bits on any thread count.
 */
public enum CaseStart {
  /** Every case from scratch. */
  COLD,
  /** Every case from the base basis, where the solver reports one (GLOP); else from scratch. */
  FROM_BASE_BASIS,
  /** From the base basis when the base program has at least {@link #BASE_BASIS_FROM} rows × columns. */
  BY_SIZE;

  /**
   * Rows × columns of the base program from which {@link #BY_SIZE} starts cases from the base basis.
   * Measured with {@code SweepStart} on 20-class synthetic networks (docs/performance.md, "A rule by program
   * size"): from 400 links (2,425 × 7,705, 18.7 million) up the base basis was never slower per case, 1.02–1.9×
   * faster, and 1.4–1.9× from 1,000 links up; from 350 links (13.8 million) down it went either way (0.85–1.6×),
   * and on data/eurasia (507 × 1,153, 0.58 million) it ran from 1.2× slower to 1.6× faster, no steady gain. The threshold
   * lies between 350 and 400 links.
   */
  public static final long BASE_BASIS_FROM = 15_000_000L;

  /** Whether sweeps over {@code base} start their cases from the base basis. */
  public boolean fromBaseBasis(LinearProgram base) {
    return switch (this) {
      case COLD -> false;
      case FROM_BASE_BASIS -> true;
      case BY_SIZE -> (long) base.rows() * base.columns() >= BASE_BASIS_FROM;
    };
  }
}
