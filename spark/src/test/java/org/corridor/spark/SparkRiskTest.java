package org.corridor.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.corridor.analysis.RiskYears;
import org.corridor.api.Answer;
import org.corridor.api.BadRequestException;
import org.corridor.api.Corridor;
import org.corridor.api.RiskRequest;
import org.corridor.api.RiskStore;
import org.corridor.api.RunOptions;
import org.corridor.api.ScenarioRef;
import org.corridor.io.DataSetLoader;
import org.corridor.io.ExampleCopy;
import org.corridor.report.RiskReport;
import org.corridor.report.Table;
import org.corridor.solve.Progress;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.SolverKind;
import org.corridor.solve.ortools.OrToolsSolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The risk run on Spark ({@code local[2]}, three uneven index ranges) against {@code Corridor.risk} on one machine with
 * the same data, seed and samples: the same run id, the same measures to the last bit, the same sampled years.
 */
class SparkRiskTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
  private static final int SAMPLES = 500;
  private static final long SEED = 5;
  private static final int BATCH = 100;
  private static final int PARTITIONS = 3;

  @TempDir
  static Path tmp;

  static SparkSession spark;
  static Path data;
  static SparkRisk.Result distributed;
  static Answer single;
  static List<RiskYears.Sample> singleSamples = new ArrayList<>();

  @BeforeAll
  static void runBoth() throws Exception {
    data = ExampleCopy.in(tmp.resolve("steppe")).write("risks.yaml", ExampleCopy.CPC_RISKS).dir();
    single = new Corridor(DataSetLoader.load(data, false).dataSet(), new OrToolsSolver(), CLOCK, Progress.NONE,
        Executors::newFixedThreadPool).risk(ScenarioRef.DEFAULT, new RiskRequest(SAMPLES, SEED, null, null, BATCH),
        new RunOptions(new SolveOptions(SolverKind.AUTO, 0), 2), new Recording(singleSamples));
    spark = SparkSession.builder().master("local[2]").appName("corridor-risk-test").config("spark.ui.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2").getOrCreate();
    distributed = SparkRisk.run(SparkRiskArgs.parse(data.toString(), "--samples", "" + SAMPLES, "--seed", "" + SEED,
        "--batch", "" + BATCH, "--partitions", "" + PARTITIONS, "--out", tmp.resolve("out").toString()), spark, CLOCK);
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void theMeasuresAreTheSingleMachineRunsToTheLastBit() {
    Table risk = distributed.answer().tables().get(0);
    assertThat(risk.runId()).isEqualTo(single.tables().get(0).runId());
    assertThat(risk.rows()).hasSizeGreaterThan(1);
    assertThat(distributed.answer().tables()).isEqualTo(single.tables());
    RiskReport.Summary a = (RiskReport.Summary) distributed.answer().summary();
    RiskReport.Summary b = (RiskReport.Summary) single.summary();
    assertThat(a.samples()).isEqualTo(SAMPLES).isEqualTo(b.samples());
    assertThat(a.findings()).isEqualTo(b.findings()).anyMatch(f -> f.startsWith("KZ crude exports: expected loss"));
    // Each task solves its own snapshots: at least as many in all as one machine that shares them.
    assertThat(a.solves()).isGreaterThanOrEqualTo(b.solves()).isPositive();
  }

  @Test
  void theSampledYearsInParquetAreTheSingleMachineRuns() {
    List<Row> samples = spark.read().parquet(distributed.out() + "/samples")
        .select("sample_id", "occurrences", "solved", "part").orderBy("sample_id").collectAsList();
    assertThat(samples).hasSize(SAMPLES);
    assertThat(samples.stream().map(r -> r.getInt(3)).distinct()).containsExactly(0, 1, 2);
    List<Row> losses = spark.read().parquet(distributed.out() + "/losses")
        .select("sample_id", "line", "loss").orderBy("sample_id", "line").collectAsList();
    assertThat(singleSamples).hasSize(SAMPLES);
    List<String> expected = new ArrayList<>();
    List<String> actual = new ArrayList<>();
    for (int i = 0; i < SAMPLES; i++) {
      RiskYears.Sample s = singleSamples.get(i);
      expected.add(s.index() + " " + s.occurrences() + " " + s.solved());
      actual.add(samples.get(i).getLong(0) + " " + samples.get(i).getInt(1) + " " + samples.get(i).getBoolean(2));
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(losses.stream().map(r -> r.getLong(0) + " " + r.getInt(1) + " " + Double.doubleToLongBits(r.getDouble(2))))
        .containsExactlyElementsOf(bits(singleSamples));
    assertThat(losses).anyMatch(r -> r.getDouble(2) > 0);
  }

  @Test
  void duckDbReadsTheParquetFolders() throws Exception {
    String glob = distributed.out() + "/losses".replace("'", "''") + "/*/*.parquet";
    List<String> rows = new ArrayList<>();
    try (var c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT sample_id, line, loss, part FROM read_parquet('" + glob
            + "', hive_partitioning = true) ORDER BY sample_id, line")) {
      while (r.next()) {
        rows.add(r.getLong(1) + " " + r.getInt(2) + " " + Double.doubleToLongBits(r.getDouble(3)));
        assertThat(r.getLong(4)).isBetween(0L, PARTITIONS - 1L);
      }
    }
    assertThat(rows).containsExactlyElementsOf(bits(singleSamples));
    String risk = distributed.out() + "/risk".replace("'", "''") + "/*.parquet";
    try (var c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT expected FROM read_parquet('" + risk
            + "') WHERE country = 'KZ' AND commodity = 'crude' AND measure = 'exports'")) {
      assertThat(r.next()).isTrue();
      Table t = single.tables().get(0);
      int country = index(t, "country");
      int commodity = index(t, "commodity");
      int measure = index(t, "measure");
      int expected = index(t, "expected");
      Object want = t.outputRows().stream().filter(x -> x.get(country).equals("KZ") && x.get(commodity).equals("crude")
          && x.get(measure).equals("exports")).findFirst().orElseThrow().get(expected);
      assertThat(r.getDouble(1)).isEqualTo((Double) want).isPositive();
    }
  }

  @Test
  void badRequestsAreOneLineErrors() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = SparkRisk.run(new String[] {data.toString(), "--samples", "0"}, new PrintStream(out),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--samples must be from 1 to")
        .doesNotContain("Exception");
    assertThatThrownBy(() -> SparkRisk.run(SparkRiskArgs.parse(ExampleCopy.EXAMPLE.toString(), "--samples", "10",
        "--out", tmp.resolve("none").toString()), spark, CLOCK)).isInstanceOf(BadRequestException.class)
        .hasMessageContaining("the data set has no risk events");
    assertThatThrownBy(() -> SparkRisk.run(SparkRiskArgs.parse(data.toString(), "--samples", "10", "--out",
        data.resolve("risks.yaml").resolve("out").toString()), spark, CLOCK)).isInstanceOf(BadRequestException.class)
        .hasMessageContaining("cannot write --out");
    assertThatThrownBy(() -> SparkRiskArgs.parse(data.toString(), "--partitions", "two"))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("--partitions takes a whole number, not `two`");
  }

  @Test
  void rangesCoverEveryIndexOnce() {
    assertThat(IndexRange.split(500, 3)).containsExactly(new IndexRange(0, 0, 167), new IndexRange(1, 167, 334),
        new IndexRange(2, 334, 500));
    assertThat(IndexRange.split(2, 8)).containsExactly(new IndexRange(0, 0, 1), new IndexRange(1, 1, 2));
  }

  private static int index(Table t, String column) {
    List<String> names = t.outputColumns().stream().map(c -> c.name()).toList();
    return names.indexOf(column);
  }

  /** "sample line bits" of every solved sample and line, in order. */
  private static List<String> bits(List<RiskYears.Sample> samples) {
    List<String> out = new ArrayList<>();
    for (RiskYears.Sample s : samples) {
      if (s.solved()) {
        double[] loss = s.loss();
        for (int l = 0; l < loss.length; l++) {
          out.add(s.index() + " " + l + " " + Double.doubleToLongBits(loss[l]));
        }
      }
    }
    return out;
  }

  /** Keeps the single-machine run's sampled years as it commits them. */
  private record Recording(List<RiskYears.Sample> kept) implements RiskStore {
    @Override
    public void open(RunInfo run, List<RiskYears.Line> lines) {}

    @Override
    public Optional<List<RiskYears.Sample>> committed(long from, long to) {
      return Optional.empty();
    }

    @Override
    public void commit(long from, long to, List<RiskYears.Sample> samples) {
      kept.addAll(samples);
    }

    @Override
    public void finish(List<Table> tables) {}
  }
}
