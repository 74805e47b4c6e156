package org.corridor.solve.ortools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.corridor.model.SourceRef;
import org.corridor.model.Validity;
import org.corridor.policy.DataSet;
import org.corridor.policy.ExportBan;
import org.corridor.policy.ImportBan;
import org.corridor.policy.Policy;
import org.corridor.policy.Scenario;
import org.corridor.policy.ScenarioResolver;
import org.corridor.policy.Snapshot;
import org.corridor.policy.TransitBan;
import org.corridor.solve.FeasibilityChecker;
import org.corridor.solve.FlowResult;
import org.corridor.solve.OriginTags;
import org.corridor.solve.ScenarioSweep;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.SolverKind;
import org.corridor.solve.TransitFormulation;
import org.corridor.synthetic.SyntheticNetwork;

/**
 * Merging the origins no rule tells apart ({@link OriginTags#DISTINGUISHED}) is exact: on random networks with
 * random transit, import and export bans and quotas, the merged program has the same optimal welfare as the
 * program with a class per origin (1e-9 relative), its answer passes every check of the snapshot (conservation
 * per class, capacities, quotas, bans, the objective recomputed from the flows), and the same holds for a link
 * closed on a live session and for a policy added to the base. It never has more columns.
 */
class OriginMergeProperties {
  private static final OrToolsSolver SOLVER = new OrToolsSolver();
  private static final double REL = 1e-9;

  @Property(tries = 40)
  void mergedOriginsGiveTheSameWelfare(@ForAll @IntRange(min = 6, max = 30) int nodes,
      @ForAll @IntRange(min = 1, max = 3) int commodities, @ForAll @IntRange(min = 1, max = 5) int countries,
      @ForAll @IntRange(min = 0, max = 3) int rules, @ForAll long seed) {
    DataSet data = new SyntheticNetwork(nodes, nodes * 2, commodities, countries, seed).generate();
    Random random = new Random(seed);
    Scenario scenario = Scenario.base(LocalDate.of(2025, 1, 1));
    List<Policy> policies = new ArrayList<>();
    for (int i = 0; i < rules; i++) {
      policies.add(randomPolicy(random, "p" + i, commodities, countries));
    }
    if (!policies.isEmpty()) {
      scenario = scenario.plus("ruled", policies);
    }
    Snapshot snap = withQuotas(new ScenarioResolver(data).resolve(scenario), random, countries);

    TransitFormulation every = TransitFormulation.build(snap, OriginTags.EVERY);
    TransitFormulation merged = TransitFormulation.build(snap, OriginTags.DISTINGUISHED);
    assertThat(merged.lp().columns()).as("seed %d", seed).isLessThanOrEqualTo(every.lp().columns());
    assertThat(merged.classes().size()).as("seed %d", seed).isLessThanOrEqualTo(every.classes().size());
    FlowResult a = FlowResult.from(every, SOLVER.solve(every.lp(), SolveOptions.DEFAULT), 0);
    FlowResult b = FlowResult.from(merged, SOLVER.solve(merged.lp(), SolveOptions.DEFAULT), 0);
    assertSameWelfare(a, b, "base", seed);

    String closed = a.flows().isEmpty() ? snap.links().get(0).id() : a.flows().get(0).link();
    try (ScenarioSweep ea = new ScenarioSweep(every, SOLVER, SolveOptions.DEFAULT);
        ScenarioSweep mb = new ScenarioSweep(merged, SOLVER, SolveOptions.DEFAULT)) {
      assertSameWelfare(ea.solveWithLinkClosed(closed), mb.solveWithLinkClosed(closed), "link " + closed, seed);
      Snapshot banned = new ScenarioResolver(data).resolve(scenario.plus("more",
          List.of(randomPolicy(random, "extra", commodities, countries))));
      assertSameWelfare(ea.solve(banned), mb.solve(banned), "extra policy", seed);
    }
  }

