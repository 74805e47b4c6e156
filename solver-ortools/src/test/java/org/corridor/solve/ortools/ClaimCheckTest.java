package org.corridor.solve.ortools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.corridor.analysis.ClaimCheck;
import org.corridor.api.Answer;
import org.corridor.api.Corridor;
import org.corridor.api.RunOptions;
import org.corridor.io.DataSetLoader;
import org.corridor.policy.DataSet;
import org.corridor.solve.Progress;
import org.corridor.solve.SolveOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claims on a tiny data set, with pass-through claims planted:
 * <pre>
 *                PIPE 30 (cost 10)                    SEA 100 (cost 5)
 *   FIELD(KZ) ──────────────────────▶ PORT(RU) ─────────────────────────▶ WORLD(XW) 500, takes 1000
 *   supply 10    └─ RAIL 2 (cost 10) ─▶ CN_MKT(CN) 600, takes 3
 * </pre>
 * China pays more, so RAIL runs full at 2 and the other 8 go by PIPE. From 2026 the policy RAIL_SHUT
 * closes RAIL. Echoes: KZ exports (10 = the supply), deliveries to China (2 = RAIL's capacity). Routed:
 * PIPE's flow (8 = supply − RAIL, elasticity 1.25 to the supply) and the share crossing Russia (0.8).
 */
class ClaimCheckTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
  static DataSet data;

  @BeforeAll
  static void write(@TempDir Path dir) throws Exception {
    PipeRailNetwork.writeTo(dir, 2, 3);
    file(dir, "policies.yaml", "- id: RAIL_SHUT\n  kind: capacity_change\n  link: RAIL\n  factor: 0\n"
        + "  from: 2026-01-01\n  description: Rail closed.\n  sources: [fixture]\n");
    file(dir, "dataset.yaml", "name: fixture\ndefault_scenario: base\n");
    file(dir, "scenarios/base.yaml", "name: base\nas_of: 2024-07-01\n");
    String claim = "- id: %s\n  text: %s\n  metric: %s\n  kind: %s\n%s  expect: {value: %s, tolerance: 0.05}\n"
        + "  sources: [fixture]\n";
    file(dir, "claims.yaml",
        claim.formatted("exports-echo", "KZ exports all its supply.", "exports", "test",
            "  exporter: KZ\n  commodity: crude\n", "10")
        + claim.formatted("china-echo", "China gets what the rail carries.", "delivered", "test",
            "  market: CN\n  commodity: crude\n", "2")
        + claim.formatted("pipe-routed", "The pipe carries the rest.", "link_flow", "test", "  link: PIPE\n", "8")
        + claim.formatted("share-routed", "Four fifths cross Russia.", "transit_share", "test",
            "  exporter: KZ\n  transit: RU\n  commodity: crude\n", "0.8")
        + claim.formatted("rail-input", "Rail capacity is 2.", "link_flow", "calibration", "  link: RAIL\n", "2")
        + claim.formatted("pipe-2026", "With the rail shut, all 10 go by pipe.", "link_flow", "test",
            "  link: PIPE\n  date: 2026-06-01\n", "10")
        + claim.formatted("rail-2026-wrong", "A wrong test claim, rail still runs in 2026.", "link_flow", "test",
            "  link: RAIL\n  date: 2026-06-01\n", "2"));
    try {
      data = DataSetLoader.load(dir, true).dataSet();
    } catch (org.corridor.io.InvalidModelException e) {
      throw new AssertionError("the fixture does not load: " + e.problems(), e);
    }
  }

  private static void file(Path dir, String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private static Answer check(int threads) {
    Corridor corridor = new Corridor(data, new OrToolsSolver(), CLOCK, Progress.NONE, Executors::newFixedThreadPool);
    return corridor.check(null, new RunOptions(SolveOptions.DEFAULT, threads));
  }

  private static Map<Object, Map<String, Object>> rows(Answer a) {
    return ClaimRows.byId(a);
  }

  @Test
  void aPlantedPassThroughIsFlaggedWithItsBoundAndARoutedClaimIsNot() {
    var rows = rows(check(1));
    assertThat(rows.get("exports-echo").get("pass_through")).isEqualTo("supply FIELD/crude");
    assertThat(rows.get("china-echo").get("pass_through")).isEqualTo("capacity RAIL");
    assertThat(rows.get("pipe-routed").get("pass_through")).isEqualTo("");
    assertThat(rows.get("share-routed").get("pass_through")).isEqualTo("");
    assertThat((double) rows.get("pipe-routed").get("value")).isCloseTo(8, within(1e-6));
    // Calibration claims are not asked: their figure is an input by definition.
    assertThat(rows.get("rail-input").get("pass_through")).isEqualTo("");
  }

  @Test
  void aDatedClaimIsEvaluatedOnItsDayAndCountedInItsYear() {
    var rows = rows(check(1));
    assertThat(rows.get("pipe-2026").get("as_of")).isEqualTo(LocalDate.of(2026, 6, 1));
    assertThat(rows.get("pipe-2026").get("period")).isEqualTo("2026");
    assertThat((double) rows.get("pipe-2026").get("value")).isCloseTo(10, within(1e-6));
    assertThat(rows.get("pipe-routed").get("as_of")).isEqualTo(LocalDate.of(2024, 7, 1));
    assertThat(rows.get("rail-2026-wrong").get("pass")).isEqualTo(false);
  }

  @Test
  void claimsOfOneScenarioAndDateShareASolve() {
    var resolver = new org.corridor.policy.ScenarioResolver(data, CLOCK);
    List<ClaimCheck.Case> cases = ClaimCheck.cases(data.claims(), null, resolver::resolve,
        name -> resolver.changeDates(resolver.scenario(name)));
    assertThat(cases).extracting(c -> c.snapshot().asOf())
        .containsExactly(LocalDate.of(2024, 7, 1), LocalDate.of(2026, 6, 1));
    assertThat(cases).extracting(c -> c.claims().size()).containsExactly(5, 2);
  }

  @Test
  void groupsCountCalibrationAndTestApartPerPeriodAndOnlyCalibrationFails() {
    Answer a = check(1);
    var groups = a.table("claim-groups").rows();
    Function<List<Object>, String> key = r -> r.get(0) + "/" + r.get(1);
    Map<String, List<Object>> byKey = groups.stream().collect(Collectors.toMap(key, r -> r));
    assertThat(byKey).containsOnlyKeys("calibration/2024", "calibration/all", "test/2024", "test/2026", "test/all");
    // kind, period, claims, passed, pass_rate, pass_through
    assertThat(byKey.get("test/2024").subList(2, 4)).containsExactly(4, 4);
    assertThat(byKey.get("test/2024").get(5)).isEqualTo(2);
    assertThat(byKey.get("test/2026").subList(2, 4)).containsExactly(2, 1);
    assertThat(byKey.get("test/all").subList(2, 4)).containsExactly(6, 5);
    var summary = (Corridor.CheckSummary) a.summary();
    assertThat(summary).isEqualTo(new Corridor.CheckSummary(1, 1, 6, 5, 3));
    assertThat(summary.fails()).as("a failing test claim is information, not a failure").isFalse();
  }

  @Test
  void theAnswerIsTheSameOnAnyNumberOfThreads() {
    assertThat(check(2).tables()).isEqualTo(check(1).tables());
  }
}
