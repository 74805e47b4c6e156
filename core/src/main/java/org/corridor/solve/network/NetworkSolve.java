package org.corridor.solve.network;

import org.corridor.solve.LinearProgram;
import org.corridor.solve.LpSolution;
import org.corridor.solve.LpStatus;

/**
 * Solves a {@link LinearProgram} of {@link NetworkShape} exactly with the {@link NetworkSimplex}, in the
 * two stages of {@code LexicographicSolve}, when its numbers allow; otherwise it gives no answer (null)
 * and the caller solves the program as an LP:
 * <ol>
 *   <li><b>Whole numbers.</b> Every cost times 10^a and every bound times 10^b is a whole number (a, b ≤
 *       9), every tie-break coefficient times 2^20 · 10^6 is one, and no potential can overflow: the
 *       algorithm is then exact, with no tolerance.</li>
 *   <li><b>Welfare.</b> S feeds the supply arcs with the total supply F, every delivery drains to T, and
 *       an arc S→T at cost 0 lets supply stay home. Costs are the negated objective, so only deliveries
 *       cost less than 0, and they end at T, on no cycle.</li>
 *   <li><b>Ties.</b> The optimal face, read off the potentials by complementary slackness (any optimal
 *       dual describes the same face): an arc with a non-zero reduced cost keeps its flow, the others are
 *       free within their bounds. The network of the free arcs, with the fixed flows as supplies, is
 *       solved again with the tie-break as costs. This is the question GLOP's second stage answers.</li>
 *   <li><b>Duals.</b> Node potentials of the first stage give the balance rows' duals (π(v) − π(T)); the
 *       rows that are bounds take what is left of their column's reduced cost. The certificate (primal
 *       feasibility, signs, complementary slackness) is checked against the final flow; a failure is an
 *       {@code error}, a fault to report, not a case for another solver.</li>
 * </ol>
 */
public final class NetworkSolve {
  public static final String NAME = "network-simplex";
  /** Tie-break coefficients are whole numbers of this unit: TieBreak's weights on its 2^-20 hash grid. */
  public static final double TIE_SCALE = 0x1p20 * 1e6;

  private NetworkSolve() {}

  /**
   * The optimum, tie-broken; null when the program is not a network or its numbers are not whole (or
   * could overflow); an {@code error} when the algorithm or the certificate fails.
   */
  public static LpSolution solve(LinearProgram lp) {
    long t0 = System.nanoTime();
    NetworkShape net = NetworkShape.of(lp);
    if (net == null) {
      return null;
    }
    IntegerNetwork g = IntegerNetwork.of(lp, net);
    if (g == null) {
      return null;
    }
    long[] tieCost = null;
    if (lp.hasTieBreak()) {
      tieCost = g.tieCosts(lp);
      if (tieCost == null) {
        return null;
      }
    }
    NetworkSimplex welfare = new NetworkSimplex(g.nodes, g.tail, g.head, g.cap, g.cost, g.supply());
    NetworkSimplex.Status status = welfare.run();
    if (status != NetworkSimplex.Status.OPTIMAL) {
      // Feasible (S→T takes everything) and bounded (no negative cost on a cycle) by construction.
      return failed(t0, welfare.pivots(), "the network simplex ended " + status);
    }
    long[] pi = Potentials.normalised(welfare, g);
    long[] f = new long[g.arcs];
    for (int a = 0; a < g.arcs; a++) {
      f[a] = welfare.flow(a);
    }
    long pivots = welfare.pivots();
    if (tieCost != null) {
      TieStage tie = TieStage.solve(g, f, pi, tieCost);
      if (tie.status != NetworkSimplex.Status.OPTIMAL) {
        return tie.status == NetworkSimplex.Status.UNBOUNDED ? null
            : failed(t0, pivots + tie.pivots, "the tie-break stage ended " + tie.status);
      }
      f = tie.flow;
      pivots += tie.pivots;
    }
    double[] x = new double[lp.columns()];
    for (int j = 0; j < lp.columns(); j++) {
      x[j] = f[j] / g.flowScale;
    }
    double[] nodeValue = new double[net.nodes];
    for (int v = 0; v < net.nodes; v++) {
      nodeValue[v] = (pi[v] - pi[net.sink()]) / g.costScale;
    }
    NetworkDuals duals = NetworkDuals.of(lp, net, nodeValue, x);
    if (!duals.certify(lp, net, x)) {
      return failed(t0, pivots, "the network simplex's answer failed its optimality certificate");
    }
    return new LpSolution(LpStatus.OPTIMAL, lp.objectiveValue(x), x, duals.row, duals.reduced,
        (System.nanoTime() - t0) / 1e9, NAME, pivots, "");
  }

