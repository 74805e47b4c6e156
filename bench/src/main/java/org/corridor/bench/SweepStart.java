package org.corridor.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.corridor.policy.Snapshot;
import org.corridor.solve.LinearProgram;
import org.corridor.solve.LpSolver;
import org.corridor.solve.ScenarioSweep;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.TransitFormulation;
import org.corridor.solve.ortools.OrToolsSolver;

/**
 * N-1 per case through {@code ScenarioSweep}, as sweeps run it: the same links (the first {@code cases}
 * that carry flow in the base) closed one at a time on a new sweep session, interleaved per pass:
 * <ul>
 *   <li>{@code cold}: a session that reports no basis, so every case starts from scratch (the sweeps
 *       before the base-basis restart);</li>
 *   <li>{@code base-basis}: GLOP's session as it is, every case from the base basis and steered back
 *       (the sweep's {@code fromBaseBasis} option, which sweeps do not use).</li>
 * </ul>
 * Seconds per case include the session's first solve of the base; the welfare sums must agree.
 *
 * <pre>
 *   java -cp bench/target/benchmarks.jar org.corridor.bench.SweepStart LINKS CASES PASSES
 * </pre>
 */
public final class SweepStart {
  private SweepStart() {}

  public static void main(String[] args) {
    int links = Integer.parseInt(args[0]);
    int cases = Integer.parseInt(args[1]);
    int passes = Integer.parseInt(args[2]);
    Snapshot base = Networks.snapshot(links);
    TransitFormulation f = TransitFormulation.build(base);
    OrToolsSolver glop = new OrToolsSolver();
    List<String> closed = Networks.flowedLinks(base, glop, cases);
    System.out.printf(Locale.ROOT, "links %d rows %d columns %d cases %d%n", links, f.lp().rows(), f.lp().columns(),
        closed.size());
    for (int p = 0; p < passes; p++) {
      for (boolean fromBase : new boolean[] {false, true}) {
        double[] welfare = new double[closed.size()];
        try (ScenarioSweep sweep = new ScenarioSweep(f, fromBase ? glop : new NoBasis(glop), SolveOptions.DEFAULT, true)) {
          long t0 = System.nanoTime();
          for (int c = 0; c < closed.size(); c++) {
            welfare[c] = sweep.solveWithLinkClosed(closed.get(c)).objective();
          }
          System.out.printf(Locale.ROOT, "%d\t%s\t%.3f s/case\twelfare sum %.6f\tload %s%n", p,
              fromBase ? "base-basis" : "cold", (System.nanoTime() - t0) / 1e9 / closed.size(),
              Arrays.stream(welfare).sum(), AnalyzeLoads.loadAverage());
        }
      }
    }
  }

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
