package org.corridor.solve.ortools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.corridor.model.Commodity;
import org.corridor.model.Country;
import org.corridor.model.Demand;
import org.corridor.model.Link;
import org.corridor.model.Mode;
import org.corridor.model.Network;
import org.corridor.model.Node;
import org.corridor.model.Source;
import org.corridor.model.SourceRef;
import org.corridor.model.Supply;
import org.corridor.model.Unit;
import org.corridor.model.Validity;
import org.corridor.policy.DataSet;
import org.corridor.policy.Scenario;
import org.corridor.policy.ScenarioResolver;
import org.corridor.policy.Snapshot;
import org.corridor.solve.FeasibilityChecker;
import org.corridor.solve.FlowResult;
import org.corridor.solve.LinearProgram;
import org.corridor.solve.LpSolution;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.SolverKind;
import org.corridor.solve.TransitFormulation;
import org.corridor.solve.network.NetworkSimplex;
import org.corridor.solve.network.NetworkSolve;
import org.corridor.synthetic.SyntheticNetwork;
import org.junit.jupiter.api.Test;

/**
 * The network simplex path of {@code auto} against GLOP's two stages, and the bare algorithm against
 * OR-Tools' MinCostFlow.
 */
class NetworkSolveTest {
  private static final OrToolsSolver SOLVER = new OrToolsSolver();
  private static final SourceRef RANDOM = SourceRef.estimate("random test network");

  /**
   * Random single-class networks in three countries, with few distinct costs (1..costRange) so that the
   * welfare optimum is often not unique: the network path answers every one, feasible, with GLOP's
   * welfare (1e-9 relative) and GLOP's tie-broken flows (1e-6), where GLOP's second stage has one answer.
   * Where it has several (equal tie-break objectives), the tie-break objectives are compared instead.
   */
  @Property(tries = 80)
  void answersAsGlopsTwoStagesDo(@ForAll @IntRange(min = 3, max = 40) int nodes,
      @ForAll @IntRange(min = 0, max = 80) int extraLinks, @ForAll @IntRange(min = 1, max = 6) int costRange,
      @ForAll boolean rows, @ForAll long seed) {
    Snapshot snap = snapshot(nodes, nodes + extraLinks, costRange, seed);
    TransitFormulation f = TransitFormulation.build(snap,
        rows ? TransitFormulation.CapacityForm.ROWS : TransitFormulation.CapacityForm.BOUNDS_WHERE_SINGLE);
    LinearProgram lp = f.lp();
    LpSolution network = NetworkSolve.solve(lp);
    assertThat(network).as("seed %d: the network path answers", seed).isNotNull();
    assertThat(network.isOptimal()).as("seed %d: %s", seed, network.detail()).isTrue();
    LpSolution glop = SOLVER.solve(lp, SolveOptions.DEFAULT);
    assertThat(glop.isOptimal()).isTrue();
    // OR-Tools' path answers only where the welfare optimum is unique: it tells whether this case had ties.
    boolean ties = MinCostFlowSolve.solve(TransitFormulation.build(snap).lp()) == null;
    Statistics.label("welfare optimum").collect(ties ? "ties" : "unique");
    Statistics.label("welfare optimum").coverage(c -> c.check("ties").percentage(p -> p >= 20));
    assertThat(new FeasibilityChecker().check(FlowResult.from(f, network, 0))).as("seed %d", seed).isEmpty();
    assertThat(network.objective()).as("welfare, seed %d", seed)
        .isCloseTo(glop.objective(), within(1e-9 * Math.max(1, Math.abs(glop.objective()))));
    double tieNetwork = tieBreakValue(lp, network.x());
    double tieGlop = tieBreakValue(lp, glop.x());
    assertThat(tieNetwork).as("tie-break objective, seed %d", seed)
        .isCloseTo(tieGlop, within(1e-9 * Math.max(1, Math.abs(tieGlop))));
    boolean sameFlows = true;
    for (int j = 0; j < lp.columns() && sameFlows; j++) {
      sameFlows = Math.abs(network.x()[j] - glop.x()[j]) <= 1e-6;
    }
    Statistics.label("flows").collect(sameFlows ? "as GLOP's" : "other, equal tie-break objective");
    Statistics.label("flows").coverage(c -> c.check("as GLOP's").percentage(p -> p >= 90));
  }

  /** The network path and GLOP give a column the same reduced cost sign where the optimum is unique. */
  @Test
  void autoAnswersWithTheNetworkSimplexWithoutAFallback() {
    Snapshot snap = snapshot(30, 90, 2, 7);
    LinearProgram lp = TransitFormulation.build(snap).lp();
    LpSolution auto = SOLVER.solve(lp, new SolveOptions(SolverKind.AUTO, 0));
    LpSolution glop = SOLVER.solve(lp, SolveOptions.DEFAULT);
    assertThat(auto.solver()).isEqualTo(NetworkSolve.NAME);
    assertThat(glop.solver()).isEqualTo("glop");
    assertThat(auto.objective()).isCloseTo(glop.objective(), within(1e-9 * Math.abs(glop.objective())));
  }