  private static LpSolution failed(long t0, long pivots, String why) {
    return new LpSolution(LpStatus.ERROR, Double.NaN, new double[0], new double[0], new double[0],
        (System.nanoTime() - t0) / 1e9, NAME, pivots, why);
  }

  /** The program as whole-number arcs: arc j is column j, then the S→T arc. */
  static final class IntegerNetwork {
    int nodes;
    int arcs;
    int bypass;
    int source;
    int sink;
    int[] tail;
    int[] head;
    long[] cap;
    long[] cost;
    long total;
    double costScale;
    double flowScale;

    static IntegerNetwork of(LinearProgram lp, NetworkShape net) {
      int cols = lp.columns();
      for (int j = 0; j < cols; j++) {
        if (net.tail[j] < 0) {
          return null;
        }
        // Only what reaches T may earn; every other arc costs ≥ 0, so no cycle pays and none is unbounded.
        if (net.head[j] != net.sink() && lp.objective(j) > 0) {
          return null;
        }
      }
      IntegerNetwork g = new IntegerNetwork();
      g.costScale = NetworkShape.decimalScale(cols, lp::objective);
      g.flowScale = NetworkShape.decimalScale(cols, j -> Double.isInfinite(net.upper[j]) ? 0 : net.upper[j]);
      if (Double.isNaN(g.costScale) || Double.isNaN(g.flowScale)) {
        return null;
      }
      g.nodes = net.nodes + 2;
      g.source = net.source();
      g.sink = net.sink();
      g.arcs = cols + 1;
      g.bypass = cols;
      g.tail = new int[g.arcs];
      g.head = new int[g.arcs];
      g.cap = new long[g.arcs];
      g.cost = new long[g.arcs];
      double supply = 0;
      long maxCost = 0;
      for (int j = 0; j < cols; j++) {
        g.tail[j] = net.tail[j];
        g.head[j] = net.head[j];
        g.cap[j] = Double.isInfinite(net.upper[j]) ? NetworkSimplex.INF : Math.round(net.upper[j] * g.flowScale);
        g.cost[j] = Math.round(-lp.objective(j) * g.costScale);
        maxCost = Math.max(maxCost, Math.abs(g.cost[j]));
        if (net.tail[j] == net.source()) {
          supply += net.upper[j];
        }
      }
      g.total = Math.round(supply * g.flowScale);
      if (supply * g.flowScale >= 0x1p50 || !fits(maxCost, g.nodes)) {
        return null;
      }
      g.tail[g.bypass] = g.source;
      g.head[g.bypass] = g.sink;
      g.cap[g.bypass] = g.total;
      return g;
    }

    long[] supply() {
      long[] b = new long[nodes];
      b[source] = total;
      b[sink] = -total;
      return b;
    }

    /** The tie-break as whole costs (minimised, so negated); null if a coefficient is off the grid. */
    long[] tieCosts(LinearProgram lp) {
      long[] c = new long[arcs];
      long max = 0;
      for (int j = 0; j < lp.columns(); j++) {
        double v = -lp.tieBreak(j) * TIE_SCALE;
        if (!(Math.abs(v) < 0x1p52) || Math.abs(v - Math.rint(v)) > 1e-3) {
          return null;
        }
        c[j] = (long) Math.rint(v);
        max = Math.max(max, Math.abs(c[j]));
      }
      return fits(max, nodes) ? c : null;
    }

    /** Potentials stay below (|c| + 1)·(n + 1) times a small factor: keep that far from 2^63. */
    private static boolean fits(long maxCost, int nodes) {
      return (maxCost + 1.0) * (nodes + 1.0) < 0x1p60;
    }

  }

  /** The second stage: the tie-break over the free arcs of the optimal face. */
  static final class TieStage {
    NetworkSimplex.Status status;
    long[] flow;
    long pivots;

