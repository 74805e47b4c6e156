package org.corridor.solve.ortools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.corridor.analysis.ClaimCheck;
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

  @Test
  void everyClaimPasses() {
    ScenarioResolver r = new ScenarioResolver(data);
    assertThat(data.claims()).hasSizeGreaterThanOrEqualTo(15);
    List<ClaimCheck.Row> rows = ClaimCheck.of(data.claims(), name -> MODEL.solve(r.resolve(name, null)));
    assertThat(rows).filteredOn(row -> !row.pass()).as("failing claims").isEmpty();
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
