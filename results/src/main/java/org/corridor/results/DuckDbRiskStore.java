package org.corridor.results;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.corridor.analysis.RiskYears;
import org.corridor.api.BadRequestException;
import org.corridor.api.RiskStore;
import org.corridor.report.Table;

/**
 * A risk run in one embedded DuckDB file. Tables (every row carries {@code run_id}):
 * <pre>
 *   run       the run's parameters, seed, data-set hash and version (one row)
 *   lines     what each loss line measures: country, commodity, measure, unit
 *   chunks    the sample ranges committed; a range is committed with its samples in one transaction
 *   samples   one row per sampled year: sample_id, occurrences, solved
 *   losses    one row per solved sampled year and line: the loss in the line's unit
 *   risk      the measures with their standard errors (written when the run completes)
 *   risk_exceedance  the exceedance curve of every line with a loss (written when the run completes)
 *   columns   type, unit and description of every column of {@code risk} and {@code risk_exceedance}
 * </pre>
 * A run stopped part-way leaves its committed chunks; opened again with {@code resume}, the store reads them back and
 * the run draws only the rest, so no sample is lost or counted twice. Resuming a file of another run is refused.
 */
public final class DuckDbRiskStore implements RiskStore, AutoCloseable {
  private final Path file;
  private final boolean resume;
  private final BiConsumer<Long, Long> onCommit;
  private DuckDbFile out;
  private Connection db;
  private String runId;
  private List<RiskYears.Line> lines;

  /** @param resume keep the committed chunks of the same run; otherwise an existing file is replaced */
  public DuckDbRiskStore(Path file, boolean resume) {
    this(file, resume, (from, to) -> { });
  }

  /** @param onCommit told the range of samples (from, to excluded) of each batch once it is committed */
  public DuckDbRiskStore(Path file, boolean resume, BiConsumer<Long, Long> onCommit) {
    this.file = file.toAbsolutePath().normalize();
    this.resume = resume;
    this.onCommit = onCommit;
  }

  public Path file() {
    return file;
  }

  @Override
  public void open(RunInfo run, List<RiskYears.Line> lines) {
    this.runId = run.runId();
    this.lines = List.copyOf(lines);
    out = DuckDbFile.open(file, resume);
    db = out.connection();
    try {
      createTables();
      String held = held();
      if (held != null && !held.equals(runId)) {
        throw new BadRequestException(file + " holds run " + held + ", not this run (" + runId + "): it cannot be "
            + "resumed with other data or options. Maybe drop --resume, or repeat the options of that run.");
      }
      if (held == null) {
        out.insert("run", runId, run.dataHash(), run.version(), run.scenario(), run.year(), run.seed(), run.samples(),
            run.batch(), run.precision());
        try (PreparedStatement p = db.prepareStatement("INSERT INTO lines VALUES (?, ?, ?, ?, ?, ?)")) {
          for (int i = 0; i < lines.size(); i++) {
            RiskYears.Line l = lines.get(i);
            p.setString(1, runId);
            p.setInt(2, i);
            p.setString(3, l.country());
            p.setString(4, l.commodity());
            p.setString(5, l.measure().label());
            p.setString(6, l.unit());
            p.addBatch();
          }
          p.executeBatch();
        }
      }
    } catch (SQLException e) {
      throw new ResultsException(file, e);
    }
  }

