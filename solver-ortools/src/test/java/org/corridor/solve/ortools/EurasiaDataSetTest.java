package org.corridor.solve.ortools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.corridor.report.Table;
import org.corridor.api.Answer;
import org.corridor.api.Corridor;
import org.corridor.api.RunOptions;
import org.corridor.solve.Progress;
import org.corridor.io.DataSetLoader;
import org.corridor.policy.DataSet;
import org.corridor.policy.ScenarioResolver;
import org.corridor.solve.FeasibilityChecker;
import org.corridor.solve.FlowResult;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.TransitModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled data set: strictly valid, every scenario solves feasibly, and every sourced claim holds. */
class EurasiaDataSetTest {
  static DataSet data;
  static final TransitModel MODEL = new TransitModel(new OrToolsSolver(), SolveOptions.DEFAULT);

  @BeforeAll
  static void load() throws Exception {
    data = DataSetLoader.load(Path.of("../data/eurasia"), true).dataSet();
  }

  @Test
  void everyScenarioSolvesToAFeasibleOptimum() {
    ScenarioResolver r = new ScenarioResolver(data);
    assertThat(data.scenarios()).containsKeys("visit-2024-11-28", "cpc-strike-2025-02", "russia-denies-kz-oil",
        "kazakhstan-denies-ru-gas", "grain-war-2024", "trans-caspian-7mt", "ru-cn-gas-via-kz", "pos2-mongolia",
        "secondary-sanctions", "today");
    for (String name : data.scenarios().keySet()) {
      FlowResult result = MODEL.solve(r.resolve(name, null));
      assertThat(result.isOptimal()).as(name).isTrue();
      assertThat(new FeasibilityChecker().check(result)).as(name).isEmpty();
    }
  }

  /** Calibration claims must pass (their figures are inputs); test claims are counted, not required to pass. */
  @Test
  void everyCalibrationClaimPasses() {
    assertThat(data.claims()).hasSizeGreaterThanOrEqualTo(15);
    Corridor corridor = new Corridor(data, new OrToolsSolver(), Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"),
        ZoneOffset.UTC), Progress.NONE);
    Answer a = corridor.check(null, new RunOptions(SolveOptions.DEFAULT, 1));
    Table claims = a.table("claims");
    int kind = column(claims, "kind");
    int pass = column(claims, "pass");
    int id = column(claims, "claim");
    assertThat(claims.rows()).hasSize(data.claims().size());
    assertThat(claims.rows()).filteredOn(row -> row.get(kind).equals("calibration") && row.get(pass).equals(false))
        .extracting(row -> row.get(id)).as("failing calibration claims").isEmpty();
    assertThat(claims.rows()).filteredOn(row -> row.get(kind).equals("test")).as("test claims").isNotEmpty();
    assertThat(((Corridor.CheckSummary) a.summary()).fails()).isFalse();
  }

  private static int column(Table t, String name) {
    return t.columns().stream().map(c -> c.name()).toList().indexOf(name);
  }

  @Test
  void everyRowHasASourceOrAnEstimate() {
    var net = data.network();
    assertThat(net.links().values()).allMatch(l -> !l.sources().isEmpty());
    assertThat(net.nodes().values()).allMatch(n -> !n.sources().isEmpty());
    assertThat(net.supply()).allMatch(s -> !s.sources().isEmpty());
    assertThat(net.demand()).allMatch(d -> !d.sources().isEmpty());
    assertThat(net.commodities().values()).allMatch(c -> !c.sources().isEmpty());
    assertThat(data.policies()).allMatch(p -> !p.sources().isEmpty());
  }
}
