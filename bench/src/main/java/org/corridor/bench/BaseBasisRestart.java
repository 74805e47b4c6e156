package org.corridor.bench;

import org.corridor.solve.BaseBasis;
import java.util.List;
import java.util.Locale;
import org.corridor.solve.LpSolution;
import org.corridor.solve.LpSolver;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.TransitFormulation;
import org.corridor.solve.ortools.OrToolsSolver;

/**
 * N-1 per case, restarting every case from the base basis without a call that sets a basis: the same
 * links (the first {@code cases} that carry flow in the base) closed one at a time on one session, with
 * the project's GLOP settings, these ways in turn each round:
 * <ul>
 *   <li>{@code cold}: what sweeps do, every case from scratch ({@code LpSession.reset});</li>
 *   <li>{@code fresh}: from scratch, base solved, then the case: the reference for "starts from the base
 *       basis";</li>
 *   <li>{@code steered}, forward and reversed: the base solved once; after each case the session is
 *       steered back to the base basis ({@link BaseBasis}), and solved cold again if that failed.</li>
 * </ul>
 * Per variant: seconds per case (both stages); for the steered runs also the steering seconds and
 * iterations per case, how often the session came back to the base basis, and how many cases gave the
 * same bits (welfare, every flow, dual and reduced cost) as {@code fresh}.
 *
 * <pre>
 *   java -cp bench/target/benchmarks.jar org.corridor.bench.BaseBasisRestart LINKS CASES ROUNDS
 * </pre>
 */
public final class BaseBasisRestart {
  private BaseBasisRestart() {}

  public static void main(String[] args) {
    Networks.N1Instance n1 = Networks.N1Instance.of(args);
    int rounds = n1.rounds();
    TransitFormulation f = n1.program();
    OrToolsSolver solver = n1.solver();
    List<String> closed = n1.closed();
    try (LpSolver.LpSession s = solver.open(f.lp(), SolveOptions.DEFAULT)) {
      for (int r = 0; r < rounds; r++) {
        long t0 = System.nanoTime();
        for (String link : closed) {
          s.reset();
          ContingencyRestart.solveClosed(s, f, link);
        }
        System.out.printf(Locale.ROOT, "%d\tcold\t%.4f s/case\tload %s%n", r, perCase(t0, closed.size()), load());
        long[] fresh = new long[closed.size()];
        t0 = System.nanoTime();
        for (int c = 0; c < closed.size(); c++) {
          s.reset();
          s.solve();
          fresh[c] = bits(ContingencyRestart.solveClosed(s, f, closed.get(c)));
        }
        System.out.printf(Locale.ROOT, "%d\tfresh\t%.4f s/case\tload %s%n", r, perCase(t0, closed.size()), load());
        for (boolean pin : new boolean[] {false, true}) {
          for (boolean reverse : new boolean[] {false, true}) {
            steered(s, f, closed, fresh, reverse, pin, r);
          }
        }
      }
    }
  }

  private static void steered(LpSolver.LpSession s, TransitFormulation f, List<String> closed, long[] fresh,
      boolean reverse, boolean pin, int round) {
    s.reset();
    s.solve();
    BaseBasis b0 = BaseBasis.of(s, f.lp(), pin);
    long caseNanos = 0;
    long steerNanos = 0;
    int back = 0;
    int same = 0;
    for (int k = 0; k < closed.size(); k++) {
      int c = reverse ? closed.size() - 1 - k : k;
      long a = System.nanoTime();
      long w = bits(ContingencyRestart.solveClosed(s, f, closed.get(c)));
      long m = System.nanoTime();
      boolean returned = b0.steer(s);
      steerNanos += System.nanoTime() - m;
      caseNanos += m - a;
      if (returned) {
        back++;
      } else {
        s.reset();
        s.solve();
      }
      same += w == fresh[c] ? 1 : 0;
    }
    int n = closed.size();
    System.out.printf(Locale.ROOT,
        "%d\tsteered%s\t%.4f s/case\tsteering %.4f s/case, %d iterations/case\tback on the base basis %d of %d\t"
            + "same bits as fresh %d of %d\tload %s%n",
        round, (pin ? " pinned" : "") + (reverse ? " reversed" : ""), caseNanos / 1e9 / n, steerNanos / 1e9 / n, b0.iterations() / n, back, n,
        same, n, load());
  }

  private static double perCase(long t0, int n) {
    return (System.nanoTime() - t0) / 1e9 / n;
  }

  private static String load() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
    } catch (java.io.IOException e) {
      return "?";
    }
  }

  /** A hash of every bit of the answer: welfare, flows, duals and reduced costs. */
  static long bits(LpSolution s) {
    long h = Double.doubleToLongBits(s.objective());
    for (double[] a : List.of(s.x(), s.rowDuals(), s.reducedCosts())) {
      for (double v : a) {
        h = h * 31 + Double.doubleToLongBits(v);
      }
    }
    return h;
  }
}
