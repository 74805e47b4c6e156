package org.corridor.solve;

/**
 * Where each case of a sweep starts: from scratch, or from the base basis ({@link BaseBasis}: the session is
 * steered back to it after each case). Both give the same bits in any order; they differ in speed only. A
 * case from the base basis needs fewer iterations than a cold one, but steering back is one more solve per
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
   * size"): from 450 links (2,734 × 8,530, 23 million) up the base basis was faster per case in every pass,
   * 1.4–1.9× from 500 links (28 million) to 2,000 (442 million); below 20 million it went either way
   * (0.8–1.6×), and on data/eurasia (507 × 1,153, 0.58 million) it was 1.1–1.2× slower.
   */
  public static final long BASE_BASIS_FROM = 20_000_000L;

  /** Whether sweeps over {@code base} start their cases from the base basis. */
  public boolean fromBaseBasis(LinearProgram base) {
    return switch (this) {
      case COLD -> false;
      case FROM_BASE_BASIS -> true;
      case BY_SIZE -> (long) base.rows() * base.columns() >= BASE_BASIS_FROM;
    };
  }
}
