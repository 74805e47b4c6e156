package org.corridor.solve.ortools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.corridor.analysis.ClaimCheck;
import org.corridor.api.Answer;
import org.corridor.api.Corridor;
import org.corridor.api.RunOptions;
import org.corridor.io.DataSetLoader;
import org.corridor.io.InvalidModelException;
import org.corridor.policy.DataSet;
import org.corridor.policy.ScenarioResolver;
import org.corridor.solve.Progress;
import org.corridor.solve.SolveOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claims over a period, on a network with a three-day outage:
 * <pre>
 *                PIPE 30 (cost 10)                 SEA 100 (cost 5)
 *   FIELD(KZ) ─────────────────────▶ PORT(RU) ──────────────────────▶ WORLD(XW) 500, takes 1000
 *   supply 10   └─ RAIL 4 (cost 10) ─▶ CN_MKT(CN) 600, takes 4
 *   OUTAGE: PIPE × 0 from 10 to 12 March 2025 (3 days)
 * </pre>
 * China pays more, so RAIL runs full at 4 and PIPE carries the other 6; during the outage PIPE carries nothing
 * and 6 are stranded. March 2025 is cut into 1–9 (9 days), 10–12 (3) and 13–31 (19): 28 days at the usual rates.
 */
class PeriodClaimTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
  private static final String CLAIM = "- id: %s\n  text: A claim.\n  metric: %s\n  kind: test\n%s"
      + "  expect: {value: %s, tolerance: 0.001}\n  sources: [fixture]\n";

  @TempDir
  Path dir;

  private Path write(String claims) throws IOException {
    PipeRailNetwork.writeTo(dir);
    file("policies.yaml", "- id: OUTAGE\n  kind: capacity_change\n  link: PIPE\n  factor: 0\n"
        + "  from: 2025-03-10\n  to: 2025-03-12\n  description: Three days without the pipe.\n  sources: [fixture]\n");
    file("dataset.yaml", "name: fixture\ndefault_scenario: base\n");
    file("scenarios/base.yaml", "name: base\nas_of: 2025-03-01\n");
    file("claims.yaml", claims);
    return dir;
  }

  private void file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private static String claims() {
    return CLAIM.formatted("pipe-day", "link_flow", "  link: PIPE\n", "6")
        + CLAIM.formatted("pipe-march", "link_flow", "  link: PIPE\n  period: 2025-03\n", "0.46")
        + CLAIM.formatted("share-march", "transit_share", "  exporter: KZ\n  transit: RU\n  commodity: crude\n"
            + "  period: 2025-03\n", "0.575")
        + CLAIM.formatted("exports-march", "exports", "  exporter: KZ\n  commodity: crude\n  period: 2025-03\n", "0.8");
  }

  private static Answer check(DataSet data, int threads) {
    return new Corridor(data, new OrToolsSolver(), CLOCK, Progress.NONE, Executors::newFixedThreadPool)
        .check(null, new RunOptions(SolveOptions.DEFAULT, threads));
  }

  private static Map<Object, Map<String, Object>> rows(Answer a) {
    return ClaimRows.byId(a);
  }

  private static double value(Map<Object, Map<String, Object>> rows, String id) {
    return (double) rows.get(id).get("value");
  }

  @Test
  void aPeriodClaimIsCheckedOnTheVolumeOverItsDaysAndDiffersFromThePointClaimByTheOutage() throws Exception {
    DataSet data = DataSetLoader.load(write(claims()), true).dataSet();
    var rows = rows(check(data, 1));
    assertThat(value(rows, "pipe-day")).isCloseTo(6, within(1e-9));
    assertThat(rows.get("pipe-day").get("unit")).isEqualTo("Mt/yr");
    // 6 Mt/yr on the 28 days without the outage; March is 31 of 365 days.
    assertThat(value(rows, "pipe-march")).isCloseTo(6 * 28 / 365.0, within(1e-9));
    assertThat(rows.get("pipe-march").get("unit")).isEqualTo("Mt");
    assertThat(rows.get("pipe-march").get("period")).isEqualTo("2025-03");
    assertThat(rows.get("pipe-march").get("as_of")).isNull();
    // The point rate read over the month overstates it by the outage's 3 days at 6 Mt/yr.
    assertThat(value(rows, "pipe-day") * 31 / 365.0 - value(rows, "pipe-march")).isCloseTo(6 * 3 / 365.0, within(1e-9));
    // A share over the period is a ratio of volumes: 6 × 28 crossed Russia of 10 × 28 + 4 × 3 exported.
    assertThat(value(rows, "share-march")).isCloseTo(6 * 28 / (10 * 28 + 4 * 3.0), within(1e-9));
    assertThat(rows.get("share-march").get("unit")).isEqualTo("share");
    assertThat(value(rows, "exports-march")).isCloseTo((10 * 28 + 4 * 3) / 365.0, within(1e-9));
  }

  @Test
  void aPeriodClaimIsFlaggedWhenMostOfItsVolumeEchoesABoundAndClaimsOfAPeriodShareTheirSolves() throws Exception {
    DataSet data = DataSetLoader.load(write(claims()), true).dataSet();
    var rows = rows(check(data, 1));
    // The supply binds on 28 of the 31 days: raising it there moves the volume by 0.1 × 28 / 292, ε ≈ 0.96.
    assertThat(rows.get("exports-march").get("pass_through")).isEqualTo("supply FIELD/crude");
    assertThat(rows.get("pipe-march").get("pass_through")).isEqualTo("");
    assertThat(rows.get("pipe-day").get("pass_through")).isEqualTo("");
    var groups = check(data, 1).table("claim-groups").rows().stream().map(r -> r.get(0) + "/" + r.get(1)).toList();
    assertThat(groups).containsExactly("test/2025", "test/2025-03", "test/all");

    var resolver = new ScenarioResolver(data, CLOCK);
    List<ClaimCheck.Case> cases = ClaimCheck.cases(data.claims(), null, resolver::resolve,
        name -> resolver.changeDates(resolver.scenario(name)));
    assertThat(cases).extracting(ClaimCheck.Case::period).containsExactly("2025", "2025-03");
    assertThat(cases.get(1).claims()).hasSize(3);
    assertThat(cases.get(1).parts()).extracting(p -> p.from().toString())
        .containsExactly("2025-03-01", "2025-03-10", "2025-03-13");
  }

  @Test
  void theAnswerIsTheSameOnAnyNumberOfThreads() throws Exception {
    DataSet data = DataSetLoader.load(write(claims()), true).dataSet();
    assertThat(check(data, 2).tables()).isEqualTo(check(data, 1).tables());
  }

  @Test
  void aDateAndAPeriodTogetherOrABadPeriodAreLocatedErrors() throws Exception {
    Path d = write(CLAIM.formatted("both", "link_flow", "  link: PIPE\n  date: 2025-03-01\n  period: 2025-03\n", "6")
        + CLAIM.formatted("bad", "link_flow", "  link: PIPE\n  period: 2025-13\n", "6"));
    assertThatThrownBy(() -> DataSetLoader.load(d, true)).isInstanceOf(InvalidModelException.class)
        .satisfies(e -> assertThat(((InvalidModelException) e).problems().stream().map(Object::toString).toList())
            .anySatisfy(p -> assertThat(p).contains("claims.yaml:7", "period", "not both"))
            .anySatisfy(p -> assertThat(p).contains("claims.yaml:15", "period", "`2025-13` is not a period")));
  }
}
