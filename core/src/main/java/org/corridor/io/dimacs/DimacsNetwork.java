package org.corridor.io.dimacs;

/**
 * A DIMACS minimum-cost-flow instance: nodes {@code 1..nodes}, a supply per node (positive: supply,
 * negative: demand) and arcs with capacity and cost. Arc lower bounds are always 0 (the reader refuses
 * others), costs are ≥ 0 and supplies sum to 0. Arrays are indexed from 0; {@code supply[i]} is node i + 1's.
 *
 * <p>The problem: minimise Σ cost·x over x with 0 ≤ x ≤ capacity and, at every node, outflow − inflow = supply.
 */
public record DimacsNetwork(int nodes, long[] supply, int[] from, int[] to, long[] capacity, long[] cost) {
  public int arcs() {
    return from.length;
  }

  /** Total demand D: the sum of the negative supplies, as a positive number. */
  public long totalDemand() {
    long d = 0;
    for (long b : supply) {
      if (b < 0) {
        d -= b;
      }
    }
    return d;
  }

  public long maxCost() {
    long m = 0;
    for (long c : cost) {
      m = Math.max(m, c);
    }
    return m;
  }
}
