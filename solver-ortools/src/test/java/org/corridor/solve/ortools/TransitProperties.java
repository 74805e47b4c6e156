package org.corridor.solve.ortools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.corridor.model.Demand;
import org.corridor.model.Link;
import org.corridor.model.Supply;
import org.corridor.policy.DataSet;
import org.corridor.policy.Policy;
import org.corridor.policy.Scenario;
import org.corridor.policy.ScenarioResolver;
import org.corridor.policy.Snapshot;
import org.corridor.policy.TransitBan;
import org.corridor.solve.FeasibilityChecker;
import org.corridor.solve.FlowResult;
import org.corridor.solve.ScenarioSweep;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.SolverKind;
import org.corridor.solve.TransitFormulation;
import org.corridor.solve.TransitModel;
import org.corridor.synthetic.SyntheticNetwork;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.graph.DirectedWeightedMultigraph;

/**
 * The solver's invariants on seeded random networks. jqwik prints the seed of any failing case; the
 * network's own seed is a parameter, so a failure can be replayed exactly.
 */
class TransitProperties {
  private static final TransitModel GLOP = new TransitModel(new OrToolsSolver(), SolveOptions.DEFAULT);
  private static final TransitModel CLP = new TransitModel(new OrToolsSolver(), new SolveOptions(SolverKind.CLP, 0));

  private static Snapshot base(DataSet data) {
    return new ScenarioResolver(data).resolve(Scenario.base(java.time.LocalDate.of(2025, 1, 1)));
  }

  @Property(tries = 60)
  void singleCommodityOptimumEqualsMinCostFlow(@ForAll @IntRange(min = 4, max = 30) int nodes,
      @ForAll @IntRange(min = 0, max = 40) int extraLinks, @ForAll @IntRange(min = 1, max = 3) int countries,
      @ForAll long seed) {
    DataSet data = new SyntheticNetwork(nodes, nodes + extraLinks, 1, countries, seed).generate();
    Snapshot snap = base(data);
    FlowResult lp = GLOP.solve(snap);
    assertThat(new FeasibilityChecker().check(lp)).isEmpty();
    double minCost = independentWelfare(snap);
    assertThat(lp.objective()).as("LP welfare vs min-cost flow, seed %d", seed)
        .isCloseTo(minCost, within(1e-6 * Math.max(1, Math.abs(minCost))));
  }

  /**
   * The same problem as a JGraphT min-cost flow: a super source S feeds every supply node (at its supply
   * cost), every market drains to a super sink T (at pmax − price), and a bypass S→T at pmax lets supply
   * stay home. Then min cost = total supply × pmax − welfare. Arc costs are the graph's edge weights,
   * which is what JGraphT's reported cost uses.
   */
  static double independentWelfare(Snapshot snap) {
    Graph<String, Integer> g = new DirectedWeightedMultigraph<>(null, null);
    Map<Integer, Integer> cap = new HashMap<>();
    g.addVertex("S");
    g.addVertex("T");
    snap.network().nodes().keySet().forEach(g::addVertex);
    int[] id = {0};
    java.util.function.BiConsumer<String[], double[]> arc = (ends, cc) -> {
      int e = id[0]++;
      g.addEdge(ends[0], ends[1], e);
      cap.put(e, (int) cc[0]);
      g.setEdgeWeight(e, cc[1]);
    };
    for (Link l : snap.links()) {
      arc.accept(new String[] {l.from(), l.to()}, new double[] {l.capacity(), l.cost() + l.tariff()});
      if (l.bothWays()) {
        arc.accept(new String[] {l.to(), l.from()}, new double[] {l.capacity(), l.cost() + l.tariff()});
      }
    }
    double pmax = snap.demand().stream().mapToDouble(Demand::price).max().orElse(0);
    int total = 0;
    for (Supply s : snap.supply()) {
      arc.accept(new String[] {"S", s.node()}, new double[] {s.quantity(), s.cost()});
      total += (int) s.quantity();
    }
    for (Demand d : snap.demand()) {
      arc.accept(new String[] {d.node(), "T"}, new double[] {d.quantity(), pmax - d.price()});
    }
    arc.accept(new String[] {"S", "T"}, new double[] {total, pmax});
    int supply = total;
    var problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<String, Integer>(g,
        v -> v.equals("S") ? supply : v.equals("T") ? -supply : 0, cap::get);
    double min = new CapacityScalingMinimumCostFlow<String, Integer>().getMinimumCostFlow(problem).getCost();
    return total * pmax - min;
  }

