package org.corridor.spark;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.corridor.analysis.RiskYears;
import org.corridor.api.Answer;
import org.corridor.api.BadRequestException;
import org.corridor.api.Corridor;
import org.corridor.api.RiskRun;
import org.corridor.api.SolveFailedException;
import org.corridor.io.DataSetLoader;
import org.corridor.io.InvalidModelException;
import org.corridor.io.Problem;
import org.corridor.report.RiskReport;
import org.corridor.report.Table;
import org.corridor.solve.Progress;
import org.corridor.solve.ortools.OrToolsSolver;
import org.corridor.text.TerminalText;

/**
 * {@code corridor risk} over a Spark cluster. The driver opens the run (checks the request, solves the base year,
 * fixes the run id and the loss lines), cuts the sample indices into ranges, one per partition; each task opens the
 * same run on one warm solver session and draws its range ({@link RangeTask}). The sampled years are written as
 * Parquet partitioned by range ({@link RiskParquet}), gathered on the driver and turned into the measures by the same
 * {@link RiskRun#answer} the single-machine run uses, so the numbers are the same bytes as {@code corridor risk}'s.
 */
public final class SparkRisk {
  /**
   * The answer (its summary counts the distinct snapshots each task solved, summed: tasks do not share their solves)
   * and the folder of its Parquet files.
   */
  record Result(Answer answer, String out) {}

  private SparkRisk() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Parses, runs on the master given (else spark-submit's, else local[*]), prints the summary; the exit code. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      SparkRiskArgs a = SparkRiskArgs.parse(args);
      SparkSession.Builder builder = SparkSession.builder().appName("corridor-risk");
      if (a.master() != null || !new SparkConf().contains("spark.master")) {
        builder.master(a.master() != null ? a.master() : "local[*]");
      }
      SparkSession spark = builder.getOrCreate();
      spark.sparkContext().setLogLevel("WARN");
      try {
        Result r = run(a, spark, Clock.systemDefaultZone());
        out.println(TerminalText.visibleLines(((RiskReport.Summary) r.answer().summary()).text()));
        err.println("results: " + r.out());
      } finally {
        spark.stop();
      }
      return 0;
    } catch (BadRequestException e) {
      err.println("error: " + TerminalText.visible(e.getMessage()));
      return 2;
    } catch (InvalidModelException e) {
      err.println("The data set is invalid: " + e.problems().stream().filter(Problem::isError).count() + " error(s).");
      e.problems().forEach(p -> err.println((p.isError() ? "error: " : "warning: ") + p));
      return 3;
    } catch (SolveFailedException e) {
      err.println("error: " + TerminalText.visible(e.getMessage()));
      return 4;
    } catch (RuntimeException e) {
      err.println("internal error: " + TerminalText.visible(String.valueOf(e)));
      err.println("Maybe this is a bug, or the cluster failed; please report it with the command you ran.");
      return 1;
    }
  }

  /** The run on {@code spark}; {@code clock} gives "today" to the driver and, fixed, to every task. */
  static Result run(SparkRiskArgs a, SparkSession spark, Clock clock) throws InvalidModelException {
    Corridor corridor = new Corridor(DataSetLoader.load(a.data(), false).dataSet(), new OrToolsSolver(), clock,
        Progress.NONE);
    String out = a.out() != null ? a.out() : Path.of("out", corridor.info().name(), "spark").toString();
    requireWritable(out);
    RiskJob job = new RiskJob(a.scenario(), a.samples(), a.seed(), a.year(), a.batch(), a.solver(), a.timeLimit(),
        LocalDate.now(clock));
    try (RiskRun run = corridor.riskRun(job.ref(), job.request(), job.options())) {
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      // One range per core by default: each range keeps its own solved snapshots, so every extra range solves again
      // what another range already solved (docs/performance.md, "Risk on Spark").
      int partitions = a.partitions() > 0 ? a.partitions() : jsc.defaultParallelism();
      List<IndexRange> ranges = IndexRange.split(a.samples(), partitions);
      Broadcast<ShippedData> data = jsc.broadcast(ShippedData.read(a.data()));
      LongAccumulator solves = spark.sparkContext().longAccumulator("distinct snapshots solved");
      Dataset<Row> samples = spark.createDataFrame(jsc.parallelize(ranges, ranges.size())
          .mapPartitions(new RangeTask(data, job, solves)), RiskParquet.SAMPLES).persist(StorageLevel.MEMORY_AND_DISK());
      try {
        RiskParquet.writeSamples(spark, samples, run.runId(), run.lines(), out);
        Answer answer = run.answer(gather(samples), solves.value(), false);
        for (Table t : answer.tables()) {
          RiskParquet.writeTable(spark, t, out);
        }
        return new Result(answer, out);
      } finally {
        samples.unpersist();
        data.destroy();
      }
    }
  }

  /** A local --out folder must be one we can write (a URI such as hdfs://... is left to Spark). */
  private static void requireWritable(String out) {
    if (out.matches("[a-zA-Z][a-zA-Z0-9+.-]+:/.*")) {
      return;
    }
    try {
      Path dir = Files.createDirectories(Path.of(out));
      if (!Files.isWritable(dir)) {
        throw new IOException("not writable");
      }
    } catch (IOException | InvalidPathException e) {
      throw new BadRequestException("cannot write --out " + out + " (" + e.getMessage() + "). Maybe choose a folder "
          + "you can write.");
    }
  }

  /** The sampled years of every task, on the driver. */
  private static List<RiskYears.Sample> gather(Dataset<Row> samples) {
    List<RiskYears.Sample> out = new ArrayList<>();
    for (Row r : samples.select("sample_id", "occurrences", "solved", "loss").collectAsList()) {
      List<Double> loss = r.getList(3);
      out.add(new RiskYears.Sample(r.getLong(0), r.getInt(1), r.getBoolean(2),
          loss.stream().mapToDouble(Double::doubleValue).toArray()));
    }
    return out;
  }
}
