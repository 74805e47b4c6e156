package org.corridor.model;

/**
 * A place where flows meet: a field, port, hub, border crossing or market.
 *
 * @param capacity throughput per year in {@code capacityUnit}, or {@code null} when unlimited
 * @param aggregate true when the node stands for a whole market region (the world seaborne market)
 *     rather than a real place; analyses never close it or rank it as a chokepoint
 */
public record Node(String id, String name, String country, Kind kind, double lat, double lon,
    Double capacity, Unit capacityUnit, SourceRef sources, boolean aggregate) {
  public enum Kind { FIELD, PORT, TERMINAL, HUB, BORDER, MARKET, PUMPING, PLANT, REFINERY, STORAGE, JUNCTION }

  /** A node that is a real place ({@code aggregate} false). */
  public Node(String id, String name, String country, Kind kind, double lat, double lon, Double capacity,
      Unit capacityUnit, SourceRef sources) {
    this(id, name, country, kind, lat, lon, capacity, capacityUnit, sources, false);
  }
}
