package org.corridor.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import org.corridor.api.Answer;
import org.corridor.api.Corridor;
import org.corridor.api.RunOptions;
import org.corridor.api.ScenarioRef;
import org.corridor.io.DataSetLoader;
import org.corridor.io.ExampleCopy;
import org.corridor.report.Table;
import org.corridor.solve.Progress;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.ortools.OrToolsSolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** N-1 and leverage in DuckDB: every table of the answer with its exact row count, a case id, units and the run. */
class DuckDbSweepStoreTest {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);

  @TempDir
  Path tmp;

  private Corridor corridor() throws Exception {
    return new Corridor(DataSetLoader.load(ExampleCopy.EXAMPLE, true).dataSet(), new OrToolsSolver(), CLOCK,
        Progress.NONE, Executors::newFixedThreadPool);
  }

  private static Object one(Path file, String sql) throws Exception {
    try (var c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      assertThat(r.next()).as(sql).isTrue();
      return r.getObject(1);
    }
  }

  private static long count(Path file, String sql) throws Exception {
    return ((Number) one(file, sql)).longValue();
  }

  @Test
  void chokepointsWriteEveryTableWithItsRowsCasesUnitsAndTheRun() throws Exception {
    Path file = tmp.resolve("chokepoints.duckdb");
    Answer a;
    try (DuckDbSweepStore store = new DuckDbSweepStore(file)) {
      a = corridor().chokepoints(new ScenarioRef(null, null), new RunOptions(SolveOptions.DEFAULT, 2), store);
      List<Path> parquet = store.exportParquet(tmp.resolve("parquet"));
      assertThat(parquet).extracting(p -> p.getFileName().toString()).contains("run.parquet", "chokepoints.parquet",
          "chokepoint_losses.parquet", "columns.parquet");
      assertThat(parquet).allMatch(Files::isRegularFile);
    }
    String run = a.tables().get(0).runId();
    assertThat(one(file, "SELECT run_id FROM run")).isEqualTo(run);
    assertThat(one(file, "SELECT command FROM run")).isEqualTo("chokepoints");
    assertThat(one(file, "SELECT solver FROM run")).isEqualTo(SolveOptions.DEFAULT.solver().name().toLowerCase(java.util.Locale.ROOT));
    assertThat(one(file, "SELECT CAST(as_of AS VARCHAR) FROM run")).isEqualTo("2024-11-28"); // the date of the example's default scenario
    assertThat((String) one(file, "SELECT data_hash FROM run")).matches("[0-9a-f]{12}").isNotEqualTo(run);
    for (Table t : a.tables()) {
      String name = t.name().replace('-', '_');
      assertThat(count(file, "SELECT count(*) FROM " + name)).as(name).isEqualTo(t.rows().size());
      assertThat(count(file, "SELECT count(*) FROM " + name + " WHERE run_id <> '" + run + "'")).as(name).isZero();
    }
    long cases = a.table("chokepoints").rows().size();
    assertThat(cases).isPositive();
    assertThat(count(file, "SELECT count(DISTINCT case_id) FROM chokepoints")).isEqualTo(cases);
    assertThat(count(file, "SELECT count(*) FROM chokepoints WHERE case_id <> element || '/' || id")).isZero();
    assertThat(count(file, "SELECT count(*) FROM chokepoint_losses l LEFT JOIN chokepoints c USING (case_id) "
        + "WHERE c.case_id IS NULL")).as("every loss row belongs to a case").isZero();
    assertThat(one(file, "SELECT unit FROM columns WHERE table_name = 'chokepoints' AND column_name = 'welfare_loss'"))
        .isEqualTo("USD m/yr");
    assertThat(one(file, "SELECT type FROM columns WHERE table_name = 'chokepoints' AND column_name = 'case_id'"))
        .isEqualTo("id");
    assertThat(one(file, "SELECT data_type FROM information_schema.columns WHERE table_name = 'chokepoints' "
        + "AND column_name = 'welfare_loss'")).isEqualTo("DOUBLE");
    assertThat(count(file, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'min_cuts' "
        + "AND column_name = 'case_id'")).as("a table of the base solve has no case").isZero();
    assertThat(count(file, "SELECT count(*) FROM read_parquet('" + tmp.resolve("parquet/chokepoints.parquet") + "')"))
        .isEqualTo(cases);
  }

  @Test
  void leverageCasesAreLeverActorTargetAndCommodityAndARunReplacesTheFile() throws Exception {
    Path file = tmp.resolve("leverage.duckdb");
    for (int i = 0; i < 2; i++) {
      try (DuckDbSweepStore store = new DuckDbSweepStore(file)) {
        corridor().leverage(new ScenarioRef(null, null), new RunOptions(SolveOptions.DEFAULT, 1),
            Corridor.levers(List.of("transit")), null, store);
      }
    }
    assertThat(count(file, "SELECT count(*) FROM run")).isEqualTo(1);
    assertThat(one(file, "SELECT options FROM run")).isEqualTo("levers=[TRANSIT] commodity=all");
    long rows = count(file, "SELECT count(*) FROM leverage");
    assertThat(rows).isPositive();
    assertThat(count(file, "SELECT count(DISTINCT case_id) FROM leverage")).isEqualTo(rows);
    assertThat(count(file, "SELECT count(*) FROM leverage WHERE case_id <> concat_ws('/', lever, actor, target, "
        + "commodity)")).isZero();
  }
}
