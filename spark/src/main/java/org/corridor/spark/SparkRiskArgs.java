package org.corridor.spark;

import java.nio.file.Path;
import java.util.Locale;
import org.corridor.api.BadRequestException;
import org.corridor.api.RiskRequest;
import org.corridor.api.RunOptions;
import org.corridor.solve.SolverKind;

/** The command line of {@link SparkRisk}, parsed; every mistake is a {@link BadRequestException} naming the option. */
record SparkRiskArgs(Path data, String scenario, int samples, long seed, Integer year, int batch, SolverKind solver,
    double timeLimit, String master, int partitions, String out) {
  static final String USAGE = """
      Usage: SparkRisk DIR [--scenario NAME] [--samples N] [--seed S] [--year YEAR] [--batch N]
                       [--solver auto|glop|highs|pdlp|clp] [--time-limit SECONDS]
                       [--master URL] [--partitions N] [--out DIR]
      Samples years of the data set's risk events (risks.yaml) over a Spark cluster, each partition a range of sample
      indices on one warm solver session, and writes the sampled years and the measures as Parquet under --out
      (default out/DATASET/spark; any URI Spark writes to). The numbers are the same as `corridor risk` with the same options.
        --master      Spark master when not set by spark-submit (default local[*])
        --partitions  ranges of sample indices (default: Spark's default parallelism, one per core)""";

  static SparkRiskArgs parse(String... args) {
    Path data = null;
    String scenario = null;
    int samples = 10_000;
    long seed = 1;
    Integer year = null;
    int batch = 1000;
    SolverKind solver = SolverKind.AUTO;
    double timeLimit = 0;
    String master = null;
    int partitions = 0;
    String out = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--")) {
        if (data != null) {
          throw new BadRequestException("one data folder, not `" + data + "` and `" + a + "`.\n" + USAGE);
        }
        data = Path.of(a);
        continue;
      }
      if (a.equals("--help")) {
        throw new BadRequestException(USAGE);
      }
      if (i + 1 == args.length) {
        throw new BadRequestException(a + " needs a value.\n" + USAGE);
      }
      String v = args[++i];
      switch (a) {
        case "--scenario" -> scenario = v;
        case "--samples" -> samples = (int) number(a, v, 1, RiskRequest.MAX_SAMPLES);
        case "--seed" -> seed = number(a, v, Long.MIN_VALUE, Long.MAX_VALUE);
        case "--year" -> year = (int) number(a, v, 1900, 2200);
        case "--batch" -> batch = (int) number(a, v, 1, Integer.MAX_VALUE);
        case "--solver" -> solver = RunOptions.solver(v);
        case "--time-limit" -> timeLimit = decimal(a, v);
        case "--master" -> master = v;
        case "--partitions" -> partitions = (int) number(a, v, 1, 100_000);
        case "--out" -> out = v;
        default -> throw new BadRequestException("unknown option " + a + ".\n" + USAGE);
      }
    }
    if (data == null) {
      throw new BadRequestException("give the data folder, e.g. data/eurasia.\n" + USAGE);
    }
    return new SparkRiskArgs(data, scenario, samples, seed, year, batch, solver, timeLimit, master, partitions, out);
  }

  private static long number(String option, String v, long min, long max) {
    try {
      long n = Long.parseLong(v.strip());
      if (n < min || n > max) {
        throw new BadRequestException(option + " must be from " + min + " to " + max + ", not " + v + ".");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new BadRequestException(option + " takes a whole number, not `" + v + "`.");
    }
  }

  private static double decimal(String option, String v) {
    try {
      double d = Double.parseDouble(v.strip());
      if (!(d >= 0) || Double.isInfinite(d)) {
        throw new BadRequestException(option + " must be 0 or more seconds, not " + v + ".");
      }
      return d;
    } catch (NumberFormatException e) {
      throw new BadRequestException(option + " takes a number of seconds, not `" + v.toLowerCase(Locale.ROOT) + "`.");
    }
  }
}
