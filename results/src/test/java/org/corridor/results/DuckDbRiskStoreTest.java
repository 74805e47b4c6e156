package org.corridor.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
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
import org.corridor.policy.DataSet;
import org.corridor.report.Table;
import org.corridor.report.TableFormat;
import org.corridor.solve.Progress;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.ortools.OrToolsSolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A risk run in DuckDB: exact row counts, a run stopped part-way resumed with no sample lost or counted twice. */
class DuckDbRiskStoreTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
  private static final int SAMPLES = 550;
  private static final int BATCH = 100;

  @TempDir
  Path tmp;

  private DataSet data() throws Exception {
    return DataSetLoader.load(ExampleCopy.in(tmp.resolve("data")).write("risks.yaml", ExampleCopy.CPC_RISKS).dir(), true).dataSet();
  }

  private static Answer run(DataSet data, long seed, RiskStore store) {
    return new Corridor(data, new OrToolsSolver(), CLOCK, Progress.NONE, Executors::newFixedThreadPool).risk(
        new ScenarioRef(null, null), new RiskRequest(SAMPLES, seed, null, null, BATCH),
        new RunOptions(SolveOptions.DEFAULT, 2), store);
  }

  private static long count(Path file, String sql) throws Exception {
    try (var c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  /** Commits {@code allowed} batches, then fails as a killed process would, between two commits. */
  private static final class Killed implements RiskStore {
    private final RiskStore inner;
    private int allowed;

    Killed(RiskStore inner, int allowed) {
      this.inner = inner;
      this.allowed = allowed;
    }

    @Override
    public void open(RunInfo run, List<RiskYears.Line> lines) {
      inner.open(run, lines);
    }

    @Override
    public Optional<List<RiskYears.Sample>> committed(long from, long to) {
      return inner.committed(from, to);
    }

    @Override
    public void commit(long from, long to, List<RiskYears.Sample> samples) {
      if (allowed-- == 0) {
        throw new IllegalStateException("killed");
      }
      inner.commit(from, to, samples);
    }

    @Override
    public void finish(List<Table> tables) {
      inner.finish(tables);
    }
  }

  @Test
  void aRunStoppedPartWayResumesWithExactRowCountsAndTheSameAnswer() throws Exception {
    DataSet data = data();
    Path whole = tmp.resolve("whole.duckdb");
    Answer once;
    try (DuckDbRiskStore store = new DuckDbRiskStore(whole, false)) {
      once = run(data, 9, store);
    }
    long lines = count(whole, "SELECT count(*) FROM lines");
    long solved = count(whole, "SELECT count(*) FROM samples WHERE solved");
    assertThat(count(whole, "SELECT count(*) FROM samples")).isEqualTo(SAMPLES);
    assertThat(solved).isEqualTo(SAMPLES);
    assertThat(count(whole, "SELECT count(*) FROM losses")).isEqualTo(solved * lines);
    assertThat(count(whole, "SELECT count(*) FROM chunks")).isEqualTo(6);
    assertThat(count(whole, "SELECT count(*) FROM risk")).isEqualTo(lines);
    assertThat(count(whole, "SELECT count(*) FROM risk JOIN run USING (run_id)")).isEqualTo(lines);
    assertThat(count(whole, "SELECT count(*) FROM columns WHERE table_name = 'risk' AND column_name = 'cvar95' "
        + "AND unit = '{volume_unit}' AND type = 'number'")).isEqualTo(1);
    assertThat(count(whole, "SELECT count(DISTINCT (country, commodity, measure)) FROM risk_exceedance"))
        .isEqualTo(count(whole, "SELECT count(*) FROM risk WHERE p_loss > 0")).isPositive();
    assertThat(count(whole, "SELECT count(*) FROM risk r JOIN (SELECT country, commodity, measure, max(probability) AS p "
        + "FROM risk_exceedance GROUP BY ALL) e USING (country, commodity, measure) WHERE abs(e.p - r.p_loss) > 1e-12"))
        .as("each curve starts at P(loss)").isZero();

    Path part = tmp.resolve("part.duckdb");
    try (DuckDbRiskStore store = new DuckDbRiskStore(part, false)) {
      assertThatThrownBy(() -> run(data, 9, new Killed(store, 3))).hasMessageContaining("killed");
    }
    assertThat(count(part, "SELECT count(*) FROM samples")).isEqualTo(3 * BATCH);

    Answer resumed;
    try (DuckDbRiskStore store = new DuckDbRiskStore(part, true)) {
      resumed = run(data, 9, store);
    }
    assertThat(count(part, "SELECT count(*) FROM samples")).isEqualTo(SAMPLES);
    assertThat(count(part, "SELECT count(DISTINCT sample_id) FROM samples")).isEqualTo(SAMPLES);
    assertThat(count(part, "SELECT count(*) FROM losses")).isEqualTo(solved * lines);
    assertThat(count(part, "SELECT count(*) FROM (SELECT DISTINCT sample_id, line FROM losses)"))
        .isEqualTo(solved * lines);
    assertThat(count(part, "SELECT count(*) FROM chunks")).isEqualTo(6);
    assertThat(TableFormat.csv(resumed.table("risk"))).isEqualTo(TableFormat.csv(once.table("risk")));
    try (var a = DriverManager.getConnection("jdbc:duckdb:" + whole);
        var b = DriverManager.getConnection("jdbc:duckdb:" + part)) {
      assertThat(sum(b)).isEqualTo(sum(a)).isNotZero();
    }
  }

  private static double sum(java.sql.Connection c) throws Exception {
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT sum(loss * (sample_id + 1)) FROM losses")) {
      r.next();
      return r.getDouble(1);
    }
  }

  @Test
  void aFileOfAnotherRunIsNotResumedAndParquetIsWrittenOnRequest() throws Exception {
    DataSet data = data();
    Path file = tmp.resolve("risk.duckdb");
    try (DuckDbRiskStore store = new DuckDbRiskStore(file, false)) {
      run(data, 1, store);
      List<Path> parquet = store.exportParquet(tmp.resolve("parquet"));
      assertThat(parquet).extracting(p -> p.getFileName().toString()).contains("losses.parquet", "risk.parquet");
      assertThat(parquet).allMatch(Files::isRegularFile);
    }
    assertThat(count(file, "SELECT count(*) FROM read_parquet('" + tmp.resolve("parquet/samples.parquet") + "')"))
        .isEqualTo(SAMPLES);
    try (DuckDbRiskStore store = new DuckDbRiskStore(file, true)) {
      assertThatThrownBy(() -> run(data, 2, store)).isInstanceOf(BadRequestException.class)
          .hasMessageContaining("cannot be resumed with other data or options");
    }
  }
}
