package org.corridor.results;

import java.nio.file.Path;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.corridor.api.SweepStore;
import org.corridor.report.Table;

/**
 * A sweep's answer (N-1, leverage) in one embedded DuckDB file, replaced on every run. Tables (every row carries
 * {@code run_id}):
 * <pre>
 *   run       the run's parameters and data-set hash (one row): command, scenario, date, solver, time limit, options
 *   TABLE     each output table of the answer, typed; a table of cases has a case_id naming the case of each row
 *   columns   type, unit and description of every column of the output tables
 * </pre>
 * A sweep is solved in one go, so there is nothing to resume: a stopped run leaves no file to trust, and the next
 * run replaces it.
 */
public final class DuckDbSweepStore implements SweepStore, AutoCloseable {
  private final Path file;
  private DuckDbFile out;

  public DuckDbSweepStore(Path file) {
    this.file = file.toAbsolutePath().normalize();
  }

  public Path file() {
    return file;
  }

  @Override
  public void write(RunInfo run, List<Table> tables, List<Cases> cases) {
    out = DuckDbFile.open(file, false);
    out.execute("CREATE TABLE run (run_id VARCHAR PRIMARY KEY, data_hash VARCHAR, version VARCHAR, command VARCHAR, "
        + "scenario VARCHAR, as_of DATE, solver VARCHAR, time_limit_s DOUBLE, options VARCHAR)");
    try (PreparedStatement p = out.connection().prepareStatement(
        "INSERT INTO run VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      p.setString(1, run.runId());
      p.setString(2, run.dataHash());
      p.setString(3, run.version());
      p.setString(4, run.command());
      p.setString(5, run.scenario());
      p.setDate(6, Date.valueOf(run.asOf()));
      p.setString(7, run.solver());
      p.setDouble(8, run.timeLimitSeconds());
      p.setString(9, run.options());
      p.executeUpdate();
    } catch (SQLException e) {
      throw out.failure(e);
    }
    Map<String, List<String>> keys = cases.stream().collect(Collectors.toMap(Cases::table, Cases::key));
    for (Table t : tables) {
      out.writeTable(t, keys.getOrDefault(t.name(), List.of()));
    }
  }

  /** Writes every table of the file as {@code folder/TABLE.parquet}; call after {@link #write}. */
  public List<Path> exportParquet(Path folder) {
    if (out == null) {
      throw new IllegalStateException("nothing written to " + file + " yet");
    }
    return out.exportParquet(folder);
  }

  @Override
  public void close() {
    if (out != null) {
      out.close();
    }
  }
}
