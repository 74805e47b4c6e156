package org.corridor.solve.ortools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import org.corridor.analysis.Chokepoints;
import org.corridor.analysis.Leverage;
import org.corridor.analysis.MinCuts;
import org.corridor.analysis.ScenarioDiff;
import org.corridor.analysis.Timeline;
import org.corridor.io.DataSetLoader;
import org.corridor.policy.DataSet;
import org.corridor.policy.ScenarioResolver;
import org.corridor.solve.FlowResult;
import org.corridor.solve.Progress;
import org.corridor.solve.ScenarioSweep;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.SweepRunner;
import org.corridor.solve.TransitModel;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.corridor.solve.LpSolver;
import org.corridor.solve.TransitFormulation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analyses on the example data set, whose answers can be worked out on paper. Crude, 2024:
 * <pre>
 *                          CPC 60 (cost 10 + tariff 30 to RU)      BLACK_SEA (15, via the Straits)
 *   OILFIELD(KZ) 60 ─▶ ATYRAU ──────────────────────────▶ NOVO(RU) ─────────────────────▶ WORLD 550
 *                        │ └─ KCP 20 (25) ─▶ ALASHANKOU(CN) ─ 5 ─▶ CN_MARKET 560 (takes 15)
 *                        └─ 5 ─▶ AKTAU ─ CASPIAN 5 (20) ─▶ BAKU(AZ) ─ BTC (15 + 5 to GE) ─▶ CEYHAN(TR) ─ 3 ─▶ WORLD
 *   RU_OIL(RU) 30 ─ 12 ─▶ NOVO
 * </pre>
 * Netbacks per tonne of Kazakh crude (before the 150 supply cost and the 2 to Atyrau): China 530,
 * Caspian 502, CPC 495. So 15 go to China, 5 across the Caspian, 40 by the CPC.
 */
class AnalysesTest {
  static DataSet data;
  static ScenarioResolver resolver;
  static final OrToolsSolver SOLVER = new OrToolsSolver();
  static final TransitModel MODEL = new TransitModel(SOLVER, SolveOptions.DEFAULT);
  static final ExecutorService POOL = Executors.newFixedThreadPool(2);

  @BeforeAll
  static void load() throws Exception {
    data = DataSetLoader.load(Path.of("../data/examples/steppe"), true).dataSet();
    resolver = new ScenarioResolver(data);
  }

  @AfterAll
  static void stop() {
    POOL.shutdownNow();
  }

  private static FlowResult base() {
    return MODEL.solve(resolver.resolve("base-2024", null));
  }

  /** A runner over the base's formulation, on two threads. */
  static SweepRunner runner(FlowResult base, LpSolver solver) {
    return new SweepRunner(TransitFormulation.build(base.snapshot()), solver, SolveOptions.DEFAULT, POOL, 2,
        Progress.NONE);
  }

  @Test
  void russiasTransitLeverOverKazakhCrude() {
    FlowResult base = base();
    List<Leverage.Row> rows = new Leverage(resolver, resolver.scenario("base-2024"), runner(base, SOLVER))
        .run(base, EnumSet.of(Leverage.Lever.TRANSIT));
    Leverage.Row ru = rows.stream().filter(r -> r.actor().equals("RU") && r.target().equals("KZ")
        && r.commodity().equals("crude")).findFirst().orElseThrow();
    // 40 of 60 Mt cross Russia; with Russia closed only China (15) and the Caspian (5) remain: the 40 are lost.
    assertThat(ru.sensitivityShare()).isCloseTo(40.0 / 60, within(1e-9));
    assertThat(ru.vulnerabilityShare()).isCloseTo(40.0 / 60, within(1e-9));
    assertThat(ru.lostVolume()).isCloseTo(40, within(1e-6));
    assertThat(ru.reroutableShare()).isCloseTo(0, within(1e-9));
    // Kazakhstan loses the netback of 40 Mt by the CPC: 550 − 15 − 10 − 30 − 2 − 150 = 343 per tonne.
    assertThat(ru.targetLoss()).isCloseTo(40 * 343, within(1e-6));
    // Russia forgoes the CPC tariff: 40 Mt × 30.
    assertThat(ru.actorCost()).isCloseTo(40 * 30, within(1e-6));
    // Kazakhstan has no transit lever over Russian crude (it does not cross Kazakhstan).
    assertThat(ru.asymmetryShare()).isCloseTo(ru.vulnerabilityShare(), within(1e-12));
  }

