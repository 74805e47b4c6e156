package org.corridor.bench.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.corridor.bench.Networks;
import org.corridor.io.DataSetLoader;
import org.corridor.policy.Scenario;
import org.corridor.policy.ScenarioResolver;
import org.corridor.policy.Snapshot;
import org.corridor.solve.CaseStart;
import org.corridor.solve.FlowResult;
import org.corridor.solve.LpSolution;
import org.corridor.solve.OriginTags;
import org.corridor.solve.ScenarioSweep;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.SolverKind;
import org.corridor.solve.TransitFormulation;
import org.corridor.solve.TransitModel;
import org.corridor.solve.ortools.OrToolsSolver;

/**
 * Corridor's side of a report row, in a JVM of its own so its peak memory is its own. Prints the lines
 * peers print ({@code optimum}, {@code solve_seconds}, {@code peak_rss_kb}) and a few more. The timed solve
 * comes after an untimed warm-up solve of a smaller instance (class loading, JIT, native libraries).
 *
 * <pre>
 *   Probe mcf DATASET WARMUP_DATASET P D                   optimum = P·D − welfare (DimacsImport's formula)
 *   Probe multiclass LINKS [every|merged]                  optimum = welfare
 *   Probe n1 LINKS CASES [every|merged] [cold|basis|by-size]  per-case seconds of an N-1 sweep over flowed links
 * </pre>
 * {@code merged} builds the program with {@link OriginTags#DISTINGUISHED} (one class per commodity on the bench
 * network, which has no rules); {@code basis} starts each case from the base basis ({@code ScenarioSweep}'s
 * {@code fromBaseBasis}) instead of from scratch, {@code by-size} as sweeps decide ({@link CaseStart#BY_SIZE}).
 * All give the same optimum as the defaults.
 */
public final class Probe {
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
  /** What `corridor solve` uses by default: the network simplex where the program has network shape, else GLOP. */
  private static final SolveOptions AUTO = new SolveOptions(SolverKind.AUTO, 0);
  /** Solves of the warm-up instance before the timed one, on the min-cost-flow rows. */
  private static final int WARMUP_SOLVES = 10;

  private Probe() {}

  public static void main(String[] args) throws Exception {
    OrToolsSolver solver = new OrToolsSolver();
    switch (args[0]) {
      case "mcf" -> {
        // Warm: the JIT compiles the network simplex's loops only after a few solves of this size.
        warmUp(solver, Path.of(args[2]));
        System.gc(); // the warm-up instance is garbage now; its heap need not count in the timed solve's peak
        Snapshot snap = dataSet(Path.of(args[1]));
        TransitFormulation f = TransitFormulation.build(snap);
        long t0 = System.nanoTime();
        LpSolution s = solver.solve(f.lp(), AUTO);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double p = Double.parseDouble(args[3]);
        double d = Double.parseDouble(args[4]);
        print("status", s.status().label());
        print("solver", s.solver());
        print("optimum", String.format(Locale.ROOT, "%.6f", p * d - s.objective()));
        print("solve_seconds", String.format(Locale.ROOT, "%.6f", seconds));
      }
      case "multiclass" -> {
        OriginTags origins = origins(args, 2);
        solver.solve(TransitFormulation.build(Networks.snapshot(1000), origins).lp(), SolveOptions.DEFAULT);
        TransitFormulation f = TransitFormulation.build(Networks.snapshot(Integer.parseInt(args[1])), origins);
        print("columns", Integer.toString(f.lp().columns()));
        print("rows", Integer.toString(f.lp().rows()));
        long t0 = System.nanoTime();
        LpSolution s = solver.solve(f.lp(), SolveOptions.DEFAULT);
        double seconds = (System.nanoTime() - t0) / 1e9;
        print("status", s.status().label());
        print("solver", s.solver());
        print("optimum", String.format(Locale.ROOT, "%.9f", s.objective()));
        print("solve_seconds", String.format(Locale.ROOT, "%.6f", seconds));
      }
      case "n1" -> n1(solver, Integer.parseInt(args[1]), Integer.parseInt(args[2]), origins(args, 3),
          args.length > 4 ? args[4] : "cold");
      default -> throw new IllegalArgumentException("unknown probe " + args[0]);
    }
    print("peak_rss_kb", Long.toString(peakRssKb()));
  }

