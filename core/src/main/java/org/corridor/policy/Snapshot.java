package org.corridor.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridor.model.Demand;
import org.corridor.model.Link;
import org.corridor.model.Mode;
import org.corridor.model.Network;
import org.corridor.model.Supply;

/**
 * The network as a scenario sees it on its date: the links that operate, with capacities and costs after
 * every change in force, and the bans in force with blocs expanded to countries. The LP is built from this.
 *
 * @param links operating links with effective capacity, cost and tariff
 * @param nodeCapacities effective throughput capacities of nodes that have one
 * @param policies the policies in force, for reports and diffs
 * @param quotas the capacity allocations in force on operating links
 */
public record Snapshot(Network network, String scenario, LocalDate asOf, List<Link> links,
    Map<String, Double> nodeCapacities, List<Supply> supply, List<Demand> demand, List<Policy> policies,
    List<TransitRule> transitRules, List<ImportRule> importRules, List<ExportRule> exportRules,
    List<Quota> quotas) {

  /** A snapshot without capacity allocations. */
  public Snapshot(Network network, String scenario, LocalDate asOf, List<Link> links,
      Map<String, Double> nodeCapacities, List<Supply> supply, List<Demand> demand, List<Policy> policies,
      List<TransitRule> transitRules, List<ImportRule> importRules, List<ExportRule> exportRules) {
    this(network, scenario, asOf, links, nodeCapacities, supply, demand, policies, transitRules, importRules,
        exportRules, List.of());
  }

  public Snapshot {
    quotas = List.copyOf(quotas);
    links = List.copyOf(links);
    nodeCapacities = Map.copyOf(nodeCapacities);
    supply = List.copyOf(supply);
    demand = List.copyOf(demand);
    policies = List.copyOf(policies);
    transitRules = List.copyOf(transitRules);
    importRules = List.copyOf(importRules);
    exportRules = List.copyOf(exportRules);
  }

  /**
   * A capacity allocation in force: the shipper's flows on the link use at most {@code share} of its
   * capacity in force (after dated values and policies).
   *
   * @param node whether the shipper is a supply node (its own flows) rather than a country (its origin's)
   */
  public record Quota(String link, String shipper, boolean node, double share) {}

  /** A transit ban with blocs expanded. An empty set means "all" (for origins: all but the actor). */
  public record TransitRule(String policy, Set<String> actor, Set<String> commodities, Set<String> origins,
      Set<Mode> modes, Set<String> exceptLinks) {
    public boolean covers(String commodity, String origin) {
      return (commodities.isEmpty() || commodities.contains(commodity))
          && !actor.contains(origin)
          && (origins.isEmpty() || origins.contains(origin));
    }
  }

  /** An import ban with blocs expanded. */
  public record ImportRule(String policy, Set<String> actor, Set<String> commodities, Set<String> origins) {
    public boolean covers(String commodity, String origin, String marketCountry) {
      return actor.contains(marketCountry) && !actor.contains(origin)
          && (commodities.isEmpty() || commodities.contains(commodity))
          && (origins.isEmpty() || origins.contains(origin));
    }
  }

  /** An export ban with blocs expanded; empty destinations mean every market outside the actor. */
  public record ExportRule(String policy, Set<String> actor, Set<String> commodities, Set<String> destinations) {
    public boolean covers(String commodity, String origin, String marketCountry) {
      return actor.contains(origin) && !actor.contains(marketCountry)
          && (commodities.isEmpty() || commodities.contains(commodity))
          && (destinations.isEmpty() || destinations.contains(marketCountry));
    }
  }
}
