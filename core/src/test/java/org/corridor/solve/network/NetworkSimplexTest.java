package org.corridor.solve.network;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.corridor.solve.network.NetworkSimplex.Status;
import org.junit.jupiter.api.Test;

/** The network simplex on hand-checked networks, and against successive shortest paths on random ones. */
class NetworkSimplexTest {
  private static final long INF = NetworkSimplex.INF;

  /**
   * <pre>
   *   s ──(cap 4, cost 1)──▶ a ──(cap 3, cost 1)──▶ t
   *   s ──────────(cap 5, cost 5)──────────────────▶ t        s supplies 5, t takes 5
   * </pre>
   * Three units go through a (cost 2 each), two go straight (5 each): 16. Potentials price the units.
   */
  @Test
  void sendsWhatTheCheapPathTakesAndTheRestStraight() {
    Instance p = new Instance(3, new int[] {0, 1, 0}, new int[] {1, 2, 2}, new long[] {4, 3, 5},
        new long[] {1, 1, 5}, new long[] {5, 0, -5});
    NetworkSimplex ns = p.solve();
    assertThat(ns.run()).isEqualTo(Status.OPTIMAL);
    assertThat(flows(ns, 3)).containsExactly(3, 3, 2);
    assertThat(p.cost(ns)).isEqualTo(16);
    // The straight arc carries flow below its capacity, so π(t) − π(s) = 5; the saturated arc a→t is cheaper.
    assertThat(ns.potential(2) - ns.potential(0)).isEqualTo(5);
    p.assertOptimal(ns);
  }

  /** Parallel arcs: the cheaper fills first. Zero-capacity arcs carry nothing, however cheap. */
  @Test
  void parallelAndZeroCapacityArcs() {
    Instance p = new Instance(2, new int[] {0, 0, 0}, new int[] {1, 1, 1}, new long[] {3, 3, 0},
        new long[] {2, 1, -7}, new long[] {4, -4});
    NetworkSimplex ns = p.solve();
    assertThat(ns.run()).isEqualTo(Status.OPTIMAL);
    assertThat(flows(ns, 3)).containsExactly(1, 3, 0);
    assertThat(p.cost(ns)).isEqualTo(5);
    p.assertOptimal(ns);
  }

  @Test
  void tooLittleCapacityIsInfeasible() {
    Instance p = new Instance(2, new int[] {0}, new int[] {1}, new long[] {1}, new long[] {1}, new long[] {2, -2});
    assertThat(p.solve().run()).isEqualTo(Status.INFEASIBLE);
  }

  @Test
  void suppliesThatDoNotBalanceAreInfeasible() {
    Instance p = new Instance(2, new int[] {0}, new int[] {1}, new long[] {9}, new long[] {1}, new long[] {2, -1});
    assertThat(p.solve().run()).isEqualTo(Status.INFEASIBLE);
  }

  /** a → b at −1 and back at 0, neither bounded: every turn earns 1. */
  @Test
  void aNegativeCycleWithoutBoundIsUnbounded() {
    Instance p = new Instance(2, new int[] {0, 1}, new int[] {1, 0}, new long[] {INF, INF}, new long[] {-1, 0},
        new long[] {0, 0});
    assertThat(p.solve().run()).isEqualTo(Status.UNBOUNDED);
  }

  /** The same cycle with a bound is filled to it. */
  @Test
  void aBoundedNegativeCycleIsFilled() {
    Instance p = new Instance(2, new int[] {0, 1}, new int[] {1, 0}, new long[] {7, INF}, new long[] {-1, 0},
        new long[] {0, 0});
    NetworkSimplex ns = p.solve();
    assertThat(ns.run()).isEqualTo(Status.OPTIMAL);
    assertThat(flows(ns, 2)).containsExactly(7, 7);
    p.assertOptimal(ns);
  }

  /**
   * Random networks (parallel arcs, zero capacities, unbounded arcs, negative costs on bounded arcs): the
   * same optimal cost as successive shortest paths, or both infeasible; the flow conserves, keeps its
   * bounds, and the potentials certify it.
   */
  @Property(tries = 300)
  void agreesWithSuccessiveShortestPaths(@ForAll @IntRange(min = 1, max = 25) int nodes,
      @ForAll @IntRange(min = 0, max = 80) int arcs, @ForAll @IntRange(min = 1, max = 30) int costRange,
      @ForAll long seed) {
    Instance p = Instance.random(nodes, arcs, costRange, new SplittableRandom(seed));
    NetworkSimplex ns = p.solve();
    Status status = ns.run();
    Long reference = SuccessiveShortestPaths.minCost(p);
    Statistics.collect(status);
    Statistics.coverage(c -> c.check(Status.OPTIMAL).percentage(q -> q >= 30));
    if (reference == null) {
      assertThat(status).as("seed %d", seed).isEqualTo(Status.INFEASIBLE);
      return;
    }
    assertThat(status).as("seed %d", seed).isEqualTo(Status.OPTIMAL);
    assertThat(p.cost(ns)).as("seed %d", seed).isEqualTo(reference);
    p.assertOptimal(ns);
  }

  private static long[] flows(NetworkSimplex ns, int arcs) {
    long[] f = new long[arcs];
    for (int a = 0; a < arcs; a++) {
      f[a] = ns.flow(a);
    }
    return f;
  }