  @Property(tries = 40)
  void aTransitBanNeverRaisesWelfareAndIsRespected(@ForAll @IntRange(min = 6, max = 30) int nodes,
      @ForAll @IntRange(min = 1, max = 3) int commodities, @ForAll @IntRange(min = 2, max = 4) int countries,
      @ForAll @IntRange(min = 0, max = 3) int actor, @ForAll @IntRange(min = 0, max = 3) int origin,
      @ForAll long seed) {
    DataSet data = new SyntheticNetwork(nodes, nodes * 2, commodities, countries, seed).generate();
    Scenario base = Scenario.base(java.time.LocalDate.of(2025, 1, 1));
    String a = "C" + (actor % countries);
    String o = "C" + (origin % countries);
    List<Policy> ban = List.of(TransitBan.of("ban", a, "c0", o));
    FlowResult before = GLOP.solve(new ScenarioResolver(data).resolve(base));
    FlowResult after = GLOP.solve(new ScenarioResolver(data).resolve(base.plus("banned", ban)));
    assertThat(new FeasibilityChecker().check(after)).as("seed %d", seed).isEmpty();
    assertThat(after.objective()).as("seed %d", seed).isLessThanOrEqualTo(before.objective() + 1e-6 * Math.abs(before.objective()));
  }

  @Property(tries = 25)
  void glopAndClpAgreeOnMultiCommodityNetworks(@ForAll @IntRange(min = 6, max = 40) int nodes,
      @ForAll @IntRange(min = 1, max = 4) int commodities, @ForAll @IntRange(min = 1, max = 4) int countries,
      @ForAll long seed) {
    DataSet data = new SyntheticNetwork(nodes, nodes * 3, commodities, countries, seed).generate();
    Snapshot snap = base(data);
    FlowResult g = GLOP.solve(snap);
    FlowResult c = CLP.solve(snap);
    assertThat(new FeasibilityChecker().check(g)).isEmpty();
    assertThat(new FeasibilityChecker().check(c)).isEmpty();
    assertThat(g.objective()).as("seed %d", seed).isCloseTo(c.objective(), within(1e-6 * Math.max(1, Math.abs(c.objective()))));
  }

  /**
   * Random quotas (for origin countries and for single supply nodes) are respected in every solution, and
   * adding them never raises welfare: a quota only removes solutions.
   */
  @Property(tries = 30)
  void quotasAreRespectedAndNeverRaiseWelfare(@ForAll @IntRange(min = 6, max = 30) int nodes,
      @ForAll @IntRange(min = 1, max = 3) int commodities, @ForAll @IntRange(min = 1, max = 4) int countries,
      @ForAll @IntRange(min = 1, max = 6) int quotas, @ForAll long seed) {
    DataSet data = new SyntheticNetwork(nodes, nodes * 2, commodities, countries, seed).generate();
    Snapshot snap = base(data);
    java.util.Random random = new java.util.Random(seed);
    List<Snapshot.Quota> rules = new java.util.ArrayList<>();
    for (int q = 0; q < quotas; q++) {
      Link l = snap.links().get(random.nextInt(snap.links().size()));
      boolean node = random.nextBoolean();
      String shipper = node ? snap.supply().get(random.nextInt(snap.supply().size())).node()
          : "C" + random.nextInt(countries);
      if (rules.stream().noneMatch(r -> r.link().equals(l.id()) && r.shipper().equals(shipper))) {
        rules.add(new Snapshot.Quota(l.id(), shipper, node, 0.05 + 0.9 * random.nextDouble()));
      }
    }
    Snapshot quoted = new Snapshot(snap.network(), "quoted", snap.asOf(), snap.links(), snap.nodeCapacities(),
        snap.supply(), snap.demand(), snap.policies(), snap.transitRules(), snap.importRules(), snap.exportRules(),
        rules);
    FlowResult before = GLOP.solve(snap);
    FlowResult after = GLOP.solve(quoted);
    assertThat(new FeasibilityChecker().check(after)).as("seed %d", seed).isEmpty();
    assertThat(after.objective()).as("seed %d", seed)
        .isLessThanOrEqualTo(before.objective() + 1e-6 * Math.max(1, Math.abs(before.objective())));
  }

  /**
   * A capacity held as the bound of its one column gives the same program as its row: the same welfare,
   * the same (tie-broken) flows and the same capacity prices, also with a transit ban in force; and with a
   * link closed on a live session (N-1) the same welfare and flows. (A closed link's price is a degenerate
   * dual, which either form may report differently, and no N-1 table shows it.) Random networks of one or two countries, so that many links carry
   * a single class and take the bound form.
   */
  @Property(tries = 40)
  void capacityBoundsAnswerAsCapacityRows(@ForAll @IntRange(min = 4, max = 30) int nodes,
      @ForAll @IntRange(min = 1, max = 3) int commodities, @ForAll @IntRange(min = 1, max = 2) int countries,
      @ForAll boolean ban, @ForAll long seed) {
    DataSet data = new SyntheticNetwork(nodes, nodes * 2, commodities, countries, seed).generate();
    Scenario scenario = Scenario.base(java.time.LocalDate.of(2025, 1, 1));
    if (ban) {
      scenario = scenario.plus("banned", List.of(TransitBan.of("ban", "C0", "c0", "C" + (countries - 1))));
    }
    Snapshot snap = new ScenarioResolver(data).resolve(scenario);
    TransitFormulation rows = TransitFormulation.build(snap, TransitFormulation.CapacityForm.ROWS);
    TransitFormulation bounds = TransitFormulation.build(snap, TransitFormulation.CapacityForm.BOUNDS_WHERE_SINGLE);
    assertThat(bounds.lp().rows()).isLessThanOrEqualTo(rows.lp().rows());
    OrToolsSolver solver = new OrToolsSolver();
    FlowResult a = FlowResult.from(rows, solver.solve(rows.lp(), SolveOptions.DEFAULT), 0);
    FlowResult b = FlowResult.from(bounds, solver.solve(bounds.lp(), SolveOptions.DEFAULT), 0);
    assertSameAnswer(a, b, seed);
    assertPricesAgreeOrBothAreDerivatives(snap, a, b, seed);
    String closed = a.flows().isEmpty() ? snap.links().get(0).id() : a.flows().get(0).link();
    try (ScenarioSweep ra = new ScenarioSweep(rows, solver, SolveOptions.DEFAULT);
        ScenarioSweep rb = new ScenarioSweep(bounds, solver, SolveOptions.DEFAULT)) {
      assertSameAnswer(ra.solveWithLinkClosed(closed), rb.solveWithLinkClosed(closed), seed);
    }
  }

