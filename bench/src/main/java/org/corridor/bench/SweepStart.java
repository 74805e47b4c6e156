package org.corridor.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.corridor.io.DataSetLoader;
import org.corridor.policy.ScenarioResolver;
import org.corridor.policy.Snapshot;
import org.corridor.solve.CaseStart;
import org.corridor.solve.LinearProgram;
import org.corridor.solve.LpSolver;
import org.corridor.solve.Progress;
import org.corridor.solve.ScenarioSweep;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.Sweep;
import org.corridor.solve.SweepRunner;
import org.corridor.solve.TransitFormulation;
import org.corridor.solve.ortools.OrToolsSolver;

/**
 * N-1 per case through {@code ScenarioSweep}, as sweeps run it: the same links (the first {@code cases}
 * that carry flow in the base) closed one at a time on a new sweep session, interleaved per pass:
 * <ul>
 *   <li>{@code cold}: a session that reports no basis, so every case starts from scratch (what sweeps do
 *       below {@code CaseStart.BASE_BASIS_FROM} rows × columns);</li>
 *   <li>{@code base-basis}: GLOP's session as it is, every case from the base basis and steered back
 *       (the sweep's {@code fromBaseBasis} option, what sweeps do from that size up).</li>
 * </ul>
 * Seconds per case include the session's first solve of the base; the welfare sums must agree. {@code SIZES}
 * is a comma-separated list of synthetic sizes (links) or data folders (their default scenario); each pass
 * runs every size both ways in turn, so the sizes are compared under the same load. Each program's rows,
 * columns and non-zeros are printed first: they are what {@code CaseStart.BY_SIZE} decides by. With
 * {@code THREADS}, the cases run through a {@code SweepRunner} on that many sessions instead ({@code CaseStart.COLD}
 * against {@code FROM_BASE_BASIS}), each session paying its own first base solve, as sweeps run them.
 *
 * <pre>
 *   java -cp bench/target/benchmarks.jar org.corridor.bench.SweepStart SIZES CASES PASSES [THREADS]
 *   java -cp bench/target/benchmarks.jar org.corridor.bench.SweepStart data/eurasia,100,250,500,1000 8 2
 * </pre>
 */
public final class SweepStart {
  private SweepStart() {}

  public static void main(String[] args) throws Exception {
    int cases = Integer.parseInt(args[1]);
    int passes = Integer.parseInt(args[2]);
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    OrToolsSolver glop = new OrToolsSolver();
    List<Instance> instances = new ArrayList<>();
    for (String size : args[0].split(",")) {
      Snapshot base = size.chars().allMatch(Character::isDigit) ? Networks.snapshot(Integer.parseInt(size))
          : dataSet(Path.of(size));
      Instance in = new Instance(size, TransitFormulation.build(base), Networks.flowedLinks(base, glop, cases));
      LinearProgram lp = in.base().lp();
      System.out.printf(Locale.ROOT, "%s\trows %d\tcolumns %d\tnon-zeros %d\trows x columns %d\tcases %d%n",
          in.name(), lp.rows(), lp.columns(), lp.nonZeros(), (long) lp.rows() * lp.columns(), in.closed().size());
      instances.add(in);
    }
    for (int p = 0; p < passes; p++) {
      for (Instance in : instances) {
        for (boolean fromBase : new boolean[] {false, true}) {
          if (threads > 0) {
            runPooled(in, p, fromBase, glop, threads);
          } else {
            run(in, p, fromBase, glop);
          }
        }
      }
    }
  }

  private static void run(Instance in, int pass, boolean fromBase, OrToolsSolver glop) {
    List<String> closed = in.closed();
    double[] welfare = new double[closed.size()];
    String before = AnalyzeLoads.loadAverage();
    try (ScenarioSweep sweep = new ScenarioSweep(in.base(), fromBase ? glop : new NoBasis(glop), SolveOptions.DEFAULT,
        true)) {
      long t0 = System.nanoTime();
      for (int c = 0; c < closed.size(); c++) {
        welfare[c] = sweep.solveWithLinkClosed(closed.get(c)).objective();
      }
      System.out.printf(Locale.ROOT, "%d\t%s\t%s\t%.4f s/case\twelfare sum %.6f\tload %s-%s%n", pass, in.name(),
          fromBase ? "base-basis" : "cold", (System.nanoTime() - t0) / 1e9 / closed.size(),
          Arrays.stream(welfare).sum(), before, AnalyzeLoads.loadAverage());
    }
  }

  /** The same cases through a {@link SweepRunner} on {@code threads} sessions, each paying its base solve. */
  private static void runPooled(Instance in, int pass, boolean fromBase, OrToolsSolver glop, int threads) {
    String before = AnalyzeLoads.loadAverage();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (SweepRunner runner = new SweepRunner(in.base(), glop, SolveOptions.DEFAULT,
        fromBase ? CaseStart.FROM_BASE_BASIS : CaseStart.COLD, pool, threads, Progress.NONE)) {
      long t0 = System.nanoTime();
      List<Double> welfare = runner.run(Sweep.of("n-1", in.closed(), Sweep.Variant.LinkClosed::new,
          (id, r) -> r.objective()));
      System.out.printf(Locale.ROOT, "%d\t%s\t%s\t%.4f s/case\twelfare sum %.6f\tthreads %d\tload %s-%s%n", pass,
          in.name(), fromBase ? "base-basis" : "cold", (System.nanoTime() - t0) / 1e9 / in.closed().size(),
          welfare.stream().mapToDouble(Double::doubleValue).sum(), threads, before, AnalyzeLoads.loadAverage());
    } finally {
      pool.shutdownNow();
    }
  }

  /** A data folder's default scenario, resolved. */
  private static Snapshot dataSet(Path folder) throws Exception {
    ScenarioResolver resolver = new ScenarioResolver(DataSetLoader.load(folder, false).dataSet());
    return resolver.resolve(resolver.scenario(null));
  }

  /** One program of the comparison and the links its N-1 cases close. */
  private record Instance(String name, TransitFormulation base, List<String> closed) {}

  /** GLOP's sessions with the basis hidden, so sweeps start every case from scratch. */
  private record NoBasis(LpSolver inner) implements LpSolver {
    @Override
    public LpSession open(LinearProgram lp, SolveOptions options) {
      LpSession s = inner.open(lp, options);
      // No basis reported, as with LpSession's defaults: that is what hides it from the sweep.
      return new ForwardingSession(s) {
        @Override
        public boolean exactDuals() {
          return true;
        }

        @Override
        public boolean reportsBasis() {
          return false;
        }

        @Override
        public byte[] basis() {
          return new byte[0];
        }
      };
    }
  }
}
