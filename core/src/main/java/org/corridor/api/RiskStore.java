package org.corridor.api;

import java.util.List;
import java.util.Optional;
import org.corridor.analysis.RiskYears;
import org.corridor.report.Table;

/**
 * Where a risk run keeps its sampled years as it goes, batch by batch, so that a run stopped part-way resumes: a batch
 * committed by an earlier run with the same run id is read back instead of drawn again, and a batch is committed whole
 * or not at all. {@link #NONE} keeps nothing.
 */
public interface RiskStore {
  /** What the run is: stored beside its results. */
  record RunInfo(String runId, String dataHash, String version, String scenario, int year, long seed, long samples,
      int batch, Double precision) {}

  /** Opens the run; a store holding another run refuses to resume it. */
  void open(RunInfo run, List<RiskYears.Line> lines);

  /** The samples {@code from} to {@code to} (excluded) if an earlier run committed them. */
  Optional<List<RiskYears.Sample>> committed(long from, long to);

  /** Commits the samples {@code from} to {@code to} (excluded) in one transaction. */
  void commit(long from, long to, List<RiskYears.Sample> samples);

  /** Stores the run's result tables once every batch is in. */
  void finish(List<Table> tables);

  RiskStore NONE = new RiskStore() {
    @Override
    public void open(RunInfo run, List<RiskYears.Line> lines) {}

    @Override
    public Optional<List<RiskYears.Sample>> committed(long from, long to) {
      return Optional.empty();
    }

    @Override
    public void commit(long from, long to, List<RiskYears.Sample> samples) {}

    @Override
    public void finish(List<Table> tables) {}
  };
}
