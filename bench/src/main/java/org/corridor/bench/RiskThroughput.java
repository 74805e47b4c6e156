package org.corridor.bench;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import org.corridor.analysis.PeriodVolumes;
import org.corridor.analysis.RiskSampler;
import org.corridor.api.Corridor;
import org.corridor.api.RiskRequest;
import org.corridor.api.RunOptions;
import org.corridor.api.ScenarioRef;
import org.corridor.io.DataSetLoader;
import org.corridor.policy.DataSet;
import org.corridor.policy.Policy;
import org.corridor.policy.Scenario;
import org.corridor.policy.ScenarioResolver;
import org.corridor.solve.Progress;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.TransitModel;
import org.corridor.solve.ortools.OrToolsSolver;

/**
 * Sampled years per second on a data set, two ways:
 * <ul>
 *   <li><b>warm</b>: {@code Corridor.risk} as the command runs it: new (sub-period, events in force) snapshots solved
 *   once per run on pooled sessions (bounds only), years without events at no cost;</li>
 *   <li><b>cold</b>: each sampled year rebuilt and solved on its own as a period result: every sub-period of the
 *   year (base changes and event boundaries) resolved, built and solved in a fresh solver, nothing kept between
 *   samples.</li>
 * </ul>
 * Both use the same draws (seed 1). Run: {@code java -cp bench/target/benchmarks.jar org.corridor.bench.RiskThroughput
 * data/eurasia [warm samples] [cold samples] [threads]}.
 */
public final class RiskThroughput {
  private RiskThroughput() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "data/eurasia");
    int warm = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int cold = args.length > 2 ? Integer.parseInt(args[2]) : 100;
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    DataSet data = DataSetLoader.load(folder, false).dataSet();
    Corridor corridor = new Corridor(data, new OrToolsSolver(), Clock.systemUTC(), Progress.NONE,
        Executors::newFixedThreadPool);
    RunOptions options = new RunOptions(SolveOptions.DEFAULT, threads);
    corridor.risk(new ScenarioRef(null, null), new RiskRequest(200, 99, null, null, 200), options); // JIT warm-up
    long t0 = System.nanoTime();
    corridor.risk(new ScenarioRef(null, null), new RiskRequest(warm, 1, null, null, 1000), options);
    double warmSeconds = (System.nanoTime() - t0) / 1e9;

    ScenarioResolver resolver = new ScenarioResolver(data, Clock.systemUTC());
    Scenario sc = resolver.scenario(data.defaultScenario());
    int year = resolver.flatten(sc).asOf().getYear();
    LocalDate from = LocalDate.of(year, 1, 1);
    LocalDate to = LocalDate.of(year, 12, 31);
    RiskSampler sampler = new RiskSampler(data.risks(), 1);
    TransitModel model = new TransitModel(new OrToolsSolver(), SolveOptions.DEFAULT);
    long solves = 0;
    long t1 = System.nanoTime();
    for (int i = 0; i < cold; i++) {
      List<RiskSampler.Occurrence> occ = sampler.sample(i, from, to);
      TreeSet<LocalDate> cuts = new TreeSet<>(resolver.changeDates(sc));
      occ.forEach(o -> {
        cuts.add(o.from());
        cuts.add(o.to().plusDays(1));
      });
      for (PeriodVolumes.SubPeriod p : PeriodVolumes.cut(from, to, cuts)) {
        BitSet active = new BitSet();
        occ.stream().filter(o -> !p.from().isBefore(o.from()) && !p.from().isAfter(o.to()))
            .forEach(o -> active.set(o.event()));
        List<Policy> extra = new ArrayList<>();
        active.stream().forEach(e -> extra.add(data.risks().events().get(e).effect()));
        model.solve(resolver.resolve(sc.plus(sc.name() + " sample", extra).withAsOf(p.from())));
        solves++;
      }
    }
    double coldSeconds = (System.nanoTime() - t1) / 1e9;
    double warmRate = warm / warmSeconds;
    double coldRate = cold / coldSeconds;
    System.out.printf(Locale.ROOT, "data set %s, year %d, %d threads%n", folder, year, threads);
    System.out.printf(Locale.ROOT, "warm + cache: %d samples in %.2f s = %.0f samples/s%n", warm, warmSeconds, warmRate);
    System.out.printf(Locale.ROOT, "cold rebuild: %d samples (%d solves, one thread) in %.2f s = %.2f samples/s%n", cold,
        solves, coldSeconds, coldRate);
    System.out.printf(Locale.ROOT, "ratio warm/cold: %.0f%n", warmRate / coldRate);
  }
}
