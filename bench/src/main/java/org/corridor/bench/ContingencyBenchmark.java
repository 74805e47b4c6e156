package org.corridor.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.corridor.model.SourceRef;
import org.corridor.model.Validity;
import org.corridor.policy.CapacityChange;
import org.corridor.policy.Scenario;
import org.corridor.policy.ScenarioResolver;
import org.corridor.policy.Snapshot;
import org.corridor.solve.CaseStart;
import org.corridor.solve.LpSolution;
import org.corridor.solve.Progress;
import org.corridor.solve.ScenarioSweep;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.SweepRunner;
import org.corridor.solve.TransitFormulation;
import org.corridor.solve.ortools.OrToolsSolver;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * N-1 over links: the same set of contingencies (the first {@code cases} links that carry flow in the
 * base) solved three ways, each op = the whole set:
 * <ul>
 *   <li>{@code rebuild}: for each link, resolve the scenario with the link closed, build the LP, load it
 *   into a new solver and solve cold;</li>
 *   <li>{@code warm}: one live solver, the link's capacity rows set to 0, re-solve, restore (what
 *   {@code Chokepoints} does: each case cold, or from the base basis where {@code CaseStart.BY_SIZE} says so,
 *   as at 1,000 links);</li>
 *   <li>{@code warmParallel}: the warm path spread over all cores, one solver per thread.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class ContingencyBenchmark {
  @Param({"1000", "10000"})
  public int links;

  @Param({"40"})
  public int cases;

  private Snapshot base;
  private ScenarioResolver resolver;
  private List<String> closed;
  private ScenarioSweep sweep;
  private SweepRunner runner;
  private java.util.concurrent.ExecutorService pool;
  private static final int THREADS = Runtime.getRuntime().availableProcessors();
  private final OrToolsSolver solver = new OrToolsSolver();

  @Setup(Level.Trial)
  public void setUp() {
    var data = Networks.network(links).generate();
    resolver = new ScenarioResolver(data);
    base = resolver.resolve(Scenario.base(Networks.AS_OF));
    TransitFormulation f = TransitFormulation.build(base);
    // Both in-place paths start their cases as sweeps do, by the program's size (CaseStart.BY_SIZE).
    sweep = new ScenarioSweep(f, solver, SolveOptions.DEFAULT, CaseStart.BY_SIZE.fromBaseBasis(f.lp()));
    pool = java.util.concurrent.Executors.newFixedThreadPool(THREADS);
    runner = new SweepRunner(f, solver, SolveOptions.DEFAULT, pool, THREADS, Progress.NONE);
    closed = Networks.flowedLinks(base, solver, cases);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    sweep.close();
    runner.close();
    pool.shutdownNow();
  }

  @Benchmark
  public double rebuild() {
    double sum = 0;
    for (String id : closed) {
      Snapshot s = resolver.resolve(Scenario.base(Networks.AS_OF).plus("without " + id, List.of(new CapacityChange(
          "n-1", id, null, 0, Validity.ALWAYS, "", SourceRef.estimate("benchmark")))));
      LpSolution sol = solver.solve(TransitFormulation.build(s).lp(), SolveOptions.DEFAULT);
      sum += sol.objective();
    }
    return sum;
  }

  @Benchmark
  public double warm() {
    double sum = 0;
    for (String id : closed) {
      sum += sweep.solveWithLinkClosed(id).objective();
    }
    return sum;
  }

  @Benchmark
  public double warmParallel() {
    List<Double> r = runner.run(org.corridor.solve.Sweep.of("n-1", closed,
        id -> new org.corridor.solve.Sweep.Variant.LinkClosed(id), (id, res) -> res.objective()));
    return r.stream().mapToDouble(Double::doubleValue).sum();
  }
}
