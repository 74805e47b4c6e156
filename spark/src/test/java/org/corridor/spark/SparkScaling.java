package org.corridor.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import org.apache.spark.sql.SparkSession;
import org.corridor.api.Answer;
import org.corridor.api.Corridor;
import org.corridor.api.RiskRequest;
import org.corridor.api.RunOptions;
import org.corridor.api.ScenarioRef;
import org.corridor.io.DataSetLoader;
import org.corridor.report.RiskReport;
import org.corridor.solve.Progress;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.SolverKind;
import org.corridor.solve.ortools.OrToolsSolver;

/**
 * Benchmark, not a test: risk on Spark against one machine, interleaved in one JVM. Per round, {@code Corridor.risk}
 * on 1 and 2 threads, then {@link SparkRisk} on {@code local[1]} and {@code local[2]} with the same partitions (so both
 * Spark runs do the same solves), each after reading the load average. A warm-up round of 300 samples is not
 * reported. The Spark figure is the run alone (tasks, Parquet, measures); the session start is timed apart. Every
 * run's measures are compared with the first reported run's. Run: docs/performance.md, "Risk on Spark".
 */
public final class SparkScaling {
  private static final List<String> WAYS = List.of("single 1 thread", "single 2 threads", "local[1]", "local[2]");

  private SparkScaling() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args.length > 0 ? args[0] : "data/eurasia");
    int samples = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    int partitions = args.length > 3 ? Integer.parseInt(args[3]) : 4;
    Path out = Files.createTempDirectory("corridor-spark-bench");
    Corridor corridor = new Corridor(DataSetLoader.load(data, false).dataSet(), new OrToolsSolver(),
        Clock.systemDefaultZone(), Progress.NONE, Executors::newFixedThreadPool);
    Answer reference = null;
    for (int round = 0; round <= rounds; round++) {
      int n = round == 0 ? 300 : samples;
      for (String way : WAYS) {
        String load = Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        Answer a;
        double seconds;
        double startup = 0;
        if (way.startsWith("single")) {
          long t0 = System.nanoTime();
          a = corridor.risk(ScenarioRef.DEFAULT, new RiskRequest(n, 1, null, null, 1000),
              new RunOptions(new SolveOptions(SolverKind.AUTO, 0), way.contains("1 thread") ? 1 : 2));
          seconds = (System.nanoTime() - t0) / 1e9;
        } else {
          long t0 = System.nanoTime();
          SparkSession spark = SparkSession.builder().master(way).appName("corridor-spark-bench")
              .config("spark.ui.enabled", "false").getOrCreate();
          spark.sparkContext().setLogLevel("WARN");
          startup = (System.nanoTime() - t0) / 1e9;
          try {
            long t1 = System.nanoTime();
            a = SparkRisk.run(SparkRiskArgs.parse(data.toString(), "--samples", "" + n, "--partitions", "" + partitions,
                "--out", out.resolve(way.replaceAll("\\W", "")).toString()), spark, Clock.systemDefaultZone()).answer();
            seconds = (System.nanoTime() - t1) / 1e9;
          } finally {
            spark.stop();
          }
        }
        if (round == 0) {
          continue;
        }
        if (reference == null) {
          reference = a;
        }
        System.out.printf(Locale.ROOT, "round %d | %-16s | %5d samples | %6.2f s | %5.0f samples/s | %5d solves | "
                + "session start %.2f s | load %s | same measures: %s%n", round, way, n, seconds, n / seconds,
            ((RiskReport.Summary) a.summary()).solves(), startup, load, a.tables().equals(reference.tables()));
      }
    }
  }
}
