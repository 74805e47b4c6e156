package org.corridor.bench;

import java.util.concurrent.TimeUnit;
import org.corridor.solve.LinearProgram;
import org.corridor.solve.LpSolution;
import org.corridor.solve.LpSolver;
import org.corridor.solve.SolveOptions;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Loading the transit LP into OR-Tools and solving it with GLOP (dual simplex, no preprocessing: the
 * project's default {@link SolveOptions#DEFAULT}). Three benchmarks, so the parts can be checked against
 * the whole:
 * <ul>
 *   <li>{@code load}: {@code open} (MPSolver created, every column, row and coefficient passed through
 *       the Java API) and {@code close} (MPSolver deleted). No solve.</li>
 *   <li>{@code solve}: {@code session.solve()} only, on a session opened fresh before every invocation
 *       (untimed, {@link Level#Invocation}) so that GLOP always starts cold, never from the previous
 *       basis. It includes OR-Tools' extraction of the MPSolver model into GLOP, which happens inside
 *       {@code MPSolver.solve()}, and the copy of primal values and row duals back to Java.</li>
 *   <li>{@code loadAndSolve}: {@link LpSolver#solve}, i.e. open, solve and close, what a one-off run
 *       pays. It should be close to load + solve.</li>
 * </ul>
 * The LP is built once per trial. The native libraries are loaded once per fork, in the trial setup,
 * so their one-time cost is not in any figure here ({@link Sizes} reports it).
 *
 * <p>With the project's GLOP settings a cold solve takes about 5 s at 1,000 links but does not finish
 * within 120 s at 10,000 links (see docs/performance.md and {@link GlopSettings}), so run {@code solve}
 * and {@code loadAndSolve} with {@code -p links=1000}; {@code load} is quick at every size.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class SolveBenchmark {
  /** The LP, built once per trial, and a solver with its native libraries already loaded. */
  @State(Scope.Benchmark)
  public static class Instance {
    @Param({"1000", "10000", "100000"})
    public int links;

    LinearProgram lp;
    LpSolver solver;

    @Setup(Level.Trial)
    public void build() {
      solver = new OrToolsSolver();
      lp = TransitFormulation.build(Networks.snapshot(links)).lp();
    }
  }

  /** A session loaded before each invocation of {@code solve}, outside the timing, and closed after it. */
  @State(Scope.Thread)
  public static class FreshSession {
    LpSolver.LpSession session;

    @Setup(Level.Invocation)
    public void open(Instance in) {
      session = in.solver.open(in.lp, SolveOptions.DEFAULT);
    }

    @TearDown(Level.Invocation)
    public void close() {
      if (session != null) {
        session.close();
        session = null;
      }
    }
  }

  @Benchmark
  public void load(Instance in, Blackhole bh) {
    try (LpSolver.LpSession s = in.solver.open(in.lp, SolveOptions.DEFAULT)) {
      bh.consume(s);
    }
  }

  @Benchmark
  public LpSolution solve(FreshSession fresh) {
    return optimal(fresh.session.solve());
  }

  @Benchmark
  public LpSolution loadAndSolve(Instance in) {
    return optimal(in.solver.solve(in.lp, SolveOptions.DEFAULT));
  }

  private static LpSolution optimal(LpSolution sol) {
    if (!sol.isOptimal()) {
      throw new IllegalStateException("not optimal: " + sol.status());
    }
    return sol;
  }
}
