package org.corridor.report;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corridor.analysis.Chokepoints;
import org.corridor.analysis.DependencyShares;
import org.corridor.analysis.Leverage;
import org.corridor.analysis.MinCuts;
import org.corridor.analysis.PolicyCosts;
import org.corridor.analysis.RouteShares;
import org.corridor.analysis.Timeline;
import org.corridor.policy.DataSet;
import org.corridor.policy.Policy;
import org.corridor.policy.Scenario;
import org.corridor.policy.ScenarioResolver;
import org.corridor.policy.Snapshot;
import org.corridor.solve.FlowResult;
import org.corridor.solve.LpSolver;
import org.corridor.solve.Progress;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.SweepRunner;
import org.corridor.solve.TransitModel;

/**
 * The main job: the baseline, its shares, the leverage matrix, the chokepoints, the cost of every
 * event in each scenario, and the timeline. Everything a report needs, computed once.
 */
public record AnalysisRun(DataSet data, FlowResult base, List<RouteShares.Row> routes,
    List<DependencyShares.Row> shares, List<Leverage.Row> leverage, List<Leverage.Total> leverageTotals,
    Chokepoints.Result chokepoints, List<MinCuts.Row> minCuts, Map<String, List<PolicyCosts.Row>> eventCosts,
    List<Timeline.Row> timeline) {

  /** How to run: solver, threads, and the timeline's span. */
  public record Settings(LpSolver solver, SolveOptions options, int threads, LocalDate timelineFrom,
      LocalDate timelineTo, Period timelineStep) {}

  public static AnalysisRun of(DataSet data, String scenarioName, LocalDate asOf, Settings s, Progress progress) {
    ScenarioResolver resolver = new ScenarioResolver(data);
    Scenario scenario = resolver.scenario(scenarioName);
    if (asOf != null) {
      scenario = scenario.withAsOf(asOf);
    }
    TransitModel model = new TransitModel(s.solver(), s.options());
    SweepRunner runner = new SweepRunner(s.solver(), s.options(), s.threads(), progress);
    FlowResult base = model.solve(resolver.resolve(scenario));
    if (!base.isOptimal()) {
      throw new IllegalStateException("the baseline is " + base.status().label());
    }
    List<RouteShares.Row> routes = new ArrayList<>();
    List<DependencyShares.Row> shares = new ArrayList<>();
    for (DataSet.Focus f : data.focus()) {
      routes.addAll(RouteShares.of(base, f.exporter(), f.commodity()));
      shares.addAll(DependencyShares.of(base, f.exporter(), f.commodity()).stream()
          .filter(r -> r.transit() > FlowResult.EPS || r.destination() > FlowResult.EPS).toList());
    }
    List<Leverage.Row> leverage = new Leverage(resolver, scenario, runner).run(base, EnumSet.allOf(Leverage.Lever.class));
    Chokepoints.Result chokepoints = new Chokepoints(resolver, scenario, runner).run(base);
    Map<String, List<PolicyCosts.Row>> costs = eventCosts(data, resolver, model, runner, progress);
    List<Timeline.Row> timeline = timeline(data, resolver, scenario, model, s, progress);
    return new AnalysisRun(data, base, routes, shares, leverage, Leverage.totals(leverage), chokepoints,
        MinCuts.of(base), costs, timeline);
  }

  /** For every named scenario: what each policy in force on its date costs. */
  private static Map<String, List<PolicyCosts.Row>> eventCosts(DataSet data, ScenarioResolver resolver,
      TransitModel model, SweepRunner runner, Progress progress) {
    Map<String, List<PolicyCosts.Row>> out = new TreeMap<>();
    int i = 0;
    for (Scenario sc : data.scenarios().values()) {
      progress.update("scenarios", i++, data.scenarios().size());
      FlowResult r = model.solve(resolver.resolve(sc));
      if (r.isOptimal() && !r.snapshot().policies().isEmpty()) {
        out.put(sc.name(), PolicyCosts.of(resolver, sc, r, runner));
      }
    }
    progress.update("scenarios", data.scenarios().size(), data.scenarios().size());
    return out;
  }

  private static List<Timeline.Row> timeline(DataSet data, ScenarioResolver resolver, Scenario scenario,
      TransitModel model, Settings s, Progress progress) {
    List<LocalDate> dates = Timeline.dates(s.timelineFrom(), s.timelineTo(), s.timelineStep());
    int[] done = {0};
    return Timeline.of(resolver, scenario, dates, data.focus(), snap -> {
      progress.update("timeline", Math.min(done[0]++, dates.size() * 2), dates.size() * 2);
      return model.solve(snap);
    });
  }

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
