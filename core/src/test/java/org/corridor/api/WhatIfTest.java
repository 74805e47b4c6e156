package org.corridor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.corridor.io.DataSetLoader;
import org.corridor.model.Link;
import org.corridor.policy.DataSet;
import org.corridor.policy.Scenario;
import org.corridor.policy.ScenarioResolver;
import org.corridor.policy.Snapshot;
import org.corridor.solve.Progress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What-ifs on the example data set (data/examples/steppe), checked on the resolved snapshot:
 *
 * <pre>
 *   OILFIELD ─FIELD_ATYRAU─▶ ATYRAU ─CPC─▶ NOVO ─BLACK_SEA─▶ WORLD
 *                              │ └─KCP─▶ ALASHANKOU ─CN_LOCAL─▶ CN_MARKET
 *                              └─ATYRAU_AKTAU─▶ AKTAU ─CASPIAN─▶ BAKU ─BTC─▶ CEYHAN ─CEYHAN_SEA─▶ WORLD
 * </pre>
 */
class WhatIfTest {
  static DataSet data;
  static Corridor corridor;
  static ScenarioResolver resolver;

  @BeforeAll
  static void load() throws Exception {
    data = DataSetLoader.load(Path.of("../data/examples/steppe"), true).dataSet();
    Clock clock = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
    // Making a scenario needs no solver.
    corridor = new Corridor(data, null, clock, Progress.NONE);
    resolver = new ScenarioResolver(data, clock);
  }

  private static Snapshot resolve(String scenario, WhatIf w) {
    return resolver.resolve(corridor.scenario(ScenarioRef.parse(scenario), w));
  }

  private static double capacity(Snapshot s, String link) {
    return s.links().stream().filter(l -> l.id().equals(link)).mapToDouble(Link::capacity).findFirst().orElseThrow();
  }

  private static WhatIf off(String... ids) {
    return new WhatIf(List.of(ids), List.of(), List.of(), List.of(), List.of(), Map.of());
  }

  @Test
  void noEditResolvesLikeTheScenarioItself() {
    Snapshot plain = resolver.resolve("cpc-outage", null);
    Snapshot edited = resolve("cpc-outage", WhatIf.NONE);
    assertThat(edited.asOf()).isEqualTo(plain.asOf());
    assertThat(edited.links()).isEqualTo(plain.links());
    assertThat(edited.policies()).isEqualTo(plain.policies());
    assertThat(edited.transitRules()).isEqualTo(plain.transitRules());
  }

  @Test
  void aPolicySwitchedOffNoLongerApplies() {
    assertThat(capacity(resolve("cpc-outage", WhatIf.NONE), "CPC")).isEqualTo(60 * 0.65);
    Snapshot s = resolve("cpc-outage", off("cpc-outage-2025"));
    assertThat(capacity(s, "CPC")).isEqualTo(60);
    assertThat(s.policies()).extracting(p -> p.id()).doesNotContain("cpc-outage-2025");
  }

  @Test
  void aPolicyOfAnotherScenarioSwitchedOnApplies() {
    WhatIf on = new WhatIf(List.of(), List.of("ru-denies-kz-crude"), List.of(), List.of(), List.of(), Map.of());
    Snapshot s = resolve("base-2024", on);
    assertThat(s.transitRules()).extracting(Snapshot.TransitRule::policy).contains("ru-denies-kz-crude");
    assertThat(resolver.resolve("base-2024", null).transitRules()).extracting(Snapshot.TransitRule::policy)
        .doesNotContain("ru-denies-kz-crude");
  }

  @Test
  void aBasePolicyDroppedByTheScenarioCanBeSwitchedBackOn() {
    Scenario dropping = new Scenario("dropping", "", "cpc-outage", null, List.of(), List.of("cpc-outage-2025"),
        List.of(), Map.of(), Map.of(), Map.of(), org.corridor.model.SourceRef.of());
    Scenario flat = resolver.flatten(dropping);
    assertThat(capacity(resolver.resolve(flat), "CPC")).isEqualTo(60);
    WhatIf on = new WhatIf(List.of(), List.of("cpc-outage-2025"), List.of(), List.of(), List.of(), Map.of());
    assertThat(capacity(resolver.resolve(on.applyTo(flat, data)), "CPC")).isEqualTo(60 * 0.65);
  }

