package org.corridor.results;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.corridor.api.InvestStore;
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
    try (DuckDbFile out = DuckDbFile.open(file, false)) {
      Connection db = out.connection();
      out.inTransaction(() -> {
        writeRun(out, db, run);
        writeLosses(db, run.runId(), losses);
      });
      tables.forEach(t -> out.writeTable(t, List.of()));
    }
  }

  private static void writeRun(DuckDbFile out, Connection db, RunInfo run) throws SQLException {
    try (var s = db.createStatement()) {
      s.execute("CREATE TABLE run (run_id VARCHAR PRIMARY KEY, data_hash VARCHAR, version VARCHAR, scenario VARCHAR, "
          + "year INTEGER, seed BIGINT, samples BIGINT, pairs BOOLEAN)");
    }
    out.insert("run", run.runId(), run.dataHash(), run.version(), run.scenario(), run.year(), run.seed(),
        run.samples(), run.pairs());
  }

  private static void writeLosses(Connection db, String runId, List<OptionLosses> losses) throws SQLException {
    try (var s = db.createStatement()) {
      s.execute("CREATE TABLE option_losses (run_id VARCHAR, option VARCHAR, sample_id BIGINT, solved BOOLEAN, "
          + "loss DOUBLE)");
    }
    try (DuckDBAppender a = db.unwrap(DuckDBConnection.class).createAppender("main", "option_losses")) {
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
}
