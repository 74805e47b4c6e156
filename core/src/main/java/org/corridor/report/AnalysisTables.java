package org.corridor.report;

import java.util.ArrayList;
import java.util.List;
import org.corridor.analysis.Chokepoints;
import org.corridor.analysis.Coverage;
import org.corridor.analysis.DependencyShares;
import org.corridor.analysis.Leverage;
import org.corridor.analysis.MinCuts;
import org.corridor.analysis.PolicyCosts;
import org.corridor.analysis.RouteShares;
import org.corridor.analysis.StrandedSupply;
import org.corridor.analysis.Timeline;
import org.corridor.analysis.Welfare;
import org.corridor.model.Source;
import org.corridor.solve.FlowResult;

/** Every table of an {@link AnalysisRun}, for CSV files and the report. */
public final class AnalysisTables {
  private AnalysisTables() {}

  /** The tables of the run, tagged with {@code runId} and the run's scenario. */
  public static List<Table> of(AnalysisRun run, String runId) {
    FlowResult b = run.base();
    List<Table> t = new ArrayList<>();
    t.add(Table.of("routes", "Export routes of the focus exporters", RouteShares.Row.class, run.routes()));
    t.add(Table.of("shares", "Countries crossed by, or receiving, the focus exports", DependencyShares.Row.class, run.shares()));
    t.add(Table.of("leverage", "Leverage per actor, target, commodity and lever", Leverage.Row.class, run.leverage()));
    t.add(Table.of("leverage-totals", "Leverage matrix (all commodities)", Leverage.Total.class,
        run.leverageTotals()));
    t.add(Table.of("chokepoints", "N-1: what closing each link, node or country to transit costs",
        Chokepoints.Row.class, run.chokepoints().ranking()));
    t.add(Table.of("chokepoint-losses", "N-1 losses per country", Chokepoints.CountryLoss.class,
        run.chokepoints().countryLosses()));
    t.add(Table.of("chokepoint-stranded", "N-1 stranded supply per commodity", Chokepoints.Stranded.class,
        run.chokepoints().stranded()));
    t.add(Table.of("min-cuts", "Minimum cuts between each exporter and its foreign markets", MinCuts.Row.class, run.minCuts()));
    t.add(Table.of("capacity-prices", "Binding capacities: value of one more unit of yearly capacity",
        FlowResult.CapacityPrice.class, b.capacityPrices()));
    List<PolicyCosts.Row> costs = new ArrayList<>();
    run.eventCosts().values().forEach(costs::addAll);
    t.add(Table.of("event-costs", "What each policy or event in force costs, per scenario", PolicyCosts.Row.class, costs));
    t.add(Table.of("timeline", "Indicators over time", Timeline.Row.class, run.timeline()));
    t.add(Table.of("coverage", "Modelled flows against reported national totals", Coverage.Row.class,
        Coverage.of(b)));
    t.add(Table.of("flows", "Baseline flows per link and class", FlowResult.LinkFlow.class, b.flows()));
    t.add(Table.of("deliveries", "Baseline deliveries", FlowResult.Delivery.class, b.deliveries()));
    t.add(Table.of("welfare", "Baseline welfare per country", Welfare.Row.class, Welfare.of(b)));
    t.add(Table.of("stranded", "Baseline supply used and stranded", StrandedSupply.Row.class, StrandedSupply.of(b)));
    t.add(Table.of("sources", "Sources", Source.class, List.copyOf(run.data().network().sources().values())));
    return t.stream().map(x -> x.withRun(runId, run.snapshot().scenario())).toList();
  }
}