  @Test
  void closedLinksAndNodesCarryNothingAndCapacitiesAreSet() {
    WhatIf w = new WhatIf(List.of(), List.of(), List.of(), List.of("KCP"), List.of("BAKU"), Map.of("CPC", 30.0));
    Snapshot s = resolve("base-2024", w);
    assertThat(capacity(s, "KCP")).isZero();
    assertThat(capacity(s, "BTC")).as("leaves the closed node").isZero();
    assertThat(capacity(s, "CASPIAN")).as("enters the closed node").isZero();
    assertThat(capacity(s, "CPC")).isEqualTo(30);
    assertThat(capacity(s, "BLACK_SEA")).isEqualTo(capacity(resolver.resolve("base-2024", null), "BLACK_SEA"));
  }

  @Test
  void bansOfEachKindBecomeRulesOnTheCountry() {
    WhatIf w = new WhatIf(List.of(), List.of(), List.of(new WhatIf.Ban(WhatIf.BanKind.TRANSIT, "RU", "crude"),
        new WhatIf.Ban(WhatIf.BanKind.IMPORT, "CN", null), new WhatIf.Ban(WhatIf.BanKind.EXPORT, "KZ", "wheat")),
        List.of(), List.of(), Map.of());
    Snapshot s = resolve("base-2024", w);
    assertThat(s.transitRules()).anySatisfy(r -> {
      assertThat(r.actor()).containsExactly("RU");
      assertThat(r.commodities()).containsExactly("crude");
    });
    assertThat(s.importRules()).anySatisfy(r -> {
      assertThat(r.actor()).containsExactly("CN");
      assertThat(r.commodities()).isEmpty();
    });
    assertThat(s.exportRules()).anySatisfy(r -> {
      assertThat(r.actor()).containsExactly("KZ");
      assertThat(r.commodities()).containsExactly("wheat");
    });
  }

  @Test
  void theScenarioDateAndParentsAreKept() {
    Snapshot s = resolve("cpc-outage@2025-04-01", off());
    assertThat(s.asOf()).isEqualTo(java.time.LocalDate.of(2025, 4, 1));
    assertThat(corridor.scenario(ScenarioRef.parse("cpc-outage"), new WhatIf(List.of(), List.of(), List.of(),
        List.of("KCP"), List.of(), Map.of())).extendsName()).isNull();
  }

  @Test
  void unknownIdsAndBadValuesNameTheirField() {
    assertThatThrownBy(() -> resolve("base-2024", off("no-such-policy")))
        .isInstanceOf(BadRequestException.class).hasMessageStartingWith("policiesOff[0]: unknown policy `no-such-policy`");
    assertThatThrownBy(() -> resolve("base-2024",
        new WhatIf(List.of(), List.of(), List.of(), List.of("CPC", "NOPE"), List.of(), Map.of())))
        .isInstanceOf(BadRequestException.class).hasMessageStartingWith("closedLinks[1]: unknown link `NOPE`");
    assertThatThrownBy(() -> resolve("base-2024",
        new WhatIf(List.of(), List.of(), List.of(), List.of(), List.of("X"), Map.of())))
        .hasMessageStartingWith("closedNodes[0]: unknown node `X`");
    assertThatThrownBy(() -> resolve("base-2024", new WhatIf(List.of(), List.of(),
        List.of(new WhatIf.Ban(WhatIf.BanKind.TRANSIT, "ZZ", null)), List.of(), List.of(), Map.of())))
        .hasMessageStartingWith("bans[0].country: unknown country or bloc `ZZ`");
    assertThatThrownBy(() -> resolve("base-2024", new WhatIf(List.of(), List.of(),
        List.of(new WhatIf.Ban(WhatIf.BanKind.EXPORT, "KZ", "gold")), List.of(), List.of(), Map.of())))
        .hasMessageStartingWith("bans[0].commodity: unknown commodity `gold`");
    assertThatThrownBy(() -> resolve("base-2024",
        new WhatIf(List.of(), List.of(), List.of(), List.of(), List.of(), Map.of("CPC", -1.0))))
        .hasMessageStartingWith("capacities.CPC: -1.0 is outside 0 to 1e9");
    assertThatThrownBy(() -> resolve("base-2024",
        new WhatIf(List.of(), List.of(), List.of(), List.of(), List.of(), Map.of("NOPE", 1.0))))
        .hasMessageStartingWith("capacities: unknown link `NOPE`");
    assertThatThrownBy(() -> resolve("base-2024", new WhatIf(List.of("cpc-outage-2025"), List.of("cpc-outage-2025"),
        List.of(), List.of(), List.of(), Map.of())))
        .hasMessageStartingWith("policiesOn: policy `cpc-outage-2025` is also in policiesOff");
    assertThatThrownBy(() -> WhatIf.BanKind.parse("embargo", "bans[3].kind"))
        .hasMessageStartingWith("bans[3].kind: unknown ban kind `embargo`");
  }
}
