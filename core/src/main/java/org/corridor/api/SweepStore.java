package org.corridor.api;

import java.time.LocalDate;
import java.util.List;
import org.corridor.report.Table;

/**
 * Where a sweep (N-1, leverage) keeps its answer as data: the run's parameters beside its typed tables, each row of a
 * table of cases marked with its case. {@link #NONE} keeps nothing.
 */
public interface SweepStore {
  /**
   * What the run is: its id, the hash of the data set's files alone, the command and what it was asked.
   *
   * @param asOf the date the scenario was resolved on
   * @param options the command's own options as {@code name=value} pairs, in a fixed order
   */
  record RunInfo(String runId, String dataHash, String version, String command, String scenario, LocalDate asOf,
      String solver, double timeLimitSeconds, String options) {}

  /** A table whose rows belong to sweep cases, and the columns whose values, joined by {@code /}, name the case. */
  record Cases(String table, List<String> key) {
    public Cases {
      key = List.copyOf(key);
    }
  }

  /** Stores the tables of one run. */
  void write(RunInfo run, List<Table> tables, List<Cases> cases);

  SweepStore NONE = (run, tables, cases) -> { };
}
