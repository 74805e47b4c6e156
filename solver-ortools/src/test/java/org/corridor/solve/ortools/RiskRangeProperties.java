package org.corridor.solve.ortools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.corridor.analysis.RiskYears;
import org.corridor.api.Answer;
import org.corridor.api.Corridor;
import org.corridor.api.RiskRequest;
import org.corridor.api.RiskRun;
import org.corridor.api.RunOptions;
import org.corridor.api.ScenarioRef;
import org.corridor.io.DataSetLoader;
import org.corridor.io.ExampleCopy;
import org.corridor.solve.Progress;
import org.corridor.solve.SolveOptions;

/**
 * A risk run cut anywhere: the sample indices split into ranges, each range drawn on a risk run of its own (as a
 * distributed task draws it), the sampled years gathered in any order, give {@code Corridor.risk}'s answer to the
 * last bit. The failing cuts and order are in jqwik's report.
 */
class RiskRangeProperties {
  private static final int SAMPLES = 120;
  private static final RiskRequest REQUEST = new RiskRequest(SAMPLES, 7, null, null, 25);
  private static final RunOptions OPTIONS = new RunOptions(SolveOptions.DEFAULT, 1);
  private static Corridor corridor;
  private static Answer whole;

  private static synchronized Corridor corridor() throws Exception {
    if (corridor == null) {
      Path dir = ExampleCopy.in(Files.createTempDirectory("risk-ranges").resolve("steppe"))
          .write("risks.yaml", ExampleCopy.CPC_RISKS).dir();
      corridor = new Corridor(DataSetLoader.load(dir, true).dataSet(), new OrToolsSolver(),
          Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC), Progress.NONE);
      whole = corridor.risk(ScenarioRef.DEFAULT, REQUEST, OPTIONS);
    }
    return corridor;
  }

  @Property(tries = 8)
  void rangesDrawnApartGiveTheWholeRunsAnswer(@ForAll @Size(max = 3) List<@IntRange(min = 1, max = SAMPLES - 1) Integer> cuts,
      @ForAll long order) throws Exception {
    Corridor c = corridor();
    TreeSet<Integer> bounds = new TreeSet<>(cuts);
    bounds.add(0);
    bounds.add(SAMPLES);
    List<RiskYears.Sample> gathered = new ArrayList<>();
    long solves = 0;
    Integer from = null;
    for (int to : bounds) {
      if (from != null) {
        try (RiskRun range = c.riskRun(ScenarioRef.DEFAULT, REQUEST, OPTIONS)) {
          gathered.addAll(range.samples(from, to));
          solves += range.solves();
        }
      }
      from = to;
    }
    Collections.shuffle(gathered, new Random(order));
    try (RiskRun driver = c.riskRun(ScenarioRef.DEFAULT, REQUEST, OPTIONS)) {
      Answer a = driver.answer(gathered, solves, false);
      assertThat(a.tables()).isEqualTo(whole.tables());
      assertThat(a.tables().get(0).rows()).isNotEmpty();
    }
  }
}
