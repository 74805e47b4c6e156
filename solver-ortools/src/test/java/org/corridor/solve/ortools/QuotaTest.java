package org.corridor.solve.ortools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.corridor.io.DataSetLoader;
import org.corridor.policy.DataSet;
import org.corridor.policy.ScenarioResolver;
import org.corridor.solve.FeasibilityChecker;
import org.corridor.solve.FlowResult;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.TransitFormulation;
import org.corridor.solve.TransitModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A cut capacity shared by quota, not by cost. The fixture (core/src/test/resources/fixtures/quota):
 * <pre>
 *   KZ_A (KZ, 60 Mt, cost 10) ──FEED_A──┐
 *   KZ_B (KZ, 60 Mt, cost 20) ──FEED_B──┼─▶ HUB (RU) ──PIPE 100, cut to 40──▶ WORLD (price 100)
 *   RU_F (RU, 60 Mt, cost 50) ──FEED_R──┘
 * </pre>
 * By cost alone the cut pipeline carries Kazakh crude only. In 2025 Kazakhstan holds 25% of it and Russia
 * 50%; in 2026 the field KZ_A alone holds 25%.
 */
class QuotaTest {
  static final Path FIXTURE = Path.of("../core/src/test/resources/fixtures/quota");
  private static final TransitModel GLOP = new TransitModel(new OrToolsSolver(), SolveOptions.DEFAULT);
  private static DataSet data;

  @BeforeAll
  static void load() throws Exception {
    data = DataSetLoader.load(FIXTURE, true).dataSet();
  }

  private static FlowResult solve(String scenario) {
    FlowResult r = GLOP.solve(new ScenarioResolver(data).resolve(scenario, null));
    assertThat(new FeasibilityChecker().check(r)).isEmpty();
    return r;
  }

  private static Map<String, Double> supplyUsed(FlowResult r) {
    return r.supplies().stream().collect(Collectors.toMap(FlowResult.SupplyUse::node, FlowResult.SupplyUse::used));
  }

  @Test
  void beforeTheCutNoQuotaAppliesAndCostDecides() {
    FlowResult r = solve("before-2024");
    assertThat(r.snapshot().quotas()).isEmpty();
    Map<String, Double> used = supplyUsed(r);
    assertThat(used.get("KZ_A")).isCloseTo(60, within(1e-6));
    assertThat(used.get("KZ_B")).isCloseTo(40, within(1e-6));
    assertThat(used.get("RU_F")).isCloseTo(0, within(1e-6));
  }

  @Test
  void countryQuotasShareTheCutCapacity() {
    FlowResult r = solve("cut-2025");
    Map<String, Double> used = supplyUsed(r);
    assertThat(used.get("KZ_A")).isCloseTo(10, within(1e-6));
    assertThat(used.get("KZ_B")).isCloseTo(0, within(1e-6));
    assertThat(used.get("RU_F")).isCloseTo(20, within(1e-6));
  }

  @Test
  void quotaRowsAreNamedByRuleAndTheirDualsPriceAQuota() {
    FlowResult r = solve("cut-2025");
    TransitFormulation f = TransitFormulation.build(r.snapshot());
    java.util.List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < f.lp().rows(); i++) {
      if (f.rowKind(i) == TransitFormulation.RowKind.LINK_QUOTA) {
        names.add(f.lp().rowName(i));
      }
    }
    assertThat(names).containsExactly("Link-quota[PIPE|KZ]", "Link-quota[PIPE|RU]");
    // 10 + 20 of 40 Mt are used, so the capacity is slack and each quota is worth its shipper's margin.
    Map<String, Double> price = r.capacityPrices().stream().filter(c -> c.element().equals("quota"))
        .collect(Collectors.toMap(FlowResult.CapacityPrice::shipper, FlowResult.CapacityPrice::shadowPrice));
    assertThat(price.get("KZ")).isCloseTo(90, within(1e-6));
    assertThat(price.get("RU")).isCloseTo(50, within(1e-6));
    assertThat(r.capacityPrices()).noneMatch(c -> c.element().equals("link") && c.shadowPrice() > 1e-6);
  }

  @Test
  void aSupplyNodeQuotaCountsThatNodesFlowsOnly() {
    FlowResult r = solve("cut-2026");
    Map<String, Double> used = supplyUsed(r);
    assertThat(used.get("KZ_A")).isCloseTo(10, within(1e-6));
    assertThat(used.get("KZ_B")).isCloseTo(30, within(1e-6));
    assertThat(used.get("RU_F")).isCloseTo(0, within(1e-6));
    // The flows of both Kazakh fields are one origin in the flows table.
    assertThat(r.flows().stream().filter(x -> x.link().equals("PIPE")))
        .singleElement().satisfies(x -> {
          assertThat(x.origin()).isEqualTo("KZ");
          assertThat(x.quantity()).isCloseTo(40, within(1e-6));
        });
    assertThat(r.shipperFlows()).filteredOn(x -> x.link().equals("PIPE")).singleElement()
        .satisfies(x -> assertThat(x.quantity()).isCloseTo(10, within(1e-6)));
  }

  @Test
  void theCheckerCatchesABrokenQuota() {
    FlowResult r = solve("cut-2025");
    FlowResult.LinkFlow pipe = r.flows().stream().filter(x -> x.link().equals("PIPE") && x.origin().equals("KZ"))
        .findFirst().orElseThrow();
    var flows = new java.util.ArrayList<>(r.flows());
    flows.set(flows.indexOf(pipe), new FlowResult.LinkFlow(pipe.link(), pipe.from(), pipe.to(), pipe.commodity(),
        pipe.origin(), 15, pipe.unit()));
    FlowResult broken = new FlowResult(r.snapshot(), r.status(), r.objective(), flows, r.deliveries(), r.supplies(),
        r.capacityPrices(), r.nodePrices(), 0, 0, "hand", "");
    assertThat(new FeasibilityChecker().check(broken)).contains("quota of KZ on PIPE exceeded: 15.0 > 10.0");
  }

  @Test
  void aYearWithoutAReportedTotalIsSetAgainstTheLatestOfTheTwoYearsBefore() {
    var resolver = new ScenarioResolver(data);
    var scenario = resolver.scenario("cut-2025");
    FlowResult in2027 = GLOP.solve(resolver.resolve(scenario.withAsOf(java.time.LocalDate.of(2027, 6, 1))));
    var kz = org.corridor.analysis.Coverage.of(in2027, "KZ", "crude", org.corridor.model.ReportedTotal.Flow.EXPORTS);
    assertThat(kz).hasValueSatisfying(row -> assertThat(row.year()).isEqualTo(2025));
    FlowResult in2028 = GLOP.solve(resolver.resolve(scenario.withAsOf(java.time.LocalDate.of(2028, 6, 1))));
    assertThat(org.corridor.analysis.Coverage.of(in2028, "KZ", "crude", org.corridor.model.ReportedTotal.Flow.EXPORTS))
        .isEmpty();
  }
}
