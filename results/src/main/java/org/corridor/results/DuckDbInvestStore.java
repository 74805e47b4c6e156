package org.corridor.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.List;
import org.corridor.api.InvestStore;
import org.corridor.report.Column;
import org.corridor.report.Table;

/**
 * A ranking of candidate projects in one embedded DuckDB file, replaced on each run. Tables (every row carries
 * {@code run_id}):
 * <pre>
 *   run            the run's parameters, seed, data-set hash and version (one row)
 *   option_losses  one row per option (the base, each project, each pair) and sampled year: the money loss (USD m)
 *                  and whether every piece of the year solved; the ranking's paired differences come from these rows
 *   invest         the ranking (docs/outputs.md)
 *   invest_focus   what each option does to the focus pairs' expected exports lost
 *   columns        type, unit and description of every column of invest and invest_focus
 * </pre>
 */
public final class DuckDbInvestStore implements InvestStore {
  private final Path file;

  public DuckDbInvestStore(Path file) {
    this.file = file.toAbsolutePath().normalize();
  }

  public Path file() {
    return file;
  }

  @Override
  public void write(RunInfo run, List<Table> tables, List<OptionLosses> losses) {
    try {
      Files.createDirectories(file.getParent());
      Files.deleteIfExists(file);
      Files.deleteIfExists(Path.of(file + ".wal"));
      try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + file)) {
        writeRun(db, run);
        writeLosses(db, run.runId(), losses);
        writeTables(db, tables);
      }
    } catch (SQLException | IOException e) {
      throw new ResultsException(file, e);
    }
  }

  private static void writeRun(Connection db, RunInfo run) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("CREATE TABLE run (run_id VARCHAR PRIMARY KEY, data_hash VARCHAR, version VARCHAR, scenario VARCHAR, "
          + "year INTEGER, seed BIGINT, samples BIGINT, pairs BOOLEAN)");
    }
    try (PreparedStatement p = db.prepareStatement("INSERT INTO run VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      p.setString(1, run.runId());
      p.setString(2, run.dataHash());
      p.setString(3, run.version());
      p.setString(4, run.scenario());
      p.setInt(5, run.year());
      p.setLong(6, run.seed());
      p.setLong(7, run.samples());
      p.setBoolean(8, run.pairs());
      p.executeUpdate();
    }
  }

  private static void writeLosses(Connection db, String runId, List<OptionLosses> losses) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("CREATE TABLE option_losses (run_id VARCHAR, option VARCHAR, sample_id BIGINT, solved BOOLEAN, "
          + "loss DOUBLE)");
    }
    try (var a = db.unwrap(org.duckdb.DuckDBConnection.class).createAppender("main", "option_losses")) {
      for (OptionLosses o : losses) {
        for (int i = 0; i < o.loss().length; i++) {
          a.beginRow();
          a.append(runId);
          a.append(o.option());
          a.append((long) i);
          a.append(o.solved()[i]);
          a.append(o.loss()[i]);
          a.endRow();
        }
      }
    }
  }

  /** Each table with its typed columns, and every column's type, unit and description in {@code columns}. */
  private static void writeTables(Connection db, List<Table> tables) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("CREATE TABLE columns (table_name VARCHAR, column_name VARCHAR, type VARCHAR, unit VARCHAR, "
          + "description VARCHAR)");
      for (Table t : tables) {
        String name = t.name().replace('-', '_');
        List<Column> columns = t.outputColumns();
        StringBuilder ddl = new StringBuilder("CREATE TABLE " + name + " (");
        for (int i = 0; i < columns.size(); i++) {
          Column c = columns.get(i);
          ddl.append(i == 0 ? "" : ", ").append('"').append(c.name()).append("\" ").append(sqlType(c.type()));
        }
        s.execute(ddl.append(')').toString());
        String marks = String.join(", ", Collections.nCopies(columns.size(), "?"));
        try (PreparedStatement p = db.prepareStatement("INSERT INTO " + name + " VALUES (" + marks + ")");
            PreparedStatement c = db.prepareStatement("INSERT INTO columns VALUES (?, ?, ?, ?, ?)")) {
          for (List<Object> row : t.outputRows()) {
            for (int i = 0; i < row.size(); i++) {
              Object v = row.get(i);
              p.setObject(i + 1, v instanceof Double d && d.isNaN() ? null
                  : v instanceof java.time.LocalDate date ? java.sql.Date.valueOf(date) : v);
            }
            p.addBatch();
          }
          p.executeBatch();
          for (Column col : columns) {
            c.setString(1, name);
            c.setString(2, col.name());
            c.setString(3, col.type().label());
            c.setString(4, col.unit());
            c.setString(5, col.description());
            c.addBatch();
          }
          c.executeBatch();
        }
      }
    }
  }

  private static String sqlType(Column.Type type) {
    return switch (type) {
      case NUMBER, SHARE -> "DOUBLE";
      case INTEGER -> "BIGINT";
      case BOOLEAN -> "BOOLEAN";
      case DATE -> "DATE";
      case STRING, ID, LIST -> "VARCHAR";
    };
  }
}