  private static void assertSameAnswer(FlowResult a, FlowResult b, long seed) {
    assertThat(a.isOptimal()).as("seed %d", seed).isTrue();
    assertThat(b.isOptimal()).as("seed %d", seed).isTrue();
    assertThat(new FeasibilityChecker().check(b)).as("seed %d", seed).isEmpty();
    double tol = 1e-6 * Math.max(1, Math.abs(a.objective()));
    assertThat(b.objective()).as("welfare, seed %d", seed).isCloseTo(a.objective(), within(tol));
    assertThat(flowsByKey(b)).as("flows, seed %d", seed).hasSameSizeAs(flowsByKey(a));
    flowsByKey(a).forEach((k, v) -> assertThat(flowsByKey(b).get(k)).as("flow %s, seed %d", k, seed)
        .isNotNull().isCloseTo(v, within(1e-6 * Math.max(1, v))));
  }

  /**
   * Where a capacity's price is unique both forms give it. Where the optimum is degenerate the dual is
   * not unique and either form may report any value between the one-sided derivatives of welfare in the
   * capacity: then both prices must lie between them, measured by re-solving with the capacity moved.
   */
  private static void assertPricesAgreeOrBothAreDerivatives(Snapshot snap, FlowResult a, FlowResult b, long seed) {
    Map<String, Double> pa = pricesByKey(a);
    Map<String, Double> pb = pricesByKey(b);
    java.util.Set<String> keys = new java.util.TreeSet<>(pa.keySet());
    keys.addAll(pb.keySet());
    for (String k : keys) {
      double x = pa.getOrDefault(k, 0.0);
      double y = pb.getOrDefault(k, 0.0);
      if (Math.abs(x - y) <= 1e-6 * Math.max(1, Math.abs(x)) || !k.startsWith("link|")) {
        assertThat(y).as("capacity price %s, seed %d", k, seed).isCloseTo(x, within(1e-6 * Math.max(1, Math.abs(x))));
        continue;
      }
      String link = k.split("\\|")[1];
      Link l = snap.links().stream().filter(e -> e.id().equals(link)).findFirst().orElseThrow();
      double delta = 1e-3;
      double up = (welfareWithCapacity(snap, link, l.capacity() + delta) - a.objective()) / delta;
      double down = l.capacity() < delta ? Double.POSITIVE_INFINITY
          : (a.objective() - welfareWithCapacity(snap, link, l.capacity() - delta)) / delta;
      for (double price : new double[] {x, y}) {
        assertThat(price).as("price %s between the one-sided derivatives %s and %s, seed %d", k, up, down, seed)
            .isBetween(up - 1e-4 * Math.max(1, Math.abs(up)), down + 1e-4 * Math.max(1, Math.abs(down)));
      }
    }
  }

  private static double welfareWithCapacity(Snapshot snap, String link, double capacity) {
    List<Link> links = snap.links().stream().map(l -> l.id().equals(link) ? l.withCapacity(capacity) : l).toList();
    Snapshot moved = new Snapshot(snap.network(), snap.scenario(), snap.asOf(), links, snap.nodeCapacities(),
        snap.supply(), snap.demand(), snap.policies(), snap.transitRules(), snap.importRules(), snap.exportRules(),
        snap.quotas());
    return GLOP.solve(moved).objective();
  }

  private static Map<String, Double> flowsByKey(FlowResult r) {
    Map<String, Double> out = new HashMap<>();
    r.flows().stream().filter(f -> f.quantity() > FlowResult.EPS).forEach(f -> out.merge(
        f.link() + "|" + f.from() + "|" + f.commodity() + "|" + f.origin(), f.quantity(), Double::sum));
    return out;
  }

  private static Map<String, Double> pricesByKey(FlowResult r) {
    Map<String, Double> out = new HashMap<>();
    r.capacityPrices().forEach(c -> out.put(c.element() + "|" + c.id() + "|" + c.commodity() + "|" + c.shipper(),
        c.shadowPrice()));
    return out;
  }
}
