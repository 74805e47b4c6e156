package org.corridor.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Executors;
import org.corridor.api.Answer;
import org.corridor.api.Corridor;
import org.corridor.api.RunOptions;
import org.corridor.api.ScenarioRef;
import org.corridor.api.SweepStore;
import org.corridor.io.DataSetLoader;
import org.corridor.report.Table;
import org.corridor.report.TableFormat;
import org.corridor.results.DuckDbSweepStore;
import org.corridor.solve.Progress;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.ortools.OrToolsSolver;

/**
 * What writing an N-1 answer to DuckDB costs, as ratios within each round of interleaved runs in one JVM: the sweep
 * with no store (the baseline), the sweep with {@link DuckDbSweepStore}, and rendering the same tables as CSV. The
 * first round also loads DuckDB's native library and is printed apart. Run: {@code java -cp
 * bench/target/benchmarks.jar org.corridor.bench.ResultsWrite data/eurasia [rounds] [threads]}.
 */
public final class ResultsWrite {
  private ResultsWrite() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "data/eurasia");
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    Corridor corridor = new Corridor(DataSetLoader.load(folder, false).dataSet(), new OrToolsSolver(),
        Clock.systemUTC(), Progress.NONE, Executors::newFixedThreadPool);
    RunOptions options = new RunOptions(SolveOptions.DEFAULT, threads);
    ScenarioRef ref = new ScenarioRef(null, null);
    Path file = Files.createTempDirectory("corridor-results").resolve("chokepoints.duckdb");
    for (int round = 0; round < rounds; round++) {
      long t0 = System.nanoTime();
      Answer a = corridor.chokepoints(ref, options, SweepStore.NONE);
      long t1 = System.nanoTime();
      try (DuckDbSweepStore store = new DuckDbSweepStore(file)) {
        corridor.chokepoints(ref, options, store);
      }
      long t2 = System.nanoTime();
      long chars = 0;
      for (Table t : a.tables()) {
        chars += TableFormat.csv(t).length();
      }
      long t3 = System.nanoTime();
      int rows = a.tables().stream().mapToInt(t -> t.rows().size()).sum();
      System.out.printf(Locale.ROOT, "round %d%s: sweep %.2f s; sweep + DuckDB %.2f s (ratio %.3f); CSV of the %d rows "
          + "(%d chars) %.3f s; load %s%n", round, round == 0 ? " (loads DuckDB)" : "", (t1 - t0) / 1e9,
          (t2 - t1) / 1e9, (double) (t2 - t1) / (t1 - t0), rows, chars, (t3 - t2) / 1e9, load());
    }
  }

  private static String load() throws java.io.IOException {
    return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
  }
}
