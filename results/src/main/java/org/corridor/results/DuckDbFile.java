package org.corridor.results;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.corridor.report.Column;
import org.corridor.report.Table;

/**
 * One embedded DuckDB results file, as every store writes it: opened fresh or kept, typed output tables with their
 * columns described in a {@code columns} table (type, unit and description from {@code outputs.csv}), and every
 * table exported as Parquet with DuckDB's own writer.
 */
final class DuckDbFile implements AutoCloseable {
  /** Type, unit and description of every column of the typed tables. */
  static final String COLUMNS = "columns";

  private final Path file;
  private final Connection db;

  private DuckDbFile(Path file, Connection db) {
    this.file = file;
    this.db = db;
  }

  /** Opens {@code file}; unless {@code keep}, an existing file (and its write-ahead log) is replaced first. */
  static DuckDbFile open(Path file, boolean keep) {
    Path f = file.toAbsolutePath().normalize();
    try {
      Files.createDirectories(f.getParent());
      if (!keep) {
        Files.deleteIfExists(f);
        Files.deleteIfExists(Path.of(f + ".wal"));
      }
      return new DuckDbFile(f, DriverManager.getConnection("jdbc:duckdb:" + f));
    } catch (SQLException | IOException e) {
      throw new ResultsException(f, e);
    }
  }

  Path file() {
    return file;
  }

  Connection connection() {
    return db;
  }

  /** Runs DDL or an update; a database error names the file. */
  void execute(String sql) {
    try (Statement s = db.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new ResultsException(file, e);
    }
  }

  /** Inserts one row of {@code values}, in column order, into {@code table}. */
  void insert(String table, Object... values) throws SQLException {
    String marks = String.join(", ", Collections.nCopies(values.length, "?"));
    try (PreparedStatement p = db.prepareStatement("INSERT INTO " + table + " VALUES (" + marks + ")")) {
      for (int i = 0; i < values.length; i++) {
        p.setObject(i + 1, values[i]);
      }
      p.executeUpdate();
    }
  }

  /** A failure of this file, with the database's reason. */
  ResultsException failure(Exception e) {
    return new ResultsException(file, e);
  }

  /**
   * Writes {@code t} as a typed table (replacing one of that name), its run id first; with a non-empty
   * {@code caseKey}, a {@code case_id} column follows it: the row's values of those columns joined by
   * {@code /}. The table's columns are described in {@link #COLUMNS}.
   */
  void writeTable(Table t, List<String> caseKey) {
    String name = sqlName(t.name());
    List<Column> columns = t.outputColumns();
    List<Integer> key = caseKey.stream().map(k -> indexOf(columns, k, t.name())).toList();
    // One transaction: a table is there whole or not at all.
    inTransaction(() -> writeTable(t, name, columns, key, caseKey, 1));
  }

  /** Work on the file's connection that may fail with a database error. */
  @FunctionalInterface
  interface Work {
    void run() throws SQLException;
  }

  /** Runs {@code work} in one transaction: committed whole, or rolled back and reported naming the file. */
  void inTransaction(Work work) {
    try {
      db.setAutoCommit(false);
      work.run();
      db.commit();
    } catch (SQLException e) {
      try {
        db.rollback();
      } catch (SQLException ignored) {
        // The work's own failure is the one to report.
      }
      throw new ResultsException(file, e);
    } finally {
      try {
        db.setAutoCommit(true);
      } catch (SQLException ignored) {
        // The connection is closed with the file.
      }
    }
  }

  private void writeTable(Table t, String name, List<Column> columns, List<Integer> key, List<String> caseKey, int at)
      throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS " + COLUMNS + " (table_name VARCHAR, column_name VARCHAR, type VARCHAR, "
          + "unit VARCHAR, description VARCHAR)");
      s.execute("DROP TABLE IF EXISTS " + name);
      s.execute("DELETE FROM " + COLUMNS + " WHERE table_name = '" + name + "'");
      List<String> ddl = new ArrayList<>();
      for (Column c : columns) {
        ddl.add('"' + c.name() + "\" " + sqlType(c.type()));
      }
      if (!key.isEmpty()) {
        ddl.add(at, "case_id VARCHAR");
      }
      s.execute("CREATE TABLE " + name + " (" + String.join(", ", ddl) + ")");
    }
    // DuckDB's appender: a prepared insert per row costs about half a millisecond a row.
    try (DuckDBAppender rows = db.unwrap(DuckDBConnection.class).createAppender("main", name)) {
      for (List<Object> row : t.outputRows()) {
        rows.beginRow();
        for (int i = 0; i < columns.size(); i++) {
          if (!key.isEmpty() && i == at) {
            rows.append(String.join("/", key.stream().map(k -> String.valueOf(row.get(k))).toList()));
          }
          append(rows, columns.get(i).type(), row.get(i));
        }
        rows.endRow();
      }
    }
    try (PreparedStatement c = db.prepareStatement("INSERT INTO " + COLUMNS + " VALUES (?, ?, ?, ?, ?)")) {
      for (int i = 0; i < columns.size(); i++) {
        if (!key.isEmpty() && i == at) {
          describe(c, name, "case_id", "id", "-", "The sweep case of the row: its " + String.join(", ", caseKey)
              + " joined by `/`.");
        }
        Column col = columns.get(i);
        describe(c, name, col.name(), col.type().label(), col.unit(), col.description());
      }
      c.executeBatch();
    }
  }

  /** One cell in its column's SQL type; NaN (no value) is NULL. */
  private static void append(DuckDBAppender rows, Column.Type type, Object v) throws SQLException {
    if (v == null || v instanceof Double d && d.isNaN()) {
      rows.appendNull();
      return;
    }
    switch (type) {
      case NUMBER, SHARE -> rows.append(((Number) v).doubleValue());
      case INTEGER -> rows.append(((Number) v).longValue());
      case BOOLEAN -> rows.append((boolean) (Boolean) v);
      case DATE -> rows.append((LocalDate) v);
      case STRING, ID, LIST -> rows.append(Table.cell(v));
    }
  }

  private static void describe(PreparedStatement c, String table, String column, String type, String unit,
      String description) throws SQLException {
    c.setString(1, table);
    c.setString(2, column);
    c.setString(3, type);
    c.setString(4, unit);
    c.setString(5, description);
    c.addBatch();
  }

  private static int indexOf(List<Column> columns, String name, String table) {
    for (int i = 0; i < columns.size(); i++) {
      if (columns.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalStateException("table `" + table + "` has no case column `" + name + "`");
  }

  /** Writes every table of the file as {@code folder/TABLE.parquet}, in name order. */
  List<Path> exportParquet(Path folder) {
    List<Path> out = new ArrayList<>();
    try (Statement s = db.createStatement()) {
      Files.createDirectories(folder);
      List<String> tables = new ArrayList<>();
      try (ResultSet r = s.executeQuery("SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() "
          + "ORDER BY table_name")) {
        while (r.next()) {
          tables.add(r.getString(1));
        }
      }
      for (String t : tables) {
        Path p = folder.toAbsolutePath().resolve(t + ".parquet");
        s.execute("COPY " + t + " TO '" + p.toString().replace("'", "''") + "' (FORMAT parquet)");
        out.add(p);
      }
    } catch (SQLException | IOException e) {
      throw new ResultsException(file, e);
    }
    return out;
  }

  /** The SQL name of an output table: {@code chokepoint-losses} is {@code chokepoint_losses}. */
  static String sqlName(String table) {
    return table.replace('-', '_');
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

  @Override
  public void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw new ResultsException(file, e);
    }
  }
}