  private static void warmUp(OrToolsSolver solver, Path dataSet) throws Exception {
    TransitFormulation warm = TransitFormulation.build(dataSet(dataSet));
    for (int i = 0; i < WARMUP_SOLVES; i++) {
      long w0 = System.nanoTime();
      solver.solve(warm.lp(), AUTO);
      if (i == 0) {
        print("cold_seconds", String.format(Locale.ROOT, "%.6f", (System.nanoTime() - w0) / 1e9));
      }
    }
  }

  private static OriginTags origins(String[] args, int at) {
    return args.length > at && args[at].equals("merged") ? OriginTags.DISTINGUISHED : OriginTags.EVERY;
  }

  /** N-1 over the first {@code cases} links that carry flow in the base, each solved from scratch or from the base basis. */
  private static void n1(OrToolsSolver solver, int links, int cases, OriginTags origins, String start) {
    Snapshot base = Networks.snapshot(links);
    TransitFormulation f = TransitFormulation.build(base, origins);
    CaseStart caseStart = switch (start) {
      case "cold" -> CaseStart.COLD;
      case "basis" -> CaseStart.FROM_BASE_BASIS;
      case "by-size" -> CaseStart.BY_SIZE;
      default -> throw new IllegalArgumentException("unknown start " + start + ": cold, basis or by-size");
    };
    boolean fromBaseBasis = caseStart.fromBaseBasis(f.lp());
    print("from_base_basis", Boolean.toString(fromBaseBasis));
    long t0 = System.nanoTime();
    FlowResult baseResult = new TransitModel(solver, SolveOptions.DEFAULT, origins).solve(base);
    double baseSeconds = (System.nanoTime() - t0) / 1e9;
    LinkedHashSet<String> used = new LinkedHashSet<>();
    baseResult.flows().forEach(x -> used.add(x.link()));
    List<String> closed = new ArrayList<>(used).subList(0, Math.min(cases, used.size()));
    double first = Double.NaN;
    try (ScenarioSweep sweep = new ScenarioSweep(f, solver, SolveOptions.DEFAULT, fromBaseBasis)) {
      sweep.solveWithLinkClosed(closed.get(0)); // warm-up: loads the session
      long t1 = System.nanoTime();
      for (int c = 0; c < closed.size(); c++) {
        FlowResult r = sweep.solveWithLinkClosed(closed.get(c));
        if (c == 0) {
          first = r.objective();
          print("status", r.status().label());
        }
      }
      double perCase = (System.nanoTime() - t1) / 1e9 / closed.size();
      print("case_link", closed.get(0));
      print("cases", Integer.toString(closed.size()));
      print("flowed_links", Integer.toString(used.size()));
      print("base_seconds", String.format(Locale.ROOT, "%.6f", baseSeconds));
      print("optimum", String.format(Locale.ROOT, "%.9f", first));
      print("solve_seconds", String.format(Locale.ROOT, "%.6f", perCase));
    }
  }

  private static void solveOnce(OrToolsSolver solver, Snapshot snap) {
    solver.solve(TransitFormulation.build(snap).lp(), AUTO);
  }

  static Snapshot dataSet(Path folder) throws Exception {
    return new ScenarioResolver(DataSetLoader.load(folder, false).dataSet()).resolve(Scenario.base(AS_OF));
  }

  private static void print(String key, String value) {
    System.out.println(key + " " + value);
  }

  /** VmHWM of this process: the peak resident set, JVM and native solver included. */
  static long peakRssKb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }
}
