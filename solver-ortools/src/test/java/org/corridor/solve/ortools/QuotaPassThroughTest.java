package org.corridor.solve.ortools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.corridor.api.Answer;
import org.corridor.api.Corridor;
import org.corridor.api.RunOptions;
import org.corridor.io.DataSetLoader;
import org.corridor.solve.Progress;
import org.corridor.solve.SolveOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Test claims that only echo a shipper's quota, on the quota fixture (core/src/test/resources/fixtures/quota):
 * <pre>
 *   KZ_A (KZ, 60, cost 10) ──┐
 *   KZ_B (KZ, 60, cost 20) ──┼─▶ HUB (RU) ──PIPE 100 × 0.4 = 40──▶ WORLD
 *   RU_F (RU, 60, cost 50) ──┘
 *   2025: KZ holds 25% of PIPE (10), RU 50% (20): PIPE carries 30 of 40, each shipper at its quota.
 *   2026: the field KZ_A alone holds 25% (10); KZ_B fills the rest: PIPE carries 40, at capacity.
 * </pre>
 */
class QuotaPassThroughTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
  private static Map<Object, Map<String, Object>> rows;

  @BeforeAll
  static void check(@TempDir Path dir) throws Exception {
    try (Stream<Path> files = Files.walk(QuotaTest.FIXTURE)) {
      for (Path p : files.toList()) {
        Path to = dir.resolve(QuotaTest.FIXTURE.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    String claim = "- id: %s\n  text: A planted claim.\n  metric: link_flow\n  kind: test\n  link: PIPE\n"
        + "  origin: %s\n  scenario: %s\n  expect: {value: %s, tolerance: 0.01}\n  sources: [fixture]\n";
    Files.writeString(dir.resolve("claims.yaml"), claim.formatted("kz-2025", "KZ", "cut-2025", "10")
        + claim.formatted("ru-2025", "RU", "cut-2025", "20") + claim.formatted("kz-2026", "KZ", "cut-2026", "40"));
    var data = DataSetLoader.load(dir, true).dataSet();
    Answer a = new Corridor(data, new OrToolsSolver(), CLOCK, Progress.NONE, Executors::newFixedThreadPool)
        .check(null, new RunOptions(SolveOptions.DEFAULT, 1));
    rows = ClaimRows.byId(a);
  }

  @Test
  void aClaimThatEqualsACountryQuotaIsFlaggedWithThatQuota() {
    assertThat((double) rows.get("kz-2025").get("value")).isCloseTo(10, within(1e-6));
    assertThat(rows.get("kz-2025").get("pass_through")).isEqualTo("quota PIPE|KZ");
    assertThat(rows.get("ru-2025").get("pass_through")).isEqualTo("quota PIPE|RU");
  }

  @Test
  void aBindingNodeQuotaThatOnlyShiftsFlowBetweenFieldsOfOneOriginIsNotNamed() {
    // Raising KZ_A's quota moves 0.1 from KZ_B to KZ_A: Kazakhstan's flow stays 40, set by the capacity.
    assertThat((double) rows.get("kz-2026").get("value")).isCloseTo(40, within(1e-6));
    assertThat(rows.get("kz-2026").get("pass_through")).isEqualTo("capacity PIPE");
  }
}
