package org.corridor.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.corridor.api.Corridor;
import org.corridor.api.RunOptions;
import org.corridor.api.ScenarioRef;
import org.corridor.api.Step;
import org.corridor.io.DataSetLoader;
import org.corridor.solve.LinearProgram;
import org.corridor.solve.LpSolution;
import org.corridor.solve.LpSolver;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.Progress;
import org.corridor.solve.ortools.OrToolsSolver;

/**
 * Diagnostic, not JMH: runs {@code analyze} on a data folder in process and counts what the solver was
 * asked for: programs loaded into a solver (sessions opened, one-off solves included), solves on a
 * session, and one-off solves. Wall time of the analysis alone (data loaded, natives loaded), per run.
 *
 * <pre>
 *   java -cp bench/target/benchmarks.jar org.corridor.bench.AnalyzeLoads data/eurasia [runs] [threads]
 * </pre>
 * With {@code -Dloads.where=true} it also prints how many programs of each size (rows x columns) were
 * loaded into a session and how many solved one-off: a variant of another shape than the base is built
 * and solved on its own.
 */
public final class AnalyzeLoads {
  private AnalyzeLoads() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
    var data = DataSetLoader.load(folder, false).dataSet();
    for (int r = 0; r < runs; r++) {
      Counting solver = new Counting(new OrToolsSolver());
      Corridor corridor = new Corridor(data, solver, Clock.systemUTC(), Progress.NONE);
      long t0 = System.nanoTime();
      corridor.analyze(ScenarioRef.DEFAULT, new RunOptions(SolveOptions.DEFAULT, threads), Step.quarter);
      double seconds = (System.nanoTime() - t0) / 1e9;
      System.out.printf(Locale.ROOT, "run %d\t%.3f s\tloads %d (%.3f s)\tsolves %d (%.3f s)\tone-off %d\tthreads %d"
          + "\tload %s%n", r, seconds, solver.loads.get(), solver.loadNanos.get() / 1e9, solver.sessionSolves.get(),
          solver.solveNanos.get() / 1e9, solver.oneOff.get(), threads, loadAverage());
      if (Boolean.getBoolean("loads.where")) {
        System.out.println(WHERE);
      }
    }
  }

  static String loadAverage() {
    try {
      return java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
    } catch (java.io.IOException e) {
      return "?";
    }
  }

  static final java.util.Map<String, Integer> WHERE = new java.util.concurrent.ConcurrentSkipListMap<>();

  /** Passes everything to a real solver and counts it. */
  static final class Counting implements LpSolver {
    final LpSolver inner;
    final AtomicInteger loads = new AtomicInteger();
    final AtomicInteger sessionSolves = new AtomicInteger();
    final AtomicInteger oneOff = new AtomicInteger();
    final java.util.concurrent.atomic.AtomicLong loadNanos = new java.util.concurrent.atomic.AtomicLong();
    final java.util.concurrent.atomic.AtomicLong solveNanos = new java.util.concurrent.atomic.AtomicLong();

    Counting(LpSolver inner) {
      this.inner = inner;
    }

    @Override
    public LpSolution solve(LinearProgram lp, SolveOptions options) {
      oneOff.incrementAndGet();
      if (Boolean.getBoolean("loads.where")) {
        String where = java.util.Arrays.stream(new Throwable().getStackTrace())
            .filter(e -> e.getClassName().startsWith("org.corridor.analysis") || e.getClassName().startsWith("org.corridor.api"))
            .findFirst().map(e -> e.getClassName() + ":" + e.getLineNumber()).orElse("?") + " " + lp.rows() + "x" + lp.columns();
        WHERE.merge(where, 1, Integer::sum);
      }
      return LpSolver.super.solve(lp, options);
    }

    @Override
    public LpSession open(LinearProgram lp, SolveOptions options) {
      loads.incrementAndGet();
      long t0 = System.nanoTime();
      if (Boolean.getBoolean("loads.where")) {
        WHERE.merge("session " + lp.rows() + "x" + lp.columns(), 1, Integer::sum);
      }
      LpSession s = inner.open(lp, options);
      loadNanos.addAndGet(System.nanoTime() - t0);
      return new ForwardingSession(s) {
        @Override
        public LpSolution solve() {
          sessionSolves.incrementAndGet();
          long t0 = System.nanoTime();
          LpSolution r = super.solve();
          solveNanos.addAndGet(System.nanoTime() - t0);
          return r;
        }
      };
    }
  }
}
