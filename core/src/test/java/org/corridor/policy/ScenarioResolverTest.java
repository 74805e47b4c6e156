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
}
