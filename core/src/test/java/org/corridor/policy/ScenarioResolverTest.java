package org.corridor.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.corridor.io.DataSetLoader;
import org.corridor.model.Link;
import org.corridor.model.SourceRef;
import org.corridor.model.Validity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ScenarioResolverTest {
  static DataSet data;

  @BeforeAll
  static void load() throws Exception {
    data = DataSetLoader.load(Path.of("../data/examples/steppe"), true).dataSet();
  }

  private static Link link(Snapshot s, String id) {
    return s.links().stream().filter(l -> l.id().equals(id)).findFirst().orElse(null);
  }

  @Test
  void policiesApplyOnlyOnTheirDates() {
    ScenarioResolver r = new ScenarioResolver(data);
    assertThat(link(r.resolve("base-2024", null), "CPC").capacity()).isEqualTo(60);
    assertThat(link(r.resolve("cpc-outage", null), "CPC").capacity()).isEqualTo(60 * 0.65);
    assertThat(link(r.resolve("base-2024", LocalDate.of(2025, 6, 1)), "CPC").capacity()).isEqualTo(60);
    assertThat(r.resolve("base-2024", LocalDate.of(2024, 8, 31)).transitRules()).isEmpty();
    assertThat(r.resolve("base-2024", null).transitRules()).extracting(Snapshot.TransitRule::policy)
        .containsExactly("kz-grain-transit-ban");
  }

  @Test
  void proposedLinksNeedActivationAndTheirDates() {
    ScenarioResolver r = new ScenarioResolver(data);
    Scenario base = r.scenario("base-2024");
    assertThat(link(r.resolve(base), "PROPOSED_LINK")).isNull();
    Scenario built = new Scenario("built", "", "base-2024", LocalDate.of(2026, 6, 1), List.of(), List.of(),
        List.of("PROPOSED_LINK"), Map.of(), Map.of(), Map.of(), SourceRef.of());
    assertThat(link(r.resolve(built), "PROPOSED_LINK")).isNotNull();
    assertThat(link(r.resolve(built.withAsOf(LocalDate.of(2025, 6, 1))), "PROPOSED_LINK")).as("before valid_from").isNull();
  }

  @Test
  void childScenarioInheritsAndCanDropAndOverride() {
    ScenarioResolver r = new ScenarioResolver(data);
    Scenario child = new Scenario("child", "", "cpc-outage", null, List.of(), List.of("cpc-outage-2025"), List.of(),
        Map.of("KCP", Map.of("capacity", 30.0)), Map.of("OILFIELD/crude", Map.of("quantity", 70.0)), Map.of(),
        SourceRef.of());
    Snapshot s = r.resolve(child);
    assertThat(s.asOf()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(link(s, "CPC").capacity()).isEqualTo(60);
    assertThat(link(s, "KCP").capacity()).isEqualTo(30);
    assertThat(s.supply()).anyMatch(x -> x.node().equals("OILFIELD") && x.quantity() == 70);
  }

  @Test
  void blocsExpandToTheirMembersOnTheDate() {
    ScenarioResolver r = new ScenarioResolver(data);
    TransitBan ban = new TransitBan("eaeu", "EAEU", List.of("crude"), List.of(), List.of(), List.of(),
        Validity.ALWAYS, "", SourceRef.estimate("test"));
    Snapshot now = r.resolve(r.scenario("base-2024").plus("eaeu", List.of(ban)));
    assertThat(now.transitRules()).filteredOn(t -> t.policy().equals("eaeu"))
        .singleElement().satisfies(t -> assertThat(t.actor()).containsExactlyInAnyOrder("RU", "KZ"));
    Snapshot before = r.resolve(r.scenario("base-2024").plus("eaeu", List.of(ban)).withAsOf(LocalDate.of(2014, 1, 1)));
    assertThat(before.transitRules()).filteredOn(t -> t.policy().equals("eaeu"))
        .singleElement().satisfies(t -> assertThat(t.actor()).isEmpty());
  }

  @Test
  void unknownScenarioIsAUsageError() {
    assertThatThrownBy(() -> new ScenarioResolver(data).resolve("nope", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown scenario `nope`");
  }

  @Test
  void theImplicitScenarioIsDatedByTheGivenClock(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    DataSet noDefault = DataSetLoader.load(org.corridor.io.ExampleCopy.in(tmp).delete("dataset.yaml").dir(), true)
        .dataSet();
    java.time.Clock fixed = java.time.Clock.fixed(java.time.Instant.parse("2024-09-15T12:00:00Z"),
        java.time.ZoneOffset.UTC);
    ScenarioResolver r = new ScenarioResolver(noDefault, fixed);
    assertThat(r.scenario(null).name()).isEqualTo(Scenario.IMPLICIT);
    Snapshot s = r.resolve(null, null);
    assertThat(s.scenario()).isEqualTo("base");
    assertThat(s.asOf()).isEqualTo(LocalDate.of(2024, 9, 15));
    assertThat(s.transitRules()).extracting(Snapshot.TransitRule::policy).containsExactly("kz-grain-transit-ban");
  }

  /** The example with dated values: OILFIELD's crude in 2025, CPC from 2025 on, KCP and ATYRAU (given a capacity). */
  private static DataSet withSeries(Path tmp) throws Exception {
    org.corridor.io.ExampleCopy copy = org.corridor.io.ExampleCopy.in(tmp)
        .replace("nodes.csv", "ATYRAU,Atyrau hub,KZ,hub,47.1,51.9,,", "ATYRAU,Atyrau hub,KZ,hub,47.1,51.9,100,Mt")
        .write("series.csv", "table,key,field,valid_from,valid_to,value,status,sources\n"
            + "supply,OILFIELD/crude,quantity,2025-01-01,2025-12-31,40,actual,estimate: test\n"
            + "supply,OILFIELD/crude,cost,2025-01-01,2025-12-31,160,estimate,estimate: test\n"
            + "links,CPC,capacity,2025-01-01,,50,actual,estimate: test\n"
            + "links,CPC,capacity,2026-01-01,,70,plan,estimate: test\n"
            + "links,CPC,tariff,2025-01-01,,35,actual,estimate: test\n"
            + "links,KCP,capacity,2025-01-01,,25,actual,estimate: test\n"
            + "demand,CN_MARKET/crude,price,2025-01-01,,580,actual,estimate: test\n"
            + "nodes,ATYRAU,capacity,2025-01-01,,80,actual,estimate: test\n");
    return DataSetLoader.load(copy.dir(), true).dataSet();
  }

  private static org.corridor.model.Supply supply(Snapshot s, String node) {
    return s.supply().stream().filter(x -> x.node().equals(node) && x.commodity().equals("crude")).findFirst()
        .orElseThrow();
  }

  @Test
  void aDatedSupplyQuantityAndLinkCapacityMoveWithTheDate(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws Exception {
    ScenarioResolver r = new ScenarioResolver(withSeries(tmp));
    Snapshot in2025 = r.resolve("base-2024", LocalDate.of(2025, 6, 1));
    assertThat(supply(in2025, "OILFIELD").quantity()).isEqualTo(40);
    assertThat(supply(in2025, "OILFIELD").cost()).isEqualTo(160);
    assertThat(link(in2025, "CPC").capacity()).isEqualTo(50);
    assertThat(link(in2025, "CPC").tariff()).isEqualTo(35);
    assertThat(in2025.demand()).filteredOn(d -> d.node().equals("CN_MARKET")).singleElement()
        .satisfies(d -> assertThat(d.price()).isEqualTo(580));
    assertThat(in2025.nodeCapacities()).containsEntry("ATYRAU", 80.0);
    Snapshot in2026 = r.resolve("base-2024", LocalDate.of(2026, 6, 1));
    assertThat(link(in2026, "CPC").capacity()).as("the open-ended 2025 row ends where the 2026 row starts")
        .isEqualTo(70);
    assertThat(supply(in2026, "OILFIELD").quantity()).as("after the 2025 period: the base").isEqualTo(60);
  }

  @Test
  void aDateOutsideEveryPeriodUsesTheBaseValue(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    ScenarioResolver dated = new ScenarioResolver(withSeries(tmp));
    ScenarioResolver plain = new ScenarioResolver(data);
    Snapshot s = dated.resolve("base-2024", null);
    assertThat(s.asOf()).isEqualTo(LocalDate.of(2024, 11, 28));
    assertThat(supply(s, "OILFIELD").quantity()).isEqualTo(60);
    assertThat(supply(s, "OILFIELD").cost()).isEqualTo(150);
    assertThat(link(s, "CPC").capacity()).isEqualTo(60);
    assertThat(link(s, "CPC").tariff()).isEqualTo(30);
    assertThat(s.nodeCapacities()).containsEntry("ATYRAU", 100.0);
    Snapshot base = plain.resolve("base-2024", null);
    assertThat(s.links()).isEqualTo(base.links());
    assertThat(s.supply()).isEqualTo(base.supply());
    assertThat(s.demand()).isEqualTo(base.demand());
  }

  @Test
  void aCapacityPolicyMultipliesTheDatedCapacity(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    ScenarioResolver r = new ScenarioResolver(withSeries(tmp));
    Snapshot outage = r.resolve("cpc-outage", null);
    assertThat(outage.asOf()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(link(outage, "CPC").capacity()).isEqualTo(50 * 0.65);
    CapacityChange halved = new CapacityChange("atyrau-half", null, "ATYRAU", 0.5, Validity.ALWAYS, "",
        SourceRef.estimate("test"));
    Snapshot node = r.resolve(r.scenario("cpc-outage").plus("atyrau", List.of(halved)));
    assertThat(node.nodeCapacities()).containsEntry("ATYRAU", 40.0);
  }

  @Test
  void anOverrideWinsOverTheDatedValue(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
    ScenarioResolver r = new ScenarioResolver(withSeries(tmp));
    Scenario child = new Scenario("child", "", "cpc-outage", null, List.of(), List.of(), List.of(),
        Map.of("KCP", Map.of("capacity", 30.0), "CPC", Map.of("capacity", 45.0, "tariff", 20.0)),
        Map.of("OILFIELD/crude", Map.of("quantity", 70.0)), Map.of(), SourceRef.of());
    Snapshot s = r.resolve(child);
    assertThat(s.asOf()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(link(s, "KCP").capacity()).isEqualTo(30);
    assertThat(link(s, "CPC").capacity()).as("the override, then the policy in force").isEqualTo(45 * 0.65);
    assertThat(link(s, "CPC").tariff()).isEqualTo(20);
    assertThat(supply(s, "OILFIELD").quantity()).isEqualTo(70);
    assertThat(supply(s, "OILFIELD").cost()).as("not overridden: dated").isEqualTo(160);
  }
}