  @Test
  void importAndExportLeversAreSolvedToo() {
    FlowResult base = base();
    List<Leverage.Row> rows = new Leverage(resolver, resolver.scenario("base-2024"), runner(base, SOLVER))
        .run(base, EnumSet.allOf(Leverage.Lever.class));
    // China bans Kazakh crude: its 15 Mt move to the CPC? The CPC is full only at 60, so yes: 15 reroute.
    Leverage.Row cn = rows.stream().filter(r -> r.lever().equals("import") && r.actor().equals("CN")
        && r.target().equals("KZ")).findFirst().orElseThrow();
    assertThat(cn.sensitivityShare()).isCloseTo(0.25, within(1e-9));
    assertThat(cn.vulnerabilityShare()).isCloseTo(0, within(1e-9));
    assertThat(cn.reroutableShare()).isCloseTo(1, within(1e-9));
    assertThat(rows).anyMatch(r -> r.lever().equals("export"));
    assertThat(Leverage.totals(rows)).isNotEmpty();
  }

  @Test
  void chokepointsRankTheCpcFirstAndSkipIdleLinks() {
    FlowResult base = base();
    Chokepoints.Result r = new Chokepoints(resolver, resolver.scenario("base-2024"), runner(base, SOLVER)).run(base);
    Chokepoints.Row cpc = r.ranking().stream().filter(x -> x.id().equals("CPC")).findFirst().orElseThrow();
    assertThat(cpc.solved()).isTrue();
    // Without the CPC: 40 Mt stranded, Kazakhstan loses 40 × 343, Russia 40 × 30 of tariffs.
    assertThat(cpc.welfareLoss()).isCloseTo(40 * 343 + 40 * 30, within(1e-6));
    assertThat(cpc.biggestLoser()).isEqualTo("KZ");
    assertThat(r.stranded()).anyMatch(s -> s.id().equals("CPC") && s.commodity().equals("crude")
        && Math.abs(s.increase() - 40) < 1e-6);
    assertThat(r.ranking().get(0).welfareLoss()).isGreaterThanOrEqualTo(cpc.welfareLoss());
    // In the grain war no Russian wheat crosses Kazakhstan, and Kazakh wheat all goes south: the rail
    // link from Russia into Kazakhstan is idle, so it is listed without a re-solve.
    FlowResult warBase = MODEL.solve(resolver.resolve("grain-war", null));
    Chokepoints.Result war = new Chokepoints(resolver, resolver.scenario("grain-war"), runner(warBase, SOLVER))
        .run(warBase);
    Chokepoints.Row idle = war.ranking().stream().filter(x -> x.id().equals("RU_KZ_RAIL")).findFirst().orElseThrow();
    assertThat(idle.solved()).as("a link with no flow is not re-solved").isFalse();
    assertThat(idle.welfareLoss()).isZero();
  }

  @Test
  void warmLinkClosureMatchesAColdSolve() {
    try (ScenarioSweep sweep = new ScenarioSweep(TransitFormulation.build(resolver.resolve("base-2024", null)),
        SOLVER, SolveOptions.DEFAULT)) {
      FlowResult warm = sweep.solveWithLinkClosed("KCP");
      var cold = MODEL.solve(resolver.resolve(resolver.scenario("base-2024").plus("no KCP", List.of(
          new org.corridor.policy.CapacityChange("x", "KCP", null, 0, org.corridor.model.Validity.ALWAYS, "",
              org.corridor.model.SourceRef.estimate("test"))))));
      assertThat(warm.objective()).isCloseTo(cold.objective(), within(1e-6));
      assertThat(new org.corridor.solve.FeasibilityChecker().check(warm)).isEmpty();
    }
  }

  @Test
  void minCutOfKazakhCrudeIsItsExportPipelines() {
    MinCuts.Row kz = MinCuts.of(base()).stream().filter(r -> r.exporter().equals("KZ") && r.commodity().equals("crude"))
        .findFirst().orElseThrow();
    // Out of Atyrau: CPC 60 + China 15 (its market takes no more) + Caspian 5 (the tankers) = 80, which
    // equals the field pipeline's 80: the export capacity is 80 Mt against 60 Mt of supply.
    assertThat(kz.exportCapacity()).isCloseTo(80, within(1e-9));
    assertThat(kz.supply()).isEqualTo(60);
    assertThat(kz.cutLinks()).isNotEmpty();
  }

