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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.corridor.analysis.PeriodVolumes;
import org.corridor.analysis.RiskYears;
import org.corridor.api.Answer;
import org.corridor.api.Corridor;
import org.corridor.api.RiskRequest;
import org.corridor.api.RunOptions;
import org.corridor.api.ScenarioRef;
import org.corridor.io.DataSetLoader;
import org.corridor.policy.DataSet;
import org.corridor.policy.ScenarioResolver;
import org.corridor.report.Table;
import org.corridor.report.TableFormat;
import org.corridor.solve.Progress;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.SweepRunner;
import org.corridor.solve.TransitFormulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sampled years on a network with one event of known probability:
 * <pre>
 *                PIPE 30 (cost 10)                 SEA 100 (cost 5)
 *   FIELD(KZ) ─────────────────────▶ PORT(RU) ──────────────────────▶ WORLD(XW) 500, takes 1000
 *   supply 10   └─ RAIL 4 (cost 10) ─▶ CN_MKT(CN) 600, takes 4
 *   PIPE_DOWN: PIPE × 0 for 73 days, with probability 0.3 in a year (2025, 365 days)
 * </pre>
 * RAIL runs full at 4 and PIPE carries 6; while PIPE is down Kazakhstan exports 4, a loss of 6 Mt/yr. The start
 * day is uniform over the year and an outage is cut at 31 December, so its mean length is
 * (293·73 + (72 + … + 1))/365 = 24,017/365 days, and EENS = 0.3 · 6 · 24,017/365² Mt. A year with the outage
 * starting by 20 October loses 6 · 73/365 = 1.2 Mt; they are over 5% of years, so VaR95 = CVaR95 = 1.2 exactly.
 */
class RiskTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
  private static final double FULL = 6 * 73 / 365.0;

  @TempDir
  Path dir;

  private DataSet data() throws Exception {
    PipeRailNetwork.writeTo(dir);
    file("dataset.yaml", "name: fixture\ndefault_scenario: base\nfocus:\n  - {exporter: KZ, commodity: crude}\n");
    file("scenarios/base.yaml", "name: base\nas_of: 2025-03-01\n");
    file("risks.yaml", "events:\n  - id: PIPE_DOWN\n    kind: outage\n    link: PIPE\n    probability: 0.3\n"
        + "    duration: {shape: fixed, days: 73}\n    sources: [fixture]\n");
    return DataSetLoader.load(dir, true).dataSet();
  }

  private void file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private static Answer risk(DataSet data, int samples, int threads) {
    return new Corridor(data, new OrToolsSolver(), CLOCK, Progress.NONE, Executors::newFixedThreadPool)
        .risk(new ScenarioRef(null, null), new RiskRequest(samples, 42, null, null, 500),
            new RunOptions(SolveOptions.DEFAULT, threads));
  }

  private static Map<String, Object> kzCrude(Answer a) {
    Table t = a.table("risk");
    List<String> names = t.columns().stream().map(c -> c.name()).toList();
    List<Object> row = t.rows().stream().filter(r -> r.get(names.indexOf("country")).equals("KZ")
        && r.get(names.indexOf("measure")).equals("exports")).findFirst().orElseThrow();
    return IntStream.range(0, names.size()).boxed().collect(java.util.stream.Collectors.toMap(names::get, row::get));
  }

  @Test
  void theMeasuresMatchTheHandComputedValuesWithinTheirStandardErrors() throws Exception {
    var r = kzCrude(risk(data(), 4000, 2));
    double eens = 0.3 * 6 * 24_017 / (365.0 * 365.0);
    assertThat((long) r.get("samples")).isEqualTo(4000);
    assertThat((double) r.get("expected")).isCloseTo(eens, within(4 * (double) r.get("expected_se")));
    assertThat((double) r.get("expected_se")).isBetween(0.003, 0.02);
    assertThat((double) r.get("p_loss")).isCloseTo(0.3, within(4 * (double) r.get("p_loss_se")));
    assertThat((double) r.get("var95")).isCloseTo(FULL, within(1e-9));
    assertThat((double) r.get("cvar95")).isCloseTo(FULL, within(1e-9));
    assertThat((double) r.get("cvar99")).isCloseTo(FULL, within(1e-9));
    assertThat(r.get("volume_unit")).isEqualTo("Mt");
  }

  @Test
  void theSameSeedGivesTheSameBytesOnOneAndTwoThreads() throws Exception {
    DataSet data = data();
    Answer one = risk(data, 1200, 1);
    Answer two = risk(data, 1200, 2);
    assertThat(TableFormat.csv(two.table("risk"))).isEqualTo(TableFormat.csv(one.table("risk")));
    assertThat(kzCrude(one).get("expected")).isNotEqualTo(0.0);
  }

  @Test
  void aSampleRecomputedAloneEqualsTheSameSampleInARun() throws Exception {
    DataSet data = data();
    var resolver = new ScenarioResolver(data, CLOCK);
    var scenario = resolver.scenario("base");
    LocalDate jan1 = LocalDate.of(2025, 1, 1);
    var parts = PeriodVolumes.cut(jan1, LocalDate.of(2025, 12, 31), resolver.changeDates(scenario));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try (SweepRunner runner = new SweepRunner(TransitFormulation.build(resolver.resolve(scenario.withAsOf(jan1))),
        new OrToolsSolver(), SolveOptions.DEFAULT, pool, 2, Progress.NONE)) {
      var base = PeriodVolumes.solve(resolver, scenario, parts, runner);
      List<RiskYears.Sample> run = RiskYears.of(resolver, scenario, data.risks(), 7, parts, base, runner).run(0, 200);
      RiskYears alone = RiskYears.of(resolver, scenario, data.risks(), 7, parts, base, runner);
      int hit = IntStream.range(0, 200).filter(i -> run.get(i).occurrences() > 0).findFirst().orElseThrow();
      RiskYears.Sample again = alone.run(hit, hit + 1).get(0);
      assertThat(again.index()).isEqualTo(hit);
      assertThat(again.loss()).containsExactly(run.get(hit).loss());
      assertThat(java.util.Arrays.stream(again.loss()).max().orElse(0)).isGreaterThan(0);
    } finally {
      pool.shutdownNow();
    }
  }
}
