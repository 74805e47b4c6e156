package org.corridor.solve.ortools;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.corridor.solve.LinearProgram;
import org.corridor.solve.LpSolution;
import org.corridor.solve.LpStatus;
import org.corridor.solve.network.NetworkDuals;
import org.corridor.solve.network.NetworkShape;

/**
 * Solves a {@link LinearProgram} of {@link NetworkShape} exactly with OR-Tools' network algorithm
 * ({@code MinCostFlow}, cost scaling), when three things hold; otherwise it gives no answer (null) and the
 * caller solves the program as an LP:
 * <ol>
 *   <li><b>Integral after decimal scaling.</b> Every cost times 10^a and every bound times 10^b is a whole
 *       number (a, b ≤ 9) and no total can overflow: the network algorithm is then exact, with no
 *       tolerance, and the flow is an optimal vertex of the LP.</li>
 *   <li><b>The optimum is unique</b> up to columns that are exact copies of one another (the slices of a
 *       supply row): no cycle of zero reduced cost in the residual network (checked on whole numbers). The
 *       tie-break stage of {@code LexicographicSolve} would then find this same flow, so it is not run; among
 *       copies, the flow is shared in order of falling tie-break coefficient, as that stage would.</li>
 *   <li><b>The duals certify it.</b> Node potentials (shortest distances in the residual network) give the
 *       balance rows' duals; the rows that are bounds take what is left of their column's reduced cost.
 *       The certificate (primal feasibility, sign of every reduced cost and dual, complementary slackness) is
 *       checked in floating point before the answer is returned; a failed check is an {@code error}.</li>
 * </ol>
 * The min-cost flow: S feeds the supply arcs, every delivery drains to T, and an arc S→T at cost 0 lets
 * supply stay home; S sends the total supply F. Costs into T are shifted by K (every unit reaching T uses
 * exactly one such arc), so that no cost is negative.
 */
final class MinCostFlowSolve {
  static final String NAME = "min-cost-flow";

  private MinCostFlowSolve() {}