    static TieStage solve(IntegerNetwork g, long[] f, long[] pi, long[] tieCost) {
      long[] b = g.supply();
      int[] free = new int[g.arcs];
      int n = 0;
      for (int a = 0; a < g.arcs; a++) {
        long reduced = g.cost[a] + pi[g.tail[a]] - pi[g.head[a]];
        if (reduced == 0 && g.cap[a] > 0) {
          free[n++] = a;
        } else {
          b[g.tail[a]] -= f[a];
          b[g.head[a]] += f[a];
        }
      }
      int[] tail = new int[n];
      int[] head = new int[n];
      long[] cap = new long[n];
      long[] cost = new long[n];
      for (int k = 0; k < n; k++) {
        int a = free[k];
        tail[k] = g.tail[a];
        head[k] = g.head[a];
        cap[k] = g.cap[a];
        cost[k] = tieCost[a];
      }
      NetworkSimplex ns = new NetworkSimplex(g.nodes, tail, head, cap, cost, b);
      TieStage out = new TieStage();
      out.status = ns.run();
      out.pivots = ns.pivots();
      out.flow = f.clone();
      if (out.status == NetworkSimplex.Status.OPTIMAL) {
        for (int k = 0; k < n; k++) {
          out.flow[free[k]] = ns.flow(k);
        }
      }
      return out;
    }
  }

  /** Potentials made definite where the basis leaves them free. */
  static final class Potentials {
    private Potentials() {}

    /**
     * The potentials, with each subtree of the final basis that does not hold T shifted as near to π(T)
     * as the arcs between it and the rest allow (an arc at 0 must keep a reduced cost ≥ 0, one at its
     * capacity ≤ 0, one between at 0). Within a subtree the potentials are fixed by its tree arcs; between
     * subtrees any such shift is an optimal dual as well, and the artificial root would otherwise leave a
     * node that no flow reaches priced by the algorithm's artificial cost. Subtrees are shifted one at a
     * time in the order of their top node, so the result is one fixed dual.
     */
    static long[] normalised(NetworkSimplex ns, IntegerNetwork g) {
      int[] top = ns.subtreeTops();
      int home = top[g.sink];
      int[] count = new int[g.nodes];
      for (int a = 0; a < g.arcs; a++) {
        if (top[g.tail[a]] != top[g.head[a]]) {
          count[top[g.tail[a]]]++;
          count[top[g.head[a]]]++;
        }
      }
      int[][] crossing = new int[g.nodes][];
      for (int v = 0; v < g.nodes; v++) {
        if (top[v] == v && v != home) {
          crossing[v] = new int[count[v]];
          count[v] = 0;
        }
      }
      for (int a = 0; a < g.arcs; a++) {
        int s = top[g.tail[a]];
        int t = top[g.head[a]];
        if (s != t) {
          if (crossing[s] != null) {
            crossing[s][count[s]++] = a;
          }
          if (crossing[t] != null) {
            crossing[t][count[t]++] = a;
          }
        }
      }
      for (int v = 0; v < g.nodes; v++) {
        if (crossing[v] == null) {
          continue;
        }
        long lo = Long.MIN_VALUE;
        long hi = Long.MAX_VALUE;
        for (int a : crossing[v]) {
          if (g.cap[a] == 0) {
            continue;
          }
          long reduced = g.cost[a] + ns.potential(g.tail[a]) - ns.potential(g.head[a]);
          long flow = ns.flow(a);
          // Shifting the subtree by d changes this reduced cost by +d (arc out of it) or −d (arc into it).
          boolean out = top[g.tail[a]] == v;
          if (flow > 0 && flow < g.cap[a]) {
            lo = Math.max(lo, 0);
            hi = Math.min(hi, 0);
          } else if (flow == 0) {
            if (out) {
              lo = Math.max(lo, -reduced);
            } else {
              hi = Math.min(hi, reduced);
            }
          } else if (out) {
            hi = Math.min(hi, -reduced);
          } else {
            lo = Math.max(lo, reduced);
          }
        }
        long d = Math.max(lo, Math.min(hi, ns.potential(g.sink) - ns.potential(v)));
        if (d != 0) {
          ns.shiftSubtree(v, d);
        }
      }
      long[] pi = new long[g.nodes];
      for (int v = 0; v < g.nodes; v++) {
        pi[v] = ns.potential(v);
      }
      return pi;
    }
  }
}