  /**
   * Random min-cost flow problems (parallel arcs, zero capacities, negative costs): the same status as
   * OR-Tools' MinCostFlow and, where optimal, exactly the same cost.
   */
  @Property(tries = 200)
  void sameOptimalCostAsOrToolsMinCostFlow(@ForAll @IntRange(min = 2, max = 40) int nodes,
      @ForAll @IntRange(min = 0, max = 150) int arcs, @ForAll long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int[] tail = new int[arcs];
    int[] head = new int[arcs];
    long[] cap = new long[arcs];
    long[] cost = new long[arcs];
    for (int a = 0; a < arcs; a++) {
      tail[a] = rnd.nextInt(nodes);
      head[a] = rnd.nextInt(nodes);
      cap[a] = rnd.nextInt(10) == 0 ? 0 : rnd.nextInt(1, 50);
      cost[a] = rnd.nextInt(-20, 1000);
    }
    long[] supply = new long[nodes];
    for (int k = 0; k < nodes; k++) {
      long q = rnd.nextInt(30);
      supply[rnd.nextInt(nodes)] += q;
      supply[rnd.nextInt(nodes)] -= q;
    }
    NetworkSimplex ns = new NetworkSimplex(nodes, tail, head, cap, cost, supply);
    NetworkSimplex.Status status = ns.run();
    OrToolsSolver.loadNativeLibraries();
    MinCostFlow mcf = new MinCostFlow();
    try {
      for (int a = 0; a < arcs; a++) {
        mcf.addArcWithCapacityAndUnitCost(tail[a], head[a], cap[a], cost[a]);
      }
      for (int v = 0; v < nodes; v++) {
        mcf.setNodeSupply(v, supply[v]);
      }
      MinCostFlowBase.Status reference = mcf.solve();
      Statistics.collect(reference);
      Statistics.coverage(c -> c.check(MinCostFlowBase.Status.OPTIMAL).percentage(p -> p >= 15));
      if (reference != MinCostFlowBase.Status.OPTIMAL) {
        assertThat(reference).isEqualTo(MinCostFlowBase.Status.INFEASIBLE);
        assertThat(status).as("seed %d", seed).isEqualTo(NetworkSimplex.Status.INFEASIBLE);
        return;
      }
      assertThat(status).as("seed %d", seed).isEqualTo(NetworkSimplex.Status.OPTIMAL);
      long total = 0;
      for (int a = 0; a < arcs; a++) {
        total += ns.flow(a) * cost[a];
      }
      assertThat(total).as("seed %d", seed).isEqualTo(mcf.getOptimalCost());
    } finally {
      mcf.delete();
    }
  }

  private static double tieBreakValue(LinearProgram lp, double[] x) {
    double v = 0;
    for (int j = 0; j < lp.columns(); j++) {
      v += lp.tieBreak(j) * x[j];
    }
    return v;
  }

  /**
   * A ring of {@code nodes} nodes in three countries, then random links; one commodity, supply only in
   * country C0 (one flow class); 30% of links both ways; costs 1..costRange, capacities 1..50.
   */
  static Snapshot snapshot(int nodes, int links, int costRange, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Node> ns = new ArrayList<>();
    for (int i = 0; i < nodes; i++) {
      ns.add(new Node("N" + i, "Node " + i, "C" + i % 3, i % 4 == 3 ? Node.Kind.MARKET : Node.Kind.HUB, 0, 0,
          null, null, RANDOM));
    }
    List<Link> ls = new ArrayList<>();
    for (int l = 0; l < links; l++) {
      int[] ends = SyntheticNetwork.ends(l, nodes, rnd);
      int from = ends[0];
      int to = ends[1];
      boolean both = rnd.nextInt(10) < 3;
      ls.add(new Link("L" + l, null, "N" + from, "N" + to, both ? Mode.RAIL : Mode.PIPELINE, List.of("c0"),
          1 + rnd.nextInt(50), Unit.MT, Link.Sharing.SHARED, both, 1 + rnd.nextInt(costRange), 0, null,
          Link.Status.OPERATING, null, Validity.ALWAYS, List.of(), null, RANDOM));
    }
    List<Supply> supply = new ArrayList<>();
    List<Demand> demand = new ArrayList<>();
    for (int i = 0; i < nodes; i += 3) {
      supply.add(new Supply("N" + i, "c0", 10 + rnd.nextInt(60), rnd.nextInt(3), RANDOM));
    }
    for (int i = 3; i < nodes; i += 4) {
      demand.add(new Demand("N" + i, "c0", 5 + rnd.nextInt(60), 20 + rnd.nextInt(3), RANDOM));
    }
    Source src = new Source("random", "Random test network", "Corridor", LocalDate.of(2026, 1, 1), "none",
        "seed " + seed);
    List<Country> countries = List.of(new Country("C0", "Country 0", false, RANDOM),
        new Country("C1", "Country 1", false, RANDOM), new Country("C2", "Country 2", false, RANDOM));
    Network net = new Network(List.of(src), countries, List.of(), List.of(),
        List.of(new Commodity("c0", "Commodity 0", Unit.MT, 300, RANDOM)), List.of(), List.of(), ns, ls, supply,
        demand);
    return new ScenarioResolver(new DataSet(Path.of("random"), net, List.of(), Map.of(), null, List.of(), List.of()))
        .resolve(Scenario.base(LocalDate.of(2025, 1, 1)));
  }
}
