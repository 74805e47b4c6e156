package org.corridor.report;

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

  public Snapshot snapshot() {
    return base.snapshot();
  }
}
