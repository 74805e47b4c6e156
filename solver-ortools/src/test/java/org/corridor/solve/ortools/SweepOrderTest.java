package org.corridor.solve.ortools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.corridor.model.SourceRef;
import org.corridor.model.Validity;
import org.corridor.policy.CapacityChange;
import org.corridor.policy.Scenario;
import org.corridor.policy.ScenarioResolver;
import org.corridor.policy.Snapshot;
import org.corridor.solve.CaseStart;
import org.corridor.solve.FlowResult;
import org.corridor.solve.Progress;
import org.corridor.solve.ScenarioSweep;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.Sweep;
import org.corridor.solve.SweepRunner;
import org.corridor.solve.TransitFormulation;
import org.corridor.synthetic.SyntheticNetwork;
import org.junit.jupiter.api.Test;

/**
 * A case's answer does not depend on the thread that solves it nor on the cases solved before it on the
 * same session: N-1 over every flowed link of a random multi-class network, on one thread in one order
 * and on two threads in the reverse order, gives the same welfare and flows to the last bit.
 */
class SweepOrderTest {
  @Test
  void sameAnswersOnOneAndTwoThreadsInEitherOrder() {
    TransitFormulation f = formulation(new SyntheticNetwork(40, 100, 2, 3, 7L));
    OrToolsSolver solver = new OrToolsSolver();
    LinkedHashSet<String> flowed = new LinkedHashSet<>();
    FlowResult.from(f, solver.solve(f.lp(), SolveOptions.DEFAULT), 0).flows().forEach(x -> flowed.add(x.link()));
    List<String> cases = new ArrayList<>(flowed);
    assertThat(cases).hasSizeGreaterThan(10);
    List<String> reversed = new ArrayList<>(cases);
    Collections.reverse(reversed);

    Map<String, String> one = run(f, solver, cases, 1);
    Map<String, String> two = run(f, solver, reversed, 2);
    assertThat(two).isEqualTo(one);
  }

