package org.corridor.api;

import java.util.List;
import org.corridor.report.Table;

/** Where a ranking of candidate projects is kept once it is done: the run, its tables and each option's sampled losses. */
public interface InvestStore {
  /** What the run is: stored beside its results. */
  record RunInfo(String runId, String dataHash, String version, String scenario, int year, long seed, long samples,
      boolean pairs) {}

  /**
   * The money loss (USD m) of one option in each sampled year, in index order; {@code solved[i]} false where year i had
   * a piece that did not solve (its loss is then 0 and not used). The base is the option {@code base}.
   */
  record OptionLosses(String option, double[] loss, boolean[] solved) {}

  void write(RunInfo run, List<Table> tables, List<OptionLosses> losses);

  InvestStore NONE = (run, tables, losses) -> {};
}