  @Test
  void diffOfTheOutageNamesThePolicyAndTheCpcFlow() {
    FlowResult a = MODEL.solve(resolver.resolve("base-2024", null));
    FlowResult b = MODEL.solve(resolver.resolve("cpc-outage", null));
    ScenarioDiff.Result d = ScenarioDiff.of(a, b);
    assertThat(d.inputs()).anyMatch(i -> i.kind().equals("policy") && i.key().equals("cpc-outage-2025"));
    assertThat(d.inputs()).anyMatch(i -> i.kind().equals("link capacity") && i.key().equals("CPC")
        && i.before().equals("60") && i.after().equals("39"));
    assertThat(d.results()).anyMatch(r -> r.kind().equals("flow") && r.key().startsWith("CPC ") && r.delta() == -1.0);
    assertThat(d.top(3)).isNotEmpty();
    // One Mt of Kazakh crude lost: the largest change is welfare or that flow, both about 343 MUSD.
    assertThat(Math.abs(d.top(1).get(0).deltaValue())).isGreaterThan(300);
  }

  @Test
  void timelineShowsTheOutageWindow() {
    List<Timeline.Row> rows = Timeline.of(resolver, resolver.scenario("base-2024"),
        Timeline.dates(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 7, 1), Period.ofMonths(2)),
        List.of(new DataSet.Focus("KZ", "crude", "RU")), runner(base(), SOLVER));
    double exportsMarch = rows.stream().filter(r -> r.date().equals(LocalDate.of(2025, 3, 1))
        && r.indicator().equals("KZ crude exports")).findFirst().orElseThrow().value();
    double exportsJuly = rows.stream().filter(r -> r.date().equals(LocalDate.of(2025, 7, 1))
        && r.indicator().equals("KZ crude exports")).findFirst().orElseThrow().value();
    assertThat(exportsMarch).isCloseTo(59, within(1e-6));
    assertThat(exportsJuly).isCloseTo(60, within(1e-6));
    assertThat(rows).anyMatch(r -> r.indicator().equals("KZ crude leverage of RU"));
  }

  /**
   * A solver whose sessions report a time limit whenever a row's upper bound is 0, i.e. on every link or
   * node closure, and solve normally otherwise: a planted failure in the middle of a sweep.
   */
  static final class TimesOutOnClosures implements LpSolver {
    @Override
    public LpSession open(org.corridor.solve.LinearProgram lp, SolveOptions options) {
      LpSession real = SOLVER.open(lp, options);
      return new LpSession() {
        final java.util.Set<Integer> closedRows = new java.util.HashSet<>();

        @Override
        public org.corridor.solve.LpSolution solve() {
          return !closedRows.isEmpty() ? new org.corridor.solve.LpSolution(org.corridor.solve.LpStatus.TIME_LIMIT, Double.NaN,
              new double[0], new double[0], 0, "planted", 0) : real.solve();
        }

        @Override
        public void setColumnBounds(int column, double lo, double up) {
          real.setColumnBounds(column, lo, up);
        }

        @Override
        public void setRowBounds(int row, double lo, double up) {
          if (up == 0) {
            closedRows.add(row);
          } else {
            closedRows.remove(row);
          }
          real.setRowBounds(row, lo, up);
        }

        @Override
        public void setObjective(double[] coefficients) {
          real.setObjective(coefficients);
        }

        @Override
        public void reset() {
          real.reset();
        }

        @Override
        public void close() {
          real.close();
        }
      };
    }
  }

  @Test
  void aTimedOutReSolveIsReportedAsNotOptimalNotAsALoss() {
    FlowResult base = base();
    Chokepoints.Result r = new Chokepoints(resolver, resolver.scenario("base-2024"),
        runner(base, new TimesOutOnClosures())).run(base);
    Chokepoints.Row cpc = r.ranking().stream().filter(x -> x.id().equals("CPC")).findFirst().orElseThrow();
    assertThat(cpc.status()).isEqualTo("time-limit");
    assertThat(cpc.optimal()).isFalse();
    assertThat(cpc.welfareLoss()).as("a failed re-solve has no loss").isNaN();
    assertThat(cpc.biggestLoser()).isNull();
    assertThat(r.countryLosses()).noneMatch(l -> l.id().equals("CPC"));
    assertThat(r.stranded()).noneMatch(l -> l.id().equals("CPC"));
    // Countries close by transit bans, which fix columns, not rows: they still solve, and every case that
    // solved ranks above every case that did not.
    assertThat(r.ranking()).anyMatch(x -> x.element().equals("country") && x.optimal() && x.welfareLoss() > 0);
    int firstFailed = r.ranking().indexOf(r.ranking().stream().filter(x -> x.solved() && !x.optimal()).findFirst()
        .orElseThrow());
    assertThat(r.ranking().subList(0, firstFailed)).allMatch(x -> x.optimal() || !x.solved());
  }
}
