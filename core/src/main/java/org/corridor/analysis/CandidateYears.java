package org.corridor.analysis;

import java.util.List;
import org.corridor.solve.FlowResult;

/**
 * The sampled years of one option (the base, a project or a pair), read for a {@link CandidateRanking}: for each year,
 * the money loss summed over every country's welfare line of {@link RiskYears} (USD m) and the exports lost of each
 * focus line; and the welfare of the year without events, Σ_k Σ_countries welfare_k · years_k over the base
 * sub-periods. Years are drawn in batches of {@code batch} in index order, so each batch's new snapshots are solved as
 * one sweep and the answer does not depend on threads.
 */
public final class CandidateYears {
  private CandidateYears() {}

  public static CandidateRanking.Sampled of(RiskYears years, List<CandidateRanking.FocusLine> focus,
      List<PeriodVolumes.SubPeriod> parts, List<FlowResult> base, int samples, int batch) {
    List<RiskYears.Line> lines = years.lines();
    int[] focusIndex = new int[focus.size()];
    for (int f = 0; f < focus.size(); f++) {
      CandidateRanking.FocusLine fl = focus.get(f);
      focusIndex[f] = -1;
      for (int l = 0; l < lines.size(); l++) {
        RiskYears.Line line = lines.get(l);
        if (line.measure() == RiskYears.Measure.EXPORTS && line.country().equals(fl.exporter())
            && line.commodity().equals(fl.commodity())) {
          focusIndex[f] = l;
        }
      }
    }
    double[] loss = new double[samples];
    double[][] exports = new double[focus.size()][samples];
    boolean[] solved = new boolean[samples];
    for (long from = 0; from < samples; from += batch) {
      long to = Math.min(samples, from + batch);
      for (RiskYears.Sample s : years.run(from, to)) {
        int i = (int) s.index();
        solved[i] = s.solved();
        if (!s.solved()) {
          continue;
        }
        for (int l = 0; l < lines.size(); l++) {
          if (lines.get(l).measure() == RiskYears.Measure.WELFARE) {
            loss[i] += s.loss()[l];
          }
        }
        for (int f = 0; f < focus.size(); f++) {
          exports[f][i] = focusIndex[f] < 0 ? 0 : s.loss()[focusIndex[f]];
        }
      }
    }
    double normal = 0;
    for (int k = 0; k < parts.size(); k++) {
      for (Welfare.Row w : Welfare.of(base.get(k))) {
        normal += w.welfare() * parts.get(k).years();
      }
    }
    return new CandidateRanking.Sampled(loss, exports, solved, normal);
  }
}
