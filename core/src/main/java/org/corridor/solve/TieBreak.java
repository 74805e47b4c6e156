package org.corridor.solve;

/**
 * The rule that picks one flow among several with the same (optimal) welfare, so that one question has
 * one answer whatever the solver's path. It is the second-stage objective of a lexicographic solve
 * ({@link LexicographicSolve}): welfare is first maximised, then held at its optimum while this is
 * maximised:
 * <pre>
 *   max  Σ_r Σ_m b_m s_{r,m}  −  Σ_{k,a} (β n_a + λ (1 + η h_{k,a})) x_{k,a}  +  Σ_{k,m} μ h_{k,m} d_{k,m}
 *        b_m = (M − m) / M     for slice m = 0..M−1 of supply row r (each slice is 1/M of the row)
 * </pre>
 * In words, in this order of weight:
 * <ol>
 *   <li><b>Pro rata curtailment.</b> Each supply row is cut into M equal slices with a falling bonus, so
 *       the solver fills the first slice of every row before the second of any: when the optimum leaves
 *       supply unused and several rows could equally well be the ones cut, every row keeps the same share
 *       of its volume, to within 1/M. This is how pipeline operators prorate nominations (CPC cut its
 *       shippers pro rata in 2025). Supply worth exactly nothing at the margin is shipped, not stranded.</li>
 *   <li><b>Fewest borders.</b> Each unit of flow costs β for each of the n_a borders its arc crosses (country
 *       changes from the tail, through the countries the link passes, to the head): among routes that cost
 *       shippers the same, the one through fewer states carries the flow, as a shipper who is indifferent
 *       avoids another state's paperwork, risk and lever.</li>
 *   <li><b>No needless legs.</b> Then each unit of flow on an arc costs λ, so among routes with as many
 *       borders, the one with fewer legs carries the flow (strictly, for routes of up to 1/η = 20 legs).</li>
 *   <li><b>A fixed order for the rest.</b> h ∈ [0, 1) is a hash of the link, direction, commodity and
 *       origin (of the market for deliveries): it is the same on every run and machine, and makes the
 *       second-stage optimum unique for all practical purposes.</li>
 * </ol>
 * The weights are relative to one another only: welfare is never traded for them, since the second stage
 * runs on the optimal face of the first ({@link LexicographicSolve}).
 */
public final class TieBreak {
  /** M: how finely a curtailment is shared (1/M of each row). */
  public static final int SUPPLY_SLICES = 20;
  static final double BORDER = 1e-3;
  static final double LEG = 1e-4;
  static final double LEG_SPREAD = 0.05;
  static final double DELIVERY = 1e-5;

  private TieBreak() {}

  static double supplySlice(int m) {
    return (double) (SUPPLY_SLICES - m) / SUPPLY_SLICES;
  }

  static double leg(String link, boolean reverse, FlowClass k, int borders) {
    return -BORDER * borders - LEG * (1 + LEG_SPREAD * hash(link + (reverse ? "~rev" : "") + "|" + k));
  }

  static double delivery(String market, FlowClass k) {
    return DELIVERY * hash(market + "|" + k);
  }

  /**
   * A number in [0, 1) fixed by the text: String.hashCode is specified, then mixed (SplitMix64). A multiple
   * of 2^-20, so every weight above is a whole number of 2^-20 · 10^-6 and the network algorithm can break
   * ties in exact integers (NetworkSolve.TIE_SCALE) with the same values GLOP uses.
   */
  static double hash(String text) {
    long z = text.hashCode() * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    z ^= z >>> 31;
    return (z >>> 44) * 0x1.0p-20;
  }
}
