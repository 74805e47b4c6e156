package org.corridor.report;

import java.util.ArrayList;
import java.util.List;
import org.corridor.analysis.DependencyShares;
import org.corridor.analysis.DestinationShares;
import org.corridor.analysis.RouteShares;
import org.corridor.analysis.StrandedSupply;
import org.corridor.analysis.Welfare;
import org.corridor.policy.DataSet;
import org.corridor.solve.FlowResult;

/** The tables a solve produces, in the order a reader wants them. */
public final class SolveReport {
  /** Headline figures of one solve. */
  public record Summary(String scenario, String asOf, String status, double objective, int links, int classes,
      String solver) {
    /** One line for a terminal. */
    public String headline() {
      return String.format(java.util.Locale.ROOT, "Scenario %s as of %s: %s, shippers' surplus %.1f USD m/yr "
          + "(%d links, %d flow classes, solver %s)", scenario, asOf, status, objective, links, classes, solver);
    }
  }

  private SolveReport() {}

  public static Summary summary(FlowResult r) {
    java.util.Set<String> classes = new java.util.HashSet<>();
    r.snapshot().supply().forEach(s -> classes.add(s.commodity() + "|" + r.snapshot().network().countryOf(s.node())));
    return summary(r, classes.size());
  }

  public static Summary summary(FlowResult r, int classes) {
    return new Summary(r.snapshot().scenario(), r.snapshot().asOf().toString(), r.status().label(),
        r.objective(), r.snapshot().links().size(), classes, r.solver());
  }

  /**
   * Every table of a solve, as run {@code runId}. The focus pairs of the data set share one routes and one
   * shares table: each row names its exporter, commodity and unit. {@code full} adds the long node-price table.
   */
  public static List<Table> tables(List<DataSet.Focus> focus, FlowResult r, boolean full, String runId) {
    List<Table> out = new ArrayList<>();
    List<RouteShares.Row> routes = new ArrayList<>();
    List<DependencyShares.Row> shares = new ArrayList<>();
    for (DataSet.Focus f : focus) {
      routes.addAll(RouteShares.of(r, f.exporter(), f.commodity()));
      DependencyShares.of(r, f.exporter(), f.commodity()).stream()
          .filter(row -> row.transit() > FlowResult.EPS || row.destination() > FlowResult.EPS).forEach(shares::add);
    }
    out.add(Table.of("routes", "Export routes of the focus exporters", RouteShares.Row.class, routes));
    out.add(Table.of("shares", "Countries crossed by, or receiving, the focus exports", DependencyShares.Row.class, shares));
    out.add(Table.of("flows", "Flows per link and class (per year)", FlowResult.LinkFlow.class, r.flows()));
    out.add(Table.of("deliveries", "Deliveries per market", FlowResult.Delivery.class, r.deliveries()));
    out.add(Table.of("destinations", "Where each origin's deliveries go (share of its deliveries)",
        DestinationShares.Row.class, DestinationShares.of(r)));
    out.add(Table.of("stranded", "Supply per origin: used and stranded", StrandedSupply.Row.class,
        StrandedSupply.of(r)));
    out.add(Table.of("welfare", "Welfare per country", Welfare.Row.class, Welfare.of(r)));
    out.add(Table.of("capacity-prices", "Binding capacities: value of one more unit of yearly capacity",
        FlowResult.CapacityPrice.class, r.capacityPrices()));
    if (full) {
      out.add(Table.of("node-prices", "Value of one more unit of each class at each node",
          FlowResult.NodePrice.class, r.nodePrices()));
    }
    return out.stream().map(t -> t.withRun(runId, r.snapshot().scenario())).toList();
  }

  /** Tables that split every delivery or flow by origin, which a program with merged origins cannot give. */
  private static final java.util.Set<String> EVERY_ORIGIN = java.util.Set.of("destinations", "welfare");

  /** The tables of a solve whose merged origins ({@code OriginTags}) leave no per-origin split to report. */
  public static List<Table> mergedTables(List<DataSet.Focus> focus, FlowResult r, boolean full, String runId) {
    return tables(focus, r, full, runId).stream().filter(t -> !EVERY_ORIGIN.contains(t.name())).toList();
  }
}