  private void createTables() throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS run (run_id VARCHAR PRIMARY KEY, data_hash VARCHAR, version VARCHAR, "
          + "scenario VARCHAR, year INTEGER, seed BIGINT, samples BIGINT, batch INTEGER, precision DOUBLE)");
      s.execute("CREATE TABLE IF NOT EXISTS lines (run_id VARCHAR, line INTEGER, country VARCHAR, commodity VARCHAR, "
          + "measure VARCHAR, unit VARCHAR)");
      s.execute("CREATE TABLE IF NOT EXISTS chunks (run_id VARCHAR, first_sample BIGINT, end_sample BIGINT, "
          + "PRIMARY KEY (run_id, first_sample))");
      s.execute("CREATE TABLE IF NOT EXISTS samples (run_id VARCHAR, sample_id BIGINT, occurrences INTEGER, "
          + "solved BOOLEAN, PRIMARY KEY (run_id, sample_id))");
      s.execute("CREATE TABLE IF NOT EXISTS losses (run_id VARCHAR, sample_id BIGINT, line INTEGER, country VARCHAR, "
          + "commodity VARCHAR, measure VARCHAR, loss DOUBLE, unit VARCHAR)");
    }
  }

  private String held() throws SQLException {
    try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT run_id FROM run")) {
      return r.next() ? r.getString(1) : null;
    }
  }

  @Override
  public Optional<List<RiskYears.Sample>> committed(long from, long to) {
    try {
      try (PreparedStatement p = db.prepareStatement(
          "SELECT end_sample FROM chunks WHERE run_id = ? AND first_sample = ?")) {
        p.setString(1, runId);
        p.setLong(2, from);
        try (ResultSet r = p.executeQuery()) {
          if (!r.next()) {
            return Optional.empty();
          }
          if (r.getLong(1) != to) {
            throw new IllegalStateException("chunk from " + from + " ends at " + r.getLong(1) + ", not " + to);
          }
        }
      }
      List<RiskYears.Sample> out = new ArrayList<>();
      try (PreparedStatement p = db.prepareStatement("SELECT sample_id, occurrences, solved FROM samples "
          + "WHERE run_id = ? AND sample_id >= ? AND sample_id < ? ORDER BY sample_id");
          PreparedStatement q = db.prepareStatement("SELECT sample_id, line, loss FROM losses "
              + "WHERE run_id = ? AND sample_id >= ? AND sample_id < ? ORDER BY sample_id, line")) {
        double[][] loss = new double[(int) (to - from)][];
        q.setString(1, runId);
        q.setLong(2, from);
        q.setLong(3, to);
        try (ResultSet r = q.executeQuery()) {
          while (r.next()) {
            int i = (int) (r.getLong(1) - from);
            if (loss[i] == null) {
              loss[i] = new double[lines.size()];
            }
            loss[i][r.getInt(2)] = r.getDouble(3);
          }
        }
        p.setString(1, runId);
        p.setLong(2, from);
        p.setLong(3, to);
        try (ResultSet r = p.executeQuery()) {
          while (r.next()) {
            int i = (int) (r.getLong(1) - from);
            boolean solved = r.getBoolean(3);
            out.add(new RiskYears.Sample(r.getLong(1), r.getInt(2), solved,
                solved ? (loss[i] == null ? new double[lines.size()] : loss[i]) : new double[0]));
          }
        }
      }
      return Optional.of(out);
    } catch (SQLException e) {
      throw new ResultsException(file, e);
    }
  }

  @Override
  public void commit(long from, long to, List<RiskYears.Sample> samples) {
    out.inTransaction(() -> {
        try (var a = db.unwrap(org.duckdb.DuckDBConnection.class).createAppender("main", "samples");
            var b = db.unwrap(org.duckdb.DuckDBConnection.class).createAppender("main", "losses")) {
          for (RiskYears.Sample s : samples) {
            a.beginRow();
            a.append(runId);
            a.append(s.index());
            a.append(s.occurrences());
            a.append(s.solved());
            a.endRow();
            for (int l = 0; l < s.loss().length; l++) {
              RiskYears.Line line = lines.get(l);
              b.beginRow();
              b.append(runId);
              b.append(s.index());
              b.append(l);
              b.append(line.country());
              b.append(line.commodity());
              b.append(line.measure().label());
              b.append(s.loss()[l]);
              b.append(line.unit());
              b.endRow();
            }
          }
        }
        try (PreparedStatement p = db.prepareStatement("INSERT INTO chunks VALUES (?, ?, ?)")) {
          p.setString(1, runId);
          p.setLong(2, from);
          p.setLong(3, to);
          p.executeUpdate();
        }
    });
    onCommit.accept(from, to);
  }

  @Override
  public void finish(List<Table> tables) {
    tables.forEach(t -> out.writeTable(t, List.of()));
  }

  /** Writes every table of the file as {@code folder/TABLE.parquet}, with DuckDB's own Parquet writer. */
  public List<Path> exportParquet(Path folder) {
    return out.exportParquet(folder);
  }

  @Override
  public void close() {
    if (out != null) {
      out.close();
    }
  }
}
