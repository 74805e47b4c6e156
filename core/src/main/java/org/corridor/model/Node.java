package org.corridor.model;

/**
 * A place where flows meet: a field, port, hub, border crossing or market.
 *
 * @param capacity throughput per year in {@code capacityUnit}, or {@code null} when unlimited
 */
public record Node(String id, String name, String country, Kind kind, double lat, double lon,
    Double capacity, Unit capacityUnit, SourceRef sources) {
  public enum Kind { FIELD, PORT, TERMINAL, HUB, BORDER, MARKET, PUMPING, PLANT, REFINERY, STORAGE, JUNCTION }
}
