package org.corridor.solve.ortools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.corridor.analysis.DependencyShares;
import org.corridor.analysis.Welfare;
import org.corridor.io.DataSetLoader;
import org.corridor.policy.DataSet;
import org.corridor.policy.ScenarioResolver;
import org.corridor.solve.FeasibilityChecker;
import org.corridor.solve.FlowResult;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.SolverKind;
import org.corridor.solve.TransitModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-made example data set, solved end to end; its figures can be checked on paper. */
class ExampleDataSetTest {
  static DataSet data;
  static final TransitModel MODEL = new TransitModel(new OrToolsSolver(), SolveOptions.DEFAULT);

  @BeforeAll
  static void load() throws Exception {
    data = DataSetLoader.load(Path.of("../data/examples/steppe"), true).dataSet();
  }

  static FlowResult solve(String scenario) {
    return MODEL.solve(new ScenarioResolver(data).resolve(scenario, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"base-2024", "cpc-outage", "russia-denies-kz-crude", "grain-war"})
  void everyScenarioSolvesToAFeasibleOptimum(String scenario) {
    FlowResult r = solve(scenario);
    assertThat(r.isOptimal()).isTrue();
    assertThat(new FeasibilityChecker().check(r)).isEmpty();
    var rows = Welfare.of(r);
    double netbacks = rows.stream().mapToDouble(Welfare.Row::netback).sum();
    double tariffs = rows.stream().mapToDouble(Welfare.Row::tariffIncome).sum();
    double welfare = rows.stream().mapToDouble(Welfare.Row::welfare).sum();
    assertThat(netbacks).isCloseTo(r.objective(), within(1e-6 * r.objective()));
    assertThat(welfare).isCloseTo(r.objective() + tariffs, within(1e-6 * r.objective()));
  }

  @Test
  void cheapestCorridorsFillFirst() {
    // Netbacks per tonne: China 560−25−5 = 530, Caspian 550−5−20−15−5−3 = 502, CPC 550−10−30−15 = 495.
    // So China takes its 15 Mt, the Caspian its 5 Mt tanker capacity, and the CPC the remaining 40 Mt.
    FlowResult r = solve("base-2024");
    var ru = DependencyShares.of(r, "KZ", "crude").stream().filter(x -> x.country().equals("RU")).findFirst().orElseThrow();
    assertThat(ru.exports()).isCloseTo(60, within(1e-6));
    assertThat(ru.transitShare()).isCloseTo(40.0 / 60, within(1e-6));
    // One more tonne of Caspian tanker capacity moves a tonne from CPC to the Caspian: 502 − 495 = 7.
    var caspian = r.capacityPrices().stream().filter(c -> c.id().equals("CASPIAN")).findFirst().orElseThrow();
    assertThat(caspian.shadowPrice()).isCloseTo(7, within(1e-6));
  }

  @Test
  void russianBanStrandsWhatOtherRoutesCannotTake() {
    FlowResult r = solve("russia-denies-kz-crude");
    double kzExports = r.deliveries().stream().filter(d -> d.origin().equals("KZ") && d.commodity().equals("crude"))
        .mapToDouble(FlowResult.Delivery::quantity).sum();
    // Only China (15) and the Caspian (5) remain: 40 of 60 Mt are stranded.
    assertThat(kzExports).isCloseTo(20, within(1e-6));
    assertThat(r.flows()).noneMatch(f -> f.link().equals("CPC") && f.origin().equals("KZ"));
  }

  @Test
  void outageCutsCpcCapacityOnItsDates() {
    FlowResult r = solve("cpc-outage");
    double cpc = r.flows().stream().filter(f -> f.link().equals("CPC")).mapToDouble(FlowResult.LinkFlow::quantity).sum();
    assertThat(cpc).isCloseTo(39, within(1e-6)); // 60 × 0.65
  }

  @ParameterizedTest
  @ValueSource(strings = {"CLP", "HIGHS", "PDLP"})
  void otherSolversAgreeWithGlop(String kind) {
    var snap = new ScenarioResolver(data).resolve("base-2024", null);
    FlowResult glop = MODEL.solve(snap);
    FlowResult other = new TransitModel(new OrToolsSolver(), new SolveOptions(SolverKind.valueOf(kind), 0)).solve(snap);
    double tol = kind.equals("PDLP") ? 1e-3 : 1e-7;
    assertThat(other.objective()).isCloseTo(glop.objective(), within(tol * glop.objective()));
  }
}
