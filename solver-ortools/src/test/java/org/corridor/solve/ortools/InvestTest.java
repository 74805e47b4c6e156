package org.corridor.solve.ortools;

import static org.assertj.core.api.Assertions.assertThat;
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
import java.util.stream.IntStream;
import org.corridor.api.Answer;
import org.corridor.api.Corridor;
import org.corridor.api.InvestRequest;
import org.corridor.api.InvestStore;
import org.corridor.api.RunOptions;
import org.corridor.api.ScenarioRef;
import org.corridor.io.DataSetLoader;
import org.corridor.policy.DataSet;
import org.corridor.report.Table;
import org.corridor.report.TableFormat;
import org.corridor.solve.Progress;
import org.corridor.solve.SolveOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Projects ranked on the pipe-and-rail network with one risky link:
 * <pre>
 *                PIPE 30 (cost 10)                 SEA 100 (cost 5)
 *   FIELD(KZ) ─────────────────────▶ PORT(RU) ──────────────────────▶ WORLD(XW) 500
 *   supply 10  ├─ RAIL 4 (cost 10) ─▶ CN_MKT(CN) 600, takes 4
 *              ├─ BYPASS 10 (proposed, cost 12) ──────────────────────▶ WORLD     project BYPASS_LINE, USD 100 m
 *              └─ PIPE2 10 (proposed, cost 10) ─▶ PORT                            project SECOND_PIPE, USD 100 m
 *   SEA + 50 Mt/yr                                                                project MORE_SEA, USD 100 m
 *   PIPE_DOWN: PIPE × 0 for 73 days, with probability 0.3 in a year
 * </pre>
 * SEA carries 6 of its 100: more of it avoids nothing, while the bypass and the second pipe each carry the 6 Mt
 * PIPE loses. Both protect against the same event, so as a pair they avoid no more than one alone: substitutes.
 */
class InvestTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
  private static final String EST = "estimate: test fixture";

  @TempDir
  Path dir;

  private DataSet data() throws Exception {
    PipeRailNetwork.writeTo(dir);
    String links = Files.readString(dir.resolve("links.csv"));
    Files.writeString(dir.resolve("links.csv"), links
        + "BYPASS,Bypass,FIELD,WORLD,pipeline,crude,10,Mt,,forward,12,0,,proposed,,,,,," + EST + "\n"
        + "PIPE2,Second pipe,FIELD,PORT,pipeline,crude,10,Mt,,forward,10,0,,proposed,,2030-01-01,,,," + EST + "\n");
    file("dataset.yaml", "name: fixture\ndefault_scenario: base\nfocus:\n  - {exporter: KZ, commodity: crude}\n");
    file("scenarios/base.yaml", "name: base\nas_of: 2025-03-01\n");
    file("risks.yaml", "events:\n  - id: PIPE_DOWN\n    kind: outage\n    link: PIPE\n    probability: 0.3\n"
        + "    duration: {shape: fixed, days: 73}\n    sources: [fixture]\n");
    file("candidates.csv", "id,name,expands,capacity_added,capex,online,status,sources\n"
        + "MORE_SEA,More sea,SEA,50,100,2027-01-01,estimate," + EST + "\n"
        + "BYPASS_LINE,Bypass,BYPASS,0,100,2028-01-01,plan," + EST + "\n"
        + "SECOND_PIPE,Second pipe,PIPE2,0,100,2030-01-01,announced," + EST + "\n");
    return DataSetLoader.load(dir, true).dataSet();
  }

  private void file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private static Answer invest(DataSet data, int samples, int threads) {
    return new Corridor(data, new OrToolsSolver(), CLOCK, Progress.NONE, Executors::newFixedThreadPool)
        .invest(new ScenarioRef(null, null), new InvestRequest(samples, 42, null, true, 150),
            new RunOptions(SolveOptions.DEFAULT, threads), InvestStore.NONE);
  }

  private static Map<String, Map<String, Object>> byOption(Table t) {
    List<String> names = t.columns().stream().map(c -> c.name()).toList();
    return t.rows().stream().collect(Collectors.toMap(r -> (String) r.get(names.indexOf("option")),
        r -> IntStream.range(0, names.size()).boxed().filter(i -> r.get(i) != null)
            .collect(Collectors.toMap(names::get, r::get))));
  }

  @Test
  void aProjectThatBypassesTheRiskyLinkRanksAboveCapacityOnAnUncongestedLink() throws Exception {
    Map<String, Map<String, Object>> rows = byOption(invest(data(), 400, 2).table("invest"));
    Map<String, Object> bypass = rows.get("BYPASS_LINE");
    Map<String, Object> sea = rows.get("MORE_SEA");
    assertThat((double) bypass.get("expected_reduction")).isGreaterThan(4 * (double) bypass.get("expected_reduction_se"));
    assertThat((double) bypass.get("cvar95_reduction")).isGreaterThan(0);
    assertThat((double) sea.get("expected_reduction")).isCloseTo(0, within(1e-6));
    assertThat((int) bypass.get("rank")).isLessThan((int) sea.get("rank"));
    assertThat((int) bypass.get("cvar_rank")).isLessThan((int) sea.get("cvar_rank"));
    // The bypass is cheaper than pipe and sea (12 against 15 per t): it earns 3 × 6 Mt on normal days too.
    assertThat((double) bypass.get("normal_gain")).isCloseTo(18, within(1e-6));
    assertThat((double) sea.get("normal_gain")).isCloseTo(0, within(1e-6));
  }

  @Test
  void twoProjectsThatGuardAgainstTheSameEventAreSubstitutes() throws Exception {
    Map<String, Map<String, Object>> rows = byOption(invest(data(), 400, 2).table("invest"));
    Map<String, Object> pair = rows.get("BYPASS_LINE+SECOND_PIPE");
    double single = (double) rows.get("BYPASS_LINE").get("expected_reduction");
    assertThat((double) rows.get("SECOND_PIPE").get("expected_reduction")).isCloseTo(single, within(1e-6));
    assertThat((double) pair.get("expected_reduction")).isCloseTo(single, within(1e-6));
    assertThat((double) pair.get("interaction")).isCloseTo(-single, within(1e-6));
    assertThat((double) pair.get("capex")).isEqualTo(200.0);
    assertThat(rows.get("BYPASS_LINE").get("interaction")).isNull();
    // The sea does nothing for the bypass: neither complement nor substitute.
    assertThat((double) rows.get("MORE_SEA+BYPASS_LINE").get("interaction")).isCloseTo(0, within(1e-6));
  }

  @Test
  void theRankingIsTheSameBytesOnOneAndFourThreads() throws Exception {
    DataSet data = data();
    Answer one = invest(data, 300, 1);
    Answer four = invest(data, 300, 4);
    assertThat(TableFormat.csv(four.table("invest"))).isEqualTo(TableFormat.csv(one.table("invest")));
    assertThat(TableFormat.csv(four.table("invest-focus"))).isEqualTo(TableFormat.csv(one.table("invest-focus")));
    assertThat(byOption(one.table("invest")).get("BYPASS_LINE").get("expected_reduction")).isNotEqualTo(0.0);
  }
}
