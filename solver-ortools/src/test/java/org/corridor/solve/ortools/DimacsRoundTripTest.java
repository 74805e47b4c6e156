package org.corridor.solve.ortools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.corridor.io.DataSetLoader;
import org.corridor.io.dimacs.DimacsImport;
import org.corridor.io.dimacs.DimacsNetwork;
import org.corridor.io.dimacs.DimacsReader;
import org.corridor.policy.Scenario;
import org.corridor.policy.ScenarioResolver;
import org.corridor.solve.FlowResult;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.SolverKind;
import org.corridor.solve.TransitModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A DIMACS file imported, solved as a Corridor data set, and its optimal cost recovered as P·D − welfare. */
class DimacsRoundTripTest {
  private static final OrToolsSolver SOLVER = new OrToolsSolver();

  /** The hand-checked instance of data/examples/dimacs/small.min: optimal cost 14, with GLOP and with the auto choice. */
  @Test
  void smallInstanceGivesItsKnownCost(@TempDir Path dir) throws Exception {
    String small = Files.readString(Path.of("../data/examples/dimacs/small.min"), StandardCharsets.US_ASCII);
    DimacsNetwork n = DimacsReader.read(new StringReader(small), "small.min");
    DimacsImport.Result r = DimacsImport.write(n, dir.resolve("ds"), "small.min", LocalDate.of(2026, 1, 1), "0");
    for (SolverKind kind : List.of(SolverKind.GLOP, SolverKind.AUTO)) {
      FlowResult f = solve(dir.resolve("ds"), kind);
      assertThat(f.objective()).as("welfare, %s", kind).isCloseTo(26, within(1e-9));
      assertThat(r.minCost(f.objective())).as("cost, %s", kind).isCloseTo(14, within(1e-9));
    }
  }

  /**
   * On random feasible instances (flows on random paths set the supplies, so a flow exists; extra arcs
   * make alternatives), the cost recovered from Corridor's welfare is the one OR-Tools' MinCostFlow finds
   * on the DIMACS network itself, to 1e-9 relative. Costs stay at most 1e4 on 40 nodes, so P is never capped
   * at 1e6 (where it is, and a path costs more than P, the formula fails: a shrunk case of 3 nodes with costs
   * up to 1e6 delivered less than D).
   */
  @Property(tries = 40)
  void recoveredCostIsTheMinCostFlowOptimum(@ForAll @IntRange(min = 2, max = 40) int nodes,
      @ForAll @IntRange(min = 0, max = 120) int extraArcs, @ForAll @IntRange(min = 0, max = 2) int costScale,
      @ForAll long seed) throws Exception {
    DimacsNetwork net = randomInstance(nodes, extraArcs, (long) Math.pow(100, costScale), seed);
    Path dir = Files.createTempDirectory("dimacs");
    try {
      DimacsImport.Result r = DimacsImport.write(net, dir.resolve("ds"), "random.min", LocalDate.of(2026, 1, 1), "0");
      double expected = minCostFlow(net);
      double cost = r.minCost(solve(dir.resolve("ds"), SolverKind.GLOP).objective());
      assertThat(cost).as("seed %d, P = %d", seed, r.price())
          .isCloseTo(expected, within(1e-9 * Math.max(1, Math.abs(expected))));
    } finally {
      try (var walk = Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static FlowResult solve(Path folder, SolverKind kind) throws Exception {
    org.corridor.policy.DataSet data;
    try {
      data = DataSetLoader.load(folder, false).dataSet(); // warnings (a network without supply) are allowed
    } catch (org.corridor.io.InvalidModelException e) {
      throw new AssertionError("the imported data set is invalid: " + e.problems(), e);
    }
    var snap = new ScenarioResolver(data).resolve(Scenario.base(LocalDate.of(2026, 1, 1)));
    FlowResult f = new TransitModel(SOLVER, new SolveOptions(kind, 60)).solve(snap);
    assertThat(f.status().label()).isEqualTo("optimal");
    return f;
  }

  private static DimacsNetwork randomInstance(int nodes, int extraArcs, long maxCost, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    long[] supply = new long[nodes];
    List<long[]> arcs = new ArrayList<>();
    int paths = 1 + rnd.nextInt(4);
    for (int p = 0; p < paths; p++) {
      int len = 1 + rnd.nextInt(Math.min(6, nodes - 1));
      // The first path carries more than the others together, so its supply is never cancelled out.
      long amount = p == 0 ? 200 + rnd.nextInt(50) : 1 + rnd.nextInt(50);
      int at = rnd.nextInt(nodes);
      int start = at;
      for (int k = 0; k < len; k++) {
        int next = rnd.nextInt(nodes - 1);
        next = next >= at ? next + 1 : next;
        arcs.add(new long[] {at + 1, next + 1, amount + rnd.nextInt(20), rnd.nextLong(maxCost + 1)});
        at = next;
      }
      if (at == start) {
        int next = (start + 1) % nodes;
        arcs.add(new long[] {at + 1, next + 1, amount, rnd.nextLong(maxCost + 1)});
        at = next;
      }
      supply[start] += amount;
      supply[at] -= amount;
    }
    for (int k = 0; k < extraArcs; k++) {
      int a = rnd.nextInt(nodes);
      int b = rnd.nextInt(nodes - 1);
      b = b >= a ? b + 1 : b;
      arcs.add(new long[] {a + 1, b + 1, rnd.nextInt(300), rnd.nextLong(maxCost + 1)});
    }
    int m = arcs.size();
    int[] from = new int[m];
    int[] to = new int[m];
    long[] cap = new long[m];
    long[] cost = new long[m];
    for (int k = 0; k < m; k++) {
      from[k] = (int) arcs.get(k)[0];
      to[k] = (int) arcs.get(k)[1];
      cap[k] = arcs.get(k)[2];
      cost[k] = arcs.get(k)[3];
    }
    return new DimacsNetwork(nodes, supply, from, to, cap, cost);
  }

  /** The independent answer: OR-Tools' min-cost-flow on the DIMACS network as it is. */
  private static double minCostFlow(DimacsNetwork net) {
    OrToolsSolver.loadNativeLibraries();
    MinCostFlow f = new MinCostFlow();
    try {
      for (int k = 0; k < net.arcs(); k++) {
        f.addArcWithCapacityAndUnitCost(net.from()[k] - 1, net.to()[k] - 1, net.capacity()[k], net.cost()[k]);
      }
      for (int i = 0; i < net.nodes(); i++) {
        f.setNodeSupply(i, net.supply()[i]);
      }
      assertThat(f.solve()).isEqualTo(MinCostFlowBase.Status.OPTIMAL);
      return f.getOptimalCost();
    } finally {
      f.delete();
    }
  }
}