  /**
   * A run that meets a program again takes the answer it found the first time (SolvedPrograms): every case listed
   * twice, on one thread, solves each program once, and both answers are the bits of a run without repeats.
   */
  @Test
  void aRepeatedCaseTakesTheSameAnswerWithoutASolve() {
    TransitFormulation f = formulation(new SyntheticNetwork(30, 70, 2, 3, 11L));
    OrToolsSolver solver = new OrToolsSolver();
    List<String> cases = flowed(f, solver, 8);
    List<String> twice = new ArrayList<>(cases);
    twice.addAll(cases);
    Map<String, String> once = run(f, solver, cases, 1);
    ExecutorService pool = Executors.newFixedThreadPool(1);
    try (SweepRunner runner = new SweepRunner(f, solver, SolveOptions.DEFAULT, pool, 1, Progress.NONE)) {
      List<String> answers = answers(runner, twice, Sweep.Variant.LinkClosed::new);
      assertThat(runner.repeats()).isEqualTo(cases.size());
      for (int c = 0; c < twice.size(); c++) {
        assertThat(answers.get(c)).as(twice.get(c)).isEqualTo(once.get(twice.get(c)));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * A node case solved by bounds on the live session gives the bits the old path gave (the variant's
   * scenario resolved, its program built, and solved in place): on one thread in one order, and on two
   * threads in the reverse order.
   */
  @Test
  void nodeClosedByBoundsAnswersAsTheRebuiltScenario() {
    ScenarioResolver resolver = new ScenarioResolver(new SyntheticNetwork(40, 100, 2, 3, 7L).generate());
    Scenario scenario = Scenario.base(LocalDate.of(2025, 1, 1));
    Snapshot base = resolver.resolve(scenario);
    TransitFormulation f = TransitFormulation.build(base);
    OrToolsSolver solver = new OrToolsSolver();
    List<String> nodes = new ArrayList<>(base.network().nodes().keySet());
    Map<String, Snapshot> closed = new HashMap<>();
    for (String n : nodes) {
      closed.put(n, resolver.resolve(scenario.plus("without " + n, List.of(new CapacityChange("n-1", null, n, 0,
          Validity.ALWAYS, "", SourceRef.estimate("test"))))));
    }
    List<String> reversed = new ArrayList<>(nodes);
    Collections.reverse(reversed);
    Map<String, String> rebuilt = runNodes(f, solver, nodes, 1, n -> Sweep.Variant.of(closed.get(n)));
    Map<String, String> byBounds = runNodes(f, solver, reversed, 2, n -> new Sweep.Variant.NodeClosed(n, closed.get(n)));
    assertThat(byBounds).isEqualTo(rebuilt);
    assertThat(rebuilt.values().stream().distinct().count()).isGreaterThan(5);
  }

  /** Each case's status, welfare (its bits) and flows, keyed by the case. */
  private static Map<String, String> runNodes(TransitFormulation f, OrToolsSolver solver, List<String> cases,
      int threads, java.util.function.Function<String, Sweep.Variant> variant) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (SweepRunner runner = new SweepRunner(f, solver, SolveOptions.DEFAULT, pool, threads, Progress.NONE)) {
      List<String> answers = answers(runner, cases, variant);
      Map<String, String> out = new HashMap<>();
      for (int c = 0; c < cases.size(); c++) {
        out.put(cases.get(c), answers.get(c));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Started from the base basis (a session steered back after each case), N-1 gives the same bits in
   * one order on one session as in the reverse order on another.
   */
  @Test
  void fromTheBaseBasisTheOrderDoesNotMatter() {
    TransitFormulation f = formulation(new SyntheticNetwork(40, 100, 2, 3, 7L));
    OrToolsSolver solver = new OrToolsSolver();
    LinkedHashSet<String> flowed = new LinkedHashSet<>();
    FlowResult.from(f, solver.solve(f.lp(), SolveOptions.DEFAULT), 0).flows().forEach(x -> flowed.add(x.link()));
    List<String> cases = new ArrayList<>(flowed);
    List<String> reversed = new ArrayList<>(cases);
    Collections.reverse(reversed);
    Map<String, String> forward = new HashMap<>();
    Map<String, String> backward = new HashMap<>();
    try (ScenarioSweep a = new ScenarioSweep(f, solver, SolveOptions.DEFAULT, true);
        ScenarioSweep b = new ScenarioSweep(f, solver, SolveOptions.DEFAULT, true)) {
      for (String id : cases) {
        FlowResult r = a.solveWithLinkClosed(id);
        forward.put(id, Double.doubleToLongBits(r.objective()) + " " + r.flows());
      }
      for (String id : reversed) {
        FlowResult r = b.solveWithLinkClosed(id);
        backward.put(id, Double.doubleToLongBits(r.objective()) + " " + r.flows());
      }
    }
    assertThat(cases).hasSizeGreaterThan(10);
    assertThat(backward).isEqualTo(forward);
  }

  /**
   * A runner forced to start from the base basis gives the same bits on one thread in one order as on two
   * threads in the reverse order, and the cold runner's answers up to rounding: the same welfare and the
   * same flows, each within {@value #ROUNDING} of its size (of 1 below 1): the two starts reach the same
   * optimum through other factorisations, so the last bits of some flows differ (measured: up to 6.4e-14).
   */
  @Test
  void aRunnerFromTheBaseBasisIsRepeatableAndAnswersAsACold() {
    Snapshot base = new ScenarioResolver(new SyntheticNetwork(40, 100, 2, 3, 7L).generate())
        .resolve(Scenario.base(LocalDate.of(2025, 1, 1)));
    TransitFormulation f = TransitFormulation.build(base);
    OrToolsSolver solver = new OrToolsSolver();
    List<String> cases = flowed(f, solver, Integer.MAX_VALUE);
    List<String> reversed = new ArrayList<>(cases);
    Collections.reverse(reversed);
    assertThat(cases).hasSizeGreaterThan(10);

    Map<String, FlowResult> fromBase = results(f, solver, cases, 1, CaseStart.FROM_BASE_BASIS);
    assertThat(bits(results(f, solver, reversed, 2, CaseStart.FROM_BASE_BASIS))).isEqualTo(bits(fromBase));
    assertSameUpToRounding(fromBase, results(f, solver, cases, 1, CaseStart.COLD));
  }

  /**
   * A program just above {@link CaseStart#BASE_BASIS_FROM} rows × columns: the runner made as sweeps make it
   * starts from the base basis by itself, gives the same bits on one and on two threads in opposite orders,
   * and the cold runner's answers up to rounding.
   */
  @Test
  void aProgramAboveTheThresholdStartsFromTheBaseBasisRepeatably() {
    Snapshot base = new ScenarioResolver(new SyntheticNetwork(100, 400, 4, 5, 20250101L).generate())
        .resolve(Scenario.base(LocalDate.of(2025, 1, 1)));
    TransitFormulation f = TransitFormulation.build(base);
    long size = (long) f.lp().rows() * f.lp().columns();
    assertThat(size).isBetween(CaseStart.BASE_BASIS_FROM, CaseStart.BASE_BASIS_FROM * 3 / 2);
    OrToolsSolver solver = new OrToolsSolver();
    List<String> cases = flowed(f, solver, 8);
    List<String> reversed = new ArrayList<>(cases);
    Collections.reverse(reversed);

    ExecutorService pool = Executors.newSingleThreadExecutor();
    try (SweepRunner runner = new SweepRunner(f, solver, SolveOptions.DEFAULT, pool, 1, Progress.NONE)) {
      assertThat(runner.startsFromBaseBasis()).isTrue();
    } finally {
      pool.shutdownNow();
    }
    Map<String, FlowResult> bySize = results(f, solver, cases, 1, CaseStart.BY_SIZE);
    assertThat(bits(results(f, solver, reversed, 2, CaseStart.BY_SIZE))).isEqualTo(bits(bySize));
    assertSameUpToRounding(bySize, results(f, solver, cases, 1, CaseStart.COLD));
  }

  private static final double ROUNDING = 1e-12;

  /** Same cases, statuses, welfare and flows (by link, commodity and origin), up to {@link #ROUNDING}. */
  private static void assertSameUpToRounding(Map<String, FlowResult> actual, Map<String, FlowResult> expected) {
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    for (String id : expected.keySet()) {
      FlowResult a = actual.get(id);
      FlowResult e = expected.get(id);
      assertThat(a.status()).isEqualTo(e.status());
      assertThat(a.objective()).as(id)
          .isCloseTo(e.objective(), within(ROUNDING * Math.max(1, Math.abs(e.objective()))));
      Map<String, Double> af = quantities(a);
      Map<String, Double> ef = quantities(e);
      Set<String> keys = new TreeSet<>(af.keySet());
      keys.addAll(ef.keySet());
      for (String k : keys) {
        double x = af.getOrDefault(k, 0.0);
        double y = ef.getOrDefault(k, 0.0);
        assertThat(x).as(id + " " + k).isCloseTo(y, within(ROUNDING * Math.max(1, Math.abs(y))));
      }
    }
  }

  /** A case's flows by link, commodity and origin. */
  private static Map<String, Double> quantities(FlowResult r) {
    Map<String, Double> out = new HashMap<>();
    r.flows().forEach(x -> out.merge(x.link() + " " + x.commodity() + " " + x.origin(), x.quantity(), Double::sum));
    return out;
  }

  /** Each case's welfare (its bits) and flows. */
  private static Map<String, String> bits(Map<String, FlowResult> results) {
    Map<String, String> out = new HashMap<>();
    results.forEach((id, r) -> out.put(id, r.status() + " " + Double.doubleToLongBits(r.objective()) + " "
        + r.flows()));
    return out;
  }

  private static Map<String, FlowResult> results(TransitFormulation f, OrToolsSolver solver, List<String> cases,
      int threads, CaseStart start) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (SweepRunner runner = new SweepRunner(f, solver, SolveOptions.DEFAULT, start, pool, threads, Progress.NONE)) {
      List<FlowResult> answers = runner.run(Sweep.of("n-1", cases, Sweep.Variant.LinkClosed::new, (id, r) -> r));
      Map<String, FlowResult> out = new HashMap<>();
      for (int c = 0; c < cases.size(); c++) {
        out.put(cases.get(c), answers.get(c));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /** The first {@code n} links that carry flow in the base optimum. */
  private static List<String> flowed(TransitFormulation f, OrToolsSolver solver, int n) {
    LinkedHashSet<String> flowed = new LinkedHashSet<>();
    FlowResult.from(f, solver.solve(f.lp(), SolveOptions.DEFAULT), 0).flows().forEach(x -> flowed.add(x.link()));
    return new ArrayList<>(flowed).subList(0, Math.min(n, flowed.size()));
  }

  /** Each case's welfare (its bits) and flows, keyed by the closed link. */
  private static Map<String, String> run(TransitFormulation f, OrToolsSolver solver, List<String> cases, int threads) {
    return runNodes(f, solver, cases, threads, Sweep.Variant.LinkClosed::new);
  }

  /** Each case's welfare (its bits) and flows, in the order of the cases. */
  private static List<String> answers(SweepRunner runner, List<String> cases,
      java.util.function.Function<String, Sweep.Variant> variant) {
    return runner.run(Sweep.of("n-1", cases, variant,
        (id, r) -> r.status() + " " + Double.doubleToLongBits(r.objective()) + " " + r.flows()));
  }

  /** The program of a synthetic network's base scenario as of 2025-01-01. */
  private static TransitFormulation formulation(SyntheticNetwork network) {
    return TransitFormulation.build(new ScenarioResolver(network.generate()).resolve(Scenario.base(LocalDate.of(2025, 1, 1))));
  }
}
