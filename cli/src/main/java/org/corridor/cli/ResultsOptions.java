package org.corridor.cli;

import java.nio.file.Path;
import java.util.function.Function;
import org.corridor.api.Answer;
import org.corridor.api.BadRequestException;
import org.corridor.api.SweepStore;
import org.corridor.results.DuckDbSweepStore;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Where a sweep writes its results as data: a DuckDB file by default, Parquet on request (docs/results.md). */
final class ResultsOptions {
  @Option(names = "--db", paramLabel = "FILE", description = "DuckDB file of the run (default: out/DATASET/COMMAND.duckdb).")
  Path db;

  @Option(names = "--no-db", description = "Write no DuckDB file.")
  boolean noDb;

  @Option(names = "--parquet", paramLabel = "DIR", description = "Also write each table of the DuckDB file as DIR/TABLE.parquet.")
  Path parquet;

  /** Refuses options that need a file together with {@code --no-db}. */
  void check(boolean resume) {
    if (noDb && (resume || parquet != null || db != null)) {
      throw new BadRequestException("--no-db writes no file to resume or export: give it without --db, --resume and "
          + "--parquet.");
    }
  }

  /** The file to write: {@code --db}, else {@code out/DATASET/COMMAND.duckdb} under the current folder. */
  Path file(String dataSet, String command) {
    return db != null ? db : Path.of("out", dataSet, command + ".duckdb");
  }

  /** Asks a sweep with the store these options choose, writes Parquet if asked, and says where the file went. */
  Answer sweep(CommandSpec spec, String dataSet, String command, Function<SweepStore, Answer> ask) {
    check(false);
    if (noDb) {
      return ask.apply(SweepStore.NONE);
    }
    try (DuckDbSweepStore store = new DuckDbSweepStore(file(dataSet, command))) {
      Answer a = ask.apply(store);
      if (parquet != null) {
        store.exportParquet(parquet);
      }
      spec.commandLine().getErr().printf("results: %s%n", store.file());
      return a;
    }
  }
}
