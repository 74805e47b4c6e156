package org.corridor.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Executors;
import org.corridor.api.Corridor;
import org.corridor.api.InvestRequest;
import org.corridor.api.InvestStore;
import org.corridor.api.RiskRequest;
import org.corridor.api.RunOptions;
import org.corridor.api.ScenarioRef;
import org.corridor.io.DataSetLoader;
import org.corridor.policy.DataSet;
import org.corridor.solve.Progress;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.ortools.OrToolsSolver;

/**
 * What a ranking of projects costs against the risk run it repeats per option: {@code Corridor.risk} with N samples
 * (the baseline) and {@code Corridor.invest} with the same N, single projects only, timed in alternation in one
 * process, so both see the same load. With n projects the ranking samples 1 + n networks, so a ratio near 1 + n means
 * each option costs one risk run and nothing is lost to rebuilding. Run: {@code java -cp bench/target/benchmarks.jar
 * org.corridor.bench.InvestThroughput data/eurasia [samples] [rounds] [threads]}.
 */
public final class InvestThroughput {
  private InvestThroughput() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "data/eurasia");
    int samples = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    DataSet data = DataSetLoader.load(folder, false).dataSet();
    Corridor corridor = new Corridor(data, new OrToolsSolver(), Clock.systemUTC(), Progress.NONE,
        Executors::newFixedThreadPool);
    RunOptions options = new RunOptions(SolveOptions.DEFAULT, threads);
    ScenarioRef ref = new ScenarioRef(null, null);
    corridor.risk(ref, new RiskRequest(100, 99, null, null, 100), options); // JIT warm-up
    double risk = 0;
    double invest = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      corridor.risk(ref, new RiskRequest(samples, 1, null, null, 1000), options);
      long t1 = System.nanoTime();
      corridor.invest(ref, new InvestRequest(samples, 1, null, false, 1000), options, InvestStore.NONE);
      long t2 = System.nanoTime();
      risk += (t1 - t0) / 1e9;
      invest += (t2 - t1) / 1e9;
      System.out.printf(Locale.ROOT, "round %d: risk %.1f s, invest %.1f s%n", r + 1, (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }
    int n = data.network().candidates().size();
    System.out.printf(Locale.ROOT, "data set %s, %d samples, %d projects (%d networks sampled), %d threads%n", folder,
        samples, n, n + 1, threads);
    System.out.printf(Locale.ROOT, "ratio invest/risk: %.2f (per network sampled: %.2f)%n", invest / risk,
        invest / risk / (n + 1));
  }
}
