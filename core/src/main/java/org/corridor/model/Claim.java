package org.corridor.model;

/**
 * A figure from a source that the model should reproduce, with a tolerance.
 *
 * @param metric one of {@link #METRICS}
 * @param scenario the scenario to evaluate it in, or null for the default
 * @param min lower bound, or null
 * @param max upper bound, or null
 */
public record Claim(String id, String text, String metric, String exporter, String transit, String corridor,
    String link, String market, String origin, String commodity, String scenario, Double min, Double max,
    String expectText, SourceRef sources, int line) {
  public static final java.util.List<String> METRICS = java.util.List.of("transit_share", "route_share", "link_flow",
      "corridor_flow", "exports", "delivered");

  public boolean accepts(double value) {
    return (min == null || value >= min - 1e-9) && (max == null || value <= max + 1e-9);
  }
}