  /** With no rule at all, each commodity ships as one class: as many classes as commodities with supply. */
  @Property(tries = 15)
  void withoutRulesEachCommodityIsOneClass(@ForAll @IntRange(min = 6, max = 30) int nodes,
      @ForAll @IntRange(min = 1, max = 4) int commodities, @ForAll @IntRange(min = 2, max = 5) int countries,
      @ForAll long seed) {
    DataSet data = new SyntheticNetwork(nodes, nodes * 2, commodities, countries, seed).generate();
    Snapshot snap = new ScenarioResolver(data).resolve(Scenario.base(LocalDate.of(2025, 1, 1)));
    TransitFormulation merged = TransitFormulation.build(snap, OriginTags.DISTINGUISHED);
    long commoditiesWithSupply = snap.supply().stream().map(s -> s.commodity()).distinct().count();
    long originsPerCommodity = snap.supply().stream().map(s -> s.commodity() + "|" + snap.network().countryOf(s.node()))
        .distinct().count();
    assertThat(merged.classes()).as("seed %d", seed).hasSize((int) commoditiesWithSupply);
    if (originsPerCommodity > commoditiesWithSupply) {
      assertThat(merged.classes()).as("seed %d", seed).anyMatch(k -> k.origin().equals(OriginTags.MERGED));
    }
  }

  /**
   * A single-commodity network whose origins all merge has one class, so {@code auto} answers it with the
   * network simplex; its welfare equals GLOP's on the program with a class per origin.
   */
  @Property(tries = 20)
  void aMergedSingleCommodityProgramIsANetwork(@ForAll @IntRange(min = 6, max = 40) int nodes,
      @ForAll @IntRange(min = 2, max = 5) int countries, @ForAll long seed) {
    DataSet data = new SyntheticNetwork(nodes, nodes * 2, 1, countries, seed).generate();
    Snapshot snap = new ScenarioResolver(data).resolve(Scenario.base(LocalDate.of(2025, 1, 1)));
    TransitFormulation every = TransitFormulation.build(snap, OriginTags.EVERY);
    TransitFormulation merged = TransitFormulation.build(snap, OriginTags.DISTINGUISHED);
    assertThat(merged.classes()).as("seed %d", seed).hasSize(1);
    var network = SOLVER.solve(merged.lp(), new SolveOptions(SolverKind.AUTO, 0));
    assertThat(network.solver()).as("seed %d", seed).isEqualTo("network-simplex");
    assertSameWelfare(FlowResult.from(every, SOLVER.solve(every.lp(), SolveOptions.DEFAULT), 0),
        FlowResult.from(merged, network, 0), "network", seed);
  }

  private static void assertSameWelfare(FlowResult every, FlowResult merged, String what, long seed) {
    assertThat(every.isOptimal()).as("%s, every origin, seed %d", what, seed).isTrue();
    assertThat(merged.isOptimal()).as("%s, merged, seed %d", what, seed).isTrue();
    assertThat(new FeasibilityChecker().check(every)).as("%s, every origin, seed %d", what, seed).isEmpty();
    assertThat(new FeasibilityChecker().check(merged)).as("%s, merged, seed %d", what, seed).isEmpty();
    assertThat(merged.objective()).as("%s welfare, seed %d", what, seed)
        .isCloseTo(every.objective(), within(REL * Math.max(1, Math.abs(every.objective()))));
  }

  private static Policy randomPolicy(Random random, String id, int commodities, int countries) {
    String actor = "C" + random.nextInt(countries);
    String commodity = "c" + random.nextInt(commodities);
    String origin = "C" + random.nextInt(countries);
    SourceRef why = SourceRef.estimate("test");
    return switch (random.nextInt(3)) {
      case 0 -> TransitBan.of(id, actor, commodity, origin);
      case 1 -> new ImportBan(id, actor, List.of(commodity), List.of(origin), Validity.ALWAYS, "test", why);
      default -> new ExportBan(id, actor, List.of(commodity), List.of(), Validity.ALWAYS, "test", why);
    };
  }

  /** Up to two quotas of a country on a random link, sometimes none. */
  private static Snapshot withQuotas(Snapshot snap, Random random, int countries) {
    List<Snapshot.Quota> quotas = new ArrayList<>();
    for (int q = random.nextInt(3); q > 0; q--) {
      String link = snap.links().get(random.nextInt(snap.links().size())).id();
      String shipper = "C" + random.nextInt(countries);
      if (quotas.stream().noneMatch(x -> x.link().equals(link) && x.shipper().equals(shipper))) {
        quotas.add(new Snapshot.Quota(link, shipper, false, 0.1 + 0.8 * random.nextDouble()));
      }
    }
    return new Snapshot(snap.network(), snap.scenario(), snap.asOf(), snap.links(), snap.nodeCapacities(),
        snap.supply(), snap.demand(), snap.policies(), snap.transitRules(), snap.importRules(), snap.exportRules(),
        quotas);
  }
}
