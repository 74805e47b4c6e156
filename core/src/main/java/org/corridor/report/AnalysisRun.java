package org.corridor.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corridor.analysis.Chokepoints;
import org.corridor.analysis.DependencyShares;
import org.corridor.analysis.Leverage;
import org.corridor.analysis.MinCuts;
import org.corridor.analysis.PolicyCosts;
import org.corridor.analysis.RouteShares;
import org.corridor.analysis.Timeline;
import org.corridor.policy.DataSet;
import org.corridor.policy.Policy;
import org.corridor.policy.Snapshot;
import org.corridor.solve.FlowResult;

/**
 * The main job's results: the baseline, its shares, the leverage matrix, the chokepoints, the cost of
 * every event in each scenario, and the timeline. Everything a report needs, computed once (by
 * {@code org.corridor.api.Corridor#analyze}).
 */
public record AnalysisRun(DataSet data, List<DataSet.Focus> focus, FlowResult base, List<RouteShares.Row> routes,
    List<DependencyShares.Row> shares, List<Leverage.Row> leverage, List<Leverage.Total> leverageTotals,
    Chokepoints.Result chokepoints, List<MinCuts.Row> minCuts, Map<String, List<PolicyCosts.Row>> eventCosts,
    List<Timeline.Row> timeline) {

  /**
   * The span of the history the dated events make: from the quarter of the first policy date to the last
   * policy or scenario date that is not after {@code today} (announced future events are left out).
   */
  public static LocalDate[] eventSpan(DataSet data, LocalDate today) {
    LocalDate first = null;
    LocalDate last = null;
    List<LocalDate> dates = new ArrayList<>();
    for (Policy p : data.policies()) {
      dates.add(p.validity().from());
      dates.add(p.validity().to());
    }
    data.scenarios().values().forEach(sc -> dates.add(sc.asOf()));
    for (LocalDate d : dates) {
      if (d == null || d.isAfter(today)) {
        continue;
      }
      first = first == null || d.isBefore(first) ? d : first;
      last = last == null || d.isAfter(last) ? d : last;
    }
    if (first == null) {
      first = today.minusYears(1);
    }
    if (last == null || !last.isAfter(first)) {
      last = today;
    }
    LocalDate start = first.withDayOfMonth(1).withMonth(((first.getMonthValue() - 1) / 3) * 3 + 1);
    return new LocalDate[] {start, last};
  }

  public Snapshot snapshot() {
    return base.snapshot();
  }
}
