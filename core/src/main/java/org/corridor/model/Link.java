package org.corridor.model;

import java.util.List;

/**
 * A pipeline, rail line, road or sea route between two nodes.
 *
 * @param commodities what the link may carry
 * @param capacity per year, in {@code capacityUnit}
 * @param sharing whether commodities share one capacity or each may use all of it
 * @param bothWays true when flow may run either way on one shared capacity (rail, sea)
 * @param cost operating cost, MUSD per unit carried
 * @param tariff transit tariff, MUSD per unit carried, earned by {@code tariffCountry}
 * @param via countries or passages crossed between the endpoints
 * @param corridor the export route the link belongs to, or {@code null}
 */
public record Link(String id, String name, String from, String to, Mode mode, List<String> commodities,
    double capacity, Unit capacityUnit, Sharing sharing, boolean bothWays, double cost, double tariff,
    String tariffCountry, Status status, String operator, Validity validity, List<String> via,
    String corridor, SourceRef sources) {
  public enum Sharing { SHARED, PER_COMMODITY }

  public enum Status { OPERATING, CONSTRUCTION, PROPOSED, IDLE, RETIRED }

  public Link {
    commodities = List.copyOf(commodities);
    via = List.copyOf(via);
  }

  public boolean carries(String commodity) {
    return commodities.contains(commodity);
  }

  public Link withCapacity(double newCapacity) {
    return new Link(id, name, from, to, mode, commodities, newCapacity, capacityUnit, sharing, bothWays, cost,
        tariff, tariffCountry, status, operator, validity, via, corridor, sources);
  }

  public Link withCosts(double newCost, double newTariff) {
    return new Link(id, name, from, to, mode, commodities, capacity, capacityUnit, sharing, bothWays, newCost,
        newTariff, tariffCountry, status, operator, validity, via, corridor, sources);
  }

  public Link withValidity(Validity newValidity) {
    return new Link(id, name, from, to, mode, commodities, capacity, capacityUnit, sharing, bothWays, cost,
        tariff, tariffCountry, status, operator, newValidity, via, corridor, sources);
  }

  public Link withStatus(Status newStatus) {
    return new Link(id, name, from, to, mode, commodities, capacity, capacityUnit, sharing, bothWays, cost,
        tariff, tariffCountry, newStatus, operator, validity, via, corridor, sources);
  }
}
