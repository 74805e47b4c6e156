package org.corridor.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import org.corridor.analysis.RiskMeasures;
import org.corridor.analysis.RiskYears;
import org.corridor.policy.DataSet;
import org.corridor.report.RiskReport;
import org.corridor.solve.SweepRunner;

/**
 * One risk run opened on warm solver sessions: its base year solved, ready to draw any range of sampled years and to
 * turn any collection of them into the run's answer. {@link Corridor#risk} draws every range on one of these; a
 * distributed runner opens one per task for its range of indices and one on the driver for the answer. Each sample
 * is drawn from (seed, index) alone and each new snapshot solved from scratch, so a sample's losses do not depend on
 * which run drew it or what that run drew before, and the answer from samples gathered anywhere is the same bytes.
 * Not thread-safe: one caller at a time.
 */
public final class RiskRun implements AutoCloseable {
  private final String runId;
  private final RiskStore.RunInfo info;
  private final RiskRequest request;
  private final RiskYears years;
  private final List<DataSet.Focus> focus;
  private final SweepRunner runner;
  private final ExecutorService pool;

  RiskRun(RiskStore.RunInfo info, RiskRequest request, RiskYears years, List<DataSet.Focus> focus, SweepRunner runner,
      ExecutorService pool) {
    this.runId = info.runId();
    this.info = info;
    this.request = request;
    this.years = years;
    this.focus = focus;
    this.runner = runner;
    this.pool = pool;
  }

  /** The run's id: the same as {@link Corridor#risk}'s for the same data, scenario, request and solver. */
  public String runId() {
    return runId;
  }

  /** What the run is, as a store keeps it. */
  public RiskStore.RunInfo info() {
    return info;
  }

  /** The loss lines, in the order of every sample's losses. */
  public List<RiskYears.Line> lines() {
    return years.lines();
  }

  /** Distinct (sub-period, events in force) snapshots this run has solved so far. */
  public long solves() {
    return years.solves();
  }

  /**
   * Samples {@code from} (included) to {@code to} (excluded), in index order, drawn in batches of the request's
   * batch size (each batch's new snapshots solved as one sweep).
   */
  public List<RiskYears.Sample> samples(long from, long to) {
    if (from < 0 || to < from || to > request.samples()) {
      throw new BadRequestException("sample indices run from 0 to " + request.samples() + ", not " + from + " to "
          + to + ".");
    }
    List<RiskYears.Sample> out = new ArrayList<>();
    for (long a = from; a < to; a += request.batch()) {
      out.addAll(years.run(a, Math.min(to, a + request.batch())));
    }
    return out;
  }

  /**
   * The run's answer from sampled years gathered in any order (sorted here by index): the measures of the solved ones
   * in index order ({@link RiskMeasures#table}), the unsolved ones counted.
   *
   * @param solves distinct snapshots solved to draw them, for the summary
   * @param stoppedEarly whether sampling stopped at the precision target
   */
  public Answer answer(List<RiskYears.Sample> samples, long solves, boolean stoppedEarly) {
    List<RiskYears.Sample> sorted = new ArrayList<>(samples);
    sorted.sort(Comparator.comparingLong(RiskYears.Sample::index));
    List<double[]> losses = new ArrayList<>();
    long failed = 0;
    for (int i = 0; i < sorted.size(); i++) {
      RiskYears.Sample s = sorted.get(i);
      if (i > 0 && sorted.get(i - 1).index() == s.index()) {
        throw new IllegalArgumentException("sample " + s.index() + " is given twice");
      }
      if (s.solved()) {
        losses.add(s.loss());
      } else {
        failed++;
      }
    }
    List<RiskMeasures.Row> rows = losses.isEmpty() ? List.of() : RiskMeasures.table(years.lines(), losses);
    RiskReport.Summary summary = new RiskReport.Summary(info.scenario(), info.year(), request.seed(),
        request.samples(), losses.size(), failed, stoppedEarly, solves, RiskReport.findings(rows, focus));
    return Corridor.answer(runId, info.scenario(), summary, RiskReport.tables(rows, info.year()), "risk");
  }

  /** Whether every focus pair's expected exports lost has a relative standard error within {@code target}. */
  boolean precise(List<double[]> losses, double target) {
    if (losses.size() < 2) {
      return false;
    }
    List<RiskYears.Line> lines = years.lines();
    for (int l = 0; l < lines.size(); l++) {
      RiskYears.Line line = lines.get(l);
      int i = l;
      if (line.measure() == RiskYears.Measure.EXPORTS && focus.stream().anyMatch(f -> f.exporter().equals(
          line.country()) && f.commodity().equals(line.commodity()))
          && RiskMeasures.mean(losses.stream().mapToDouble(x -> x[i]).toArray()).relative() > target) {
        return false;
      }
    }
    return true;
  }

  /** Closes the solver sessions and stops their threads. */
  @Override
  public void close() {
    try {
      runner.close();
    } finally {
      pool.shutdownNow();
    }
  }
}