  /**
   * The optimum; null when the program is not a network, not integral (or could overflow), its optimum is
   * not unique, or the residual distances take too long; an {@code error} status when the algorithm or
   * the certificate fails, which is a fault to report, not a case for another solver.
   */
  static LpSolution solve(LinearProgram lp) {
    long t0 = System.nanoTime();
    NetworkShape net = NetworkShape.of(lp);
    if (net == null) {
      return null;
    }
    Arcs arcs = Arcs.merge(lp, net);
    if (arcs == null) {
      return null;
    }
    MinCostFlow flow = new MinCostFlow();
    try {
      for (int a = 0; a < arcs.count; a++) {
        flow.addArcWithCapacityAndUnitCost(arcs.tail[a], arcs.head[a], arcs.cap[a], arcs.cost[a]);
      }
      flow.setNodeSupply(net.source(), arcs.total);
      flow.setNodeSupply(net.sink(), -arcs.total);
      MinCostFlowBase.Status status = flow.solve();
      if (status == MinCostFlowBase.Status.BAD_COST_RANGE) {
        return null;
      }
      if (status != MinCostFlowBase.Status.OPTIMAL) {
        // Feasible by construction (S→T takes everything): anything else is a failure to show, not to hide.
        return failed(t0, "the network algorithm ended " + status);
      }
      long[] f = new long[arcs.count];
      for (int a = 0; a < arcs.count; a++) {
        f[a] = flow.getFlow(a);
      }
      long[] dist = Potentials.of(net.nodes + 2, arcs, f);
      if (dist == null || !Potentials.unique(net.nodes + 2, arcs, f, dist)) {
        return null;
      }
      double[] x = arcs.columnValues(net, f);
      double[] nodeValue = new double[net.nodes];
      for (int v = 0; v < net.nodes; v++) {
        nodeValue[v] = (dist[v] - dist[net.sink()] + arcs.shift) / arcs.costScale;
      }
      NetworkDuals duals = NetworkDuals.of(lp, net, nodeValue, x);
      if (!duals.certify(lp, net, x)) {
        return failed(t0, "the network algorithm's answer failed its optimality certificate");
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      return new LpSolution(LpStatus.OPTIMAL, lp.objectiveValue(x), x, duals.row, duals.reduced, seconds, NAME, 0,
          "");
    } finally {
      flow.delete();
    }
  }

  private record Key(int tail, int head, long cost) {}

  private static LpSolution failed(long t0, String why) {
    return new LpSolution(LpStatus.ERROR, Double.NaN, new double[0], new double[0], new double[0],
        (System.nanoTime() - t0) / 1e9, NAME, 0, why);
  }

  /** The network's arcs in whole numbers; columns with the same ends and cost share one arc. */
  static final class Arcs {
    int count;
    int[] tail;
    int[] head;
    long[] cap;
    long[] cost;
    /** Arc of each column (-1: no arc); the columns of each arc, in the order they take flow. */
    int[] arcOf;
    int[][] columns;
    long total;
    /** The S→T arc; it stands for S and T being one node in the LP, so it counts as usable both ways. */
    int bypass;
    double costScale;
    double flowScale;
    long shift;

    static Arcs merge(LinearProgram lp, NetworkShape net) {
      int cols = lp.columns();
      Arcs a = new Arcs();
      a.costScale = NetworkShape.decimalScale(cols, j -> net.tail[j] < 0 ? 0 : lp.objective(j));
      double maxFinite = 0;
      for (int j = 0; j < cols; j++) {
        if (net.tail[j] >= 0 && !Double.isInfinite(net.upper[j])) {
          maxFinite = Math.max(maxFinite, net.upper[j]);
        }
        if (net.tail[j] < 0 && lp.objective(j) > 0 && Double.isInfinite(net.upper[j])) {
          return null;
        }
        // Only what reaches T may earn; every other arc costs ≥ 0, so no cycle pays.
        if (net.tail[j] >= 0 && net.head[j] != net.sink() && lp.objective(j) > 0) {
          return null;
        }
      }
      a.flowScale = NetworkShape.decimalScale(cols, j -> net.tail[j] < 0 || Double.isInfinite(net.upper[j]) ? 0 : net.upper[j]);
      if (Double.isNaN(a.costScale) || Double.isNaN(a.flowScale)) {
        return null;
      }
      Map<Key, Integer> byKey = new HashMap<>();
      a.arcOf = new int[cols];
      Arrays.fill(a.arcOf, -1);
      int[] tails = new int[cols + 1];
      int[] heads = new int[cols + 1];
      long[] caps = new long[cols + 1];
      long[] costs = new long[cols + 1];
      int[][] members = new int[cols + 1][];
      int[] sizes = new int[cols + 1];
      double supply = 0;
      long maxPrice = 0;
      for (int j = 0; j < cols; j++) {
        if (net.tail[j] < 0) {
          continue;
        }
        long c = Math.round(-lp.objective(j) * a.costScale);
        Key key = new Key(net.tail[j], net.head[j], c);
        Integer arc = byKey.get(key);
        if (arc == null) {
          arc = a.count++;
          byKey.put(key, arc);
          tails[arc] = net.tail[j];
          heads[arc] = net.head[j];
          costs[arc] = c;
          members[arc] = new int[2];
        }
        if (sizes[arc] == members[arc].length) {
          members[arc] = Arrays.copyOf(members[arc], sizes[arc] * 2);
        }
        members[arc][sizes[arc]++] = j;
        a.arcOf[j] = arc;
        if (net.tail[j] == net.source()) {
          supply += net.upper[j];
        }
        if (net.head[j] == net.sink()) {
          maxPrice = Math.max(maxPrice, -c);
        }
      }
      a.total = Math.round(supply * a.flowScale);
      if (a.total >= (1L << 50)) {
        return null;
      }
      a.shift = maxPrice;
      double costTotal = 0;
      for (int arc = 0; arc < a.count; arc++) {
        double capSum = 0;
        for (int m = 0; m < sizes[arc]; m++) {
          capSum += net.upper[members[arc][m]];
        }
        caps[arc] = Double.isInfinite(capSum) ? a.total : Math.min(a.total, Math.round(capSum * a.flowScale));
        if (heads[arc] == net.sink()) {
          costs[arc] += a.shift;
        }
        costTotal += Math.abs((double) costs[arc]) * caps[arc];
        members[arc] = Arrays.copyOf(members[arc], sizes[arc]);
        if (sizes[arc] > 1) {
          // Copies take flow in order of falling tie-break, as the tie-break stage would share it.
          members[arc] = Arrays.stream(members[arc]).boxed()
              .sorted((p, q) -> Double.compare(lp.tieBreak(q), lp.tieBreak(p)) != 0
                  ? Double.compare(lp.tieBreak(q), lp.tieBreak(p)) : Integer.compare(p, q))
              .mapToInt(Integer::intValue).toArray();
        }
      }
      // The S→T arc: supply left at home.
      tails[a.count] = net.source();
      heads[a.count] = net.sink();
      caps[a.count] = a.total;
      costs[a.count] = a.shift;
      members[a.count] = new int[0];
      a.bypass = a.count++;
      costTotal += (double) a.shift * a.total;
      if (costTotal >= 0x1p60) {
        return null;
      }
      a.tail = Arrays.copyOf(tails, a.count);
      a.head = Arrays.copyOf(heads, a.count);
      a.cap = Arrays.copyOf(caps, a.count);
      a.cost = Arrays.copyOf(costs, a.count);
      a.columns = Arrays.copyOf(members, a.count);
      return a;
    }


    /** Whether flow can both rise and fall on the arc. */
    boolean free(int a, long[] f) {
      return a == bypass || f[a] > 0 && f[a] < cap[a];
    }

    /** Each column's value: its arc's flow, filled into the arc's columns in order up to their bounds. */
    double[] columnValues(NetworkShape net, long[] f) {
      double[] x = new double[net.upper.length];
      for (int arc = 0; arc < count; arc++) {
        long left = f[arc];
        for (int j : columns[arc]) {
          if (left == 0) {
            break;
          }
          double up = net.upper[j];
          long room = Double.isInfinite(up) ? left : Math.min(left, Math.round(up * flowScale));
          x[j] = room / flowScale;
          left -= room;
        }
      }
      return x;
    }
  }

  /** Shortest distances in the residual network: reduced costs c + d(u) − d(v) ≥ 0 on every residual arc. */
  static final class Potentials {
    private Potentials() {}

    static long[] of(int n, Arcs arcs, long[] f) {
      long[] d = new long[n];
      boolean[] queued = new boolean[n];
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      int[][] outArcs = adjacency(n, arcs);
      for (int v = 0; v < n; v++) {
        queue.add(v);
        queued[v] = true;
      }
      // Label-correcting is fast on these graphs but has no good bound: past this many scans, give up.
      long budget = 1000L * (n + 2L * arcs.count);
      while (!queue.isEmpty()) {
        int u = queue.poll();
        budget -= outArcs[u].length + 1;
        if (budget < 0) {
          return null;
        }
        queued[u] = false;
        for (int e : outArcs[u]) {
          int a = e >> 1;
          boolean forward = (e & 1) == 0;
          if (!arcs.free(a, f) && (forward ? f[a] >= arcs.cap[a] : f[a] <= 0)) {
            continue;
          }
          int v = forward ? arcs.head[a] : arcs.tail[a];
          long c = forward ? arcs.cost[a] : -arcs.cost[a];
          if (d[u] + c < d[v]) {
            d[v] = d[u] + c;
            if (!queued[v]) {
              queued[v] = true;
              queue.add(v);
            }
          }
        }
      }
      return d;
    }

    /** Residual arcs of each node: 2a for arc a forward (from its tail), 2a+1 backward (from its head). */
    static int[][] adjacency(int n, Arcs arcs) {
      int[] degree = new int[n];
      for (int a = 0; a < arcs.count; a++) {
        degree[arcs.tail[a]]++;
        degree[arcs.head[a]]++;
      }
      int[][] out = new int[n][];
      for (int v = 0; v < n; v++) {
        out[v] = new int[degree[v]];
        degree[v] = 0;
      }
      for (int a = 0; a < arcs.count; a++) {
        out[arcs.tail[a]][degree[arcs.tail[a]]++] = 2 * a;
        out[arcs.head[a]][degree[arcs.head[a]]++] = 2 * a + 1;
      }
      return out;
    }

    /**
     * Whether no other flow has the same cost: no cycle of residual arcs of zero reduced cost, other than
     * going along an arc and straight back. Arcs free both ways (0 < flow < capacity) join nodes into
     * trees (a second path between two nodes is a cycle); the arcs of zero reduced cost usable one way only
     * must then form no directed cycle between those trees.
     */
    static boolean unique(int n, Arcs arcs, long[] f, long[] d) {
      int[] parent = new int[n];
      for (int v = 0; v < n; v++) {
        parent[v] = v;
      }
      for (int a = 0; a < arcs.count; a++) {
        if (arcs.free(a, f)) {
          int r = find(parent, arcs.tail[a]);
          int s = find(parent, arcs.head[a]);
          if (r == s) {
            return false;
          }
          parent[r] = s;
        }
      }
      int[] indegree = new int[n];
      int[][] next = new int[n][];
      int[] size = new int[n];
      for (int a = 0; a < arcs.count; a++) {
        if (arcs.free(a, f)) {
          continue;
        }
        long reduced = arcs.cost[a] + d[arcs.tail[a]] - d[arcs.head[a]];
        if (reduced != 0 || arcs.cap[a] == 0) {
          continue;
        }
        int from = find(parent, f[a] == 0 ? arcs.tail[a] : arcs.head[a]);
        int to = find(parent, f[a] == 0 ? arcs.head[a] : arcs.tail[a]);
        if (from == to) {
          return false;
        }
        if (next[from] == null) {
          next[from] = new int[2];
        } else if (size[from] == next[from].length) {
          next[from] = Arrays.copyOf(next[from], size[from] * 2);
        }
        next[from][size[from]++] = to;
        indegree[to]++;
      }
      ArrayDeque<Integer> ready = new ArrayDeque<>();
      for (int v = 0; v < n; v++) {
        if (indegree[v] == 0) {
          ready.add(v);
        }
      }
      int seen = 0;
      while (!ready.isEmpty()) {
        int v = ready.poll();
        seen++;
        for (int k = 0; k < size[v]; k++) {
          if (--indegree[next[v][k]] == 0) {
            ready.add(next[v][k]);
          }
        }
      }
      return seen == n;
    }

    private static int find(int[] parent, int v) {
      while (parent[v] != v) {
        parent[v] = parent[parent[v]];
        v = parent[v];
      }
      return v;
    }
  }
}
