package org.corridor.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corridor.solve.LexicographicSolve;
import org.corridor.solve.LinearProgram;
import org.corridor.solve.LpSolution;
import org.corridor.solve.LpSolver;
import org.corridor.solve.ScenarioSweep;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.TransitFormulation;
import org.corridor.solve.ortools.OrToolsSolver;

/**
 * N-1 per case: how each case starts. The same links (the first {@code cases} that carry flow in the base)
 * are closed one at a time on one live session, three ways, interleaved per round:
 * <ul>
 *   <li>{@code sweep}: what sweeps do ({@code ScenarioSweep}: from the base basis, steered back after
 *       each case, since that restart; {@link SweepStart} compares it with a cold start);</li>
 *   <li>{@code chained}: no reset, GLOP allowed to switch to the dual simplex when only bounds changed, so
 *       each case starts from the basis the previous case left;</li>
 *   <li>{@code base-first}: as chained, but the base is re-solved (welfare stage only) before each case,
 *       so each case starts from an optimal basis of the base, though not always the same one.</li>
 * </ul>
 * Per variant: seconds per case, and how many case welfares differ in any bit from the sweep's.
 *
 * <pre>
 *   java -cp bench/target/benchmarks.jar org.corridor.bench.ContingencyRestart LINKS CASES ROUNDS
 * </pre>
 */
public final class ContingencyRestart {
  static final String INCREMENTAL = OrToolsSolver.GLOP_PARAMETERS + " allow_simplex_algorithm_change: true";

  private ContingencyRestart() {}

  public static void main(String[] args) {
    Networks.N1Instance n1 = Networks.N1Instance.of(args);
    int rounds = n1.rounds();
    TransitFormulation f = n1.program();
    OrToolsSolver solver = n1.solver();
    List<String> closed = n1.closed();
    for (int r = 0; r < rounds; r++) {
      double[] cold = new double[closed.size()];
      try (ScenarioSweep sweep = new ScenarioSweep(f, solver, SolveOptions.DEFAULT)) {
        long t0 = System.nanoTime();
        for (int c = 0; c < closed.size(); c++) {
          cold[c] = sweep.solveWithLinkClosed(closed.get(c)).objective();
        }
        report(r, "sweep", t0, closed.size(), cold, cold);
      }
      for (boolean baseFirst : new boolean[] {false, true}) {
        OrToolsSolver incremental = new OrToolsSolver(INCREMENTAL);
        try (LpSolver.LpSession s = incremental.open(f.lp(), SolveOptions.DEFAULT)) {
          LexicographicSolve.solve(s, f.lp());
          double[] w = new double[closed.size()];
          long t0 = System.nanoTime();
          for (int c = 0; c < closed.size(); c++) {
            if (baseFirst) {
              s.solve();
            }
            w[c] = solveClosed(s, f, closed.get(c)).objective();
          }
          report(r, baseFirst ? "base-first" : "chained", t0, closed.size(), w, cold);
        }
      }
    }
  }

  static LpSolution solveClosed(LpSolver.LpSession s, TransitFormulation f, String link) {
    LinearProgram lp = f.lp();
    LinearProgram v = lp.withOwnBounds();
    List<Runnable> restore = new ArrayList<>();
    for (TransitFormulation.Capacity c : f.linkCapacities()) {
      if (f.snapshot().links().get(c.link()).id().equals(link)) {
        if (c.isBound()) {
          v.setColumnUpper(c.column(), 0);
          s.setColumnBounds(c.column(), 0, 0);
          restore.add(() -> s.setColumnBounds(c.column(), lp.colLower(c.column()), lp.colUpper(c.column())));
        } else {
          v.setRowUpper(c.row(), 0);
          s.setRowBounds(c.row(), Double.NEGATIVE_INFINITY, 0);
          restore.add(() -> s.setRowBounds(c.row(), lp.rowLower(c.row()), lp.rowUpper(c.row())));
        }
      }
    }
    try {
      return LexicographicSolve.solve(s, v);
    } finally {
      restore.forEach(Runnable::run);
    }
  }

  private static void report(int round, String variant, long t0, int n, double[] w, double[] cold) {
    double seconds = (System.nanoTime() - t0) / 1e9;
    int differ = 0;
    double worst = 0;
    for (int c = 0; c < n; c++) {
      if (Double.doubleToLongBits(w[c]) != Double.doubleToLongBits(cold[c])) {
        differ++;
        worst = Math.max(worst, Math.abs(w[c] - cold[c]) / Math.max(1, Math.abs(cold[c])));
      }
    }
    System.out.printf(Locale.ROOT, "%d\t%s\t%.4f s/case\t%d of %d welfares differ from the sweep's (worst %.1e relative)%n",
        round, variant, seconds / n, differ, n, worst);
  }
}