  /** A min-cost flow problem and the checks of an answer to it. */
  record Instance(int nodes, int[] tail, int[] head, long[] cap, long[] cost, long[] supply) {
    NetworkSimplex solve() {
      return new NetworkSimplex(nodes, tail, head, cap, cost, supply);
    }

    long cost(NetworkSimplex ns) {
      long c = 0;
      for (int a = 0; a < tail.length; a++) {
        c += ns.flow(a) * cost[a];
      }
      return c;
    }

    /** Conservation, bounds, and reduced costs ≥ 0 at 0, ≤ 0 at capacity, 0 between. */
    void assertOptimal(NetworkSimplex ns) {
      long[] net = new long[nodes];
      for (int a = 0; a < tail.length; a++) {
        long f = ns.flow(a);
        assertThat(f).as("arc %d", a).isBetween(0L, cap[a]);
        net[tail[a]] += f;
        net[head[a]] -= f;
        long reduced = cost[a] + ns.potential(tail[a]) - ns.potential(head[a]);
        if (f < cap[a]) {
          assertThat(reduced).as("reduced cost of arc %d below capacity", a).isGreaterThanOrEqualTo(0);
        }
        if (f > 0) {
          assertThat(reduced).as("reduced cost of arc %d with flow", a).isLessThanOrEqualTo(0);
        }
      }
      assertThat(net).isEqualTo(supply);
    }

    static Instance random(int nodes, int arcs, int costRange, SplittableRandom rnd) {
      int[] tail = new int[arcs];
      int[] head = new int[arcs];
      long[] cap = new long[arcs];
      long[] cost = new long[arcs];
      for (int a = 0; a < arcs; a++) {
        tail[a] = rnd.nextInt(nodes);
        head[a] = rnd.nextInt(nodes);
        int kind = rnd.nextInt(10);
        cap[a] = kind == 0 ? 0 : kind == 1 ? INF : rnd.nextInt(1, 20);
        // Negative costs only where bounded, so the problem stays bounded.
        cost[a] = cap[a] == INF ? rnd.nextInt(costRange) : rnd.nextInt(-costRange / 3, costRange);
      }
      long[] supply = new long[nodes];
      for (int k = 0; k < nodes / 2; k++) {
        long q = rnd.nextInt(15);
        supply[rnd.nextInt(nodes)] += q;
        supply[rnd.nextInt(nodes)] -= q;
      }
      return new Instance(nodes, tail, head, cap, cost, supply);
    }
  }

  /**
   * Busacker–Gowen: saturate negative arcs, then send excess to deficit along shortest residual paths
   * (Bellman–Ford from all excess nodes at once). A reference only: slow and plain.
   */
  static final class SuccessiveShortestPaths {
    private SuccessiveShortestPaths() {}

    /** The minimum cost, or null when infeasible. */
    static Long minCost(Instance p) {
      int m = p.tail().length;
      long[] f = new long[m];
      long[] excess = p.supply().clone();
      long total = 0;
      for (int a = 0; a < m; a++) {
        if (p.cost()[a] < 0) {
          f[a] = p.cap()[a];
          excess[p.tail()[a]] -= f[a];
          excess[p.head()[a]] += f[a];
          total += f[a] * p.cost()[a];
        }
      }
      while (true) {
        long[] dist = new long[p.nodes()];
        int[] via = new int[p.nodes()];
        Arrays.fill(dist, Long.MAX_VALUE);
        Arrays.fill(via, -1);
        boolean any = false;
        for (int v = 0; v < p.nodes(); v++) {
          if (excess[v] > 0) {
            dist[v] = 0;
            any = true;
          }
        }
        if (!any) {
          return total;
        }
        for (boolean changed = true; changed; ) {
          changed = false;
          for (int e = 0; e < 2 * m; e++) {
            int a = e / 2;
            boolean forward = e % 2 == 0;
            long room = forward ? p.cap()[a] - f[a] : f[a];
            int u = forward ? p.tail()[a] : p.head()[a];
            int v = forward ? p.head()[a] : p.tail()[a];
            long c = forward ? p.cost()[a] : -p.cost()[a];
            if (room > 0 && dist[u] != Long.MAX_VALUE && dist[u] + c < dist[v]) {
              dist[v] = dist[u] + c;
              via[v] = e;
              changed = true;
            }
          }
        }
        int target = -1;
        for (int v = 0; v < p.nodes(); v++) {
          if (excess[v] < 0 && dist[v] != Long.MAX_VALUE && (target < 0 || dist[v] < dist[target])) {
            target = v;
          }
        }
        if (target < 0) {
          return null;
        }
        long push = -excess[target];
        int v = target;
        while (via[v] >= 0) {
          int e = via[v];
          int a = e / 2;
          push = Math.min(push, e % 2 == 0 ? p.cap()[a] - f[a] : f[a]);
          v = e % 2 == 0 ? p.tail()[a] : p.head()[a];
        }
        push = Math.min(push, excess[v]);
        int start = v;
        v = target;
        while (via[v] >= 0) {
          int e = via[v];
          int a = e / 2;
          f[a] += e % 2 == 0 ? push : -push;
          total += (e % 2 == 0 ? push : -push) * p.cost()[a];
          v = e % 2 == 0 ? p.tail()[a] : p.head()[a];
        }
        excess[start] -= push;
        excess[target] += push;
      }
    }
  }
}
