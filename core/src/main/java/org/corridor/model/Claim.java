package org.corridor.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A figure from a source that the model should reproduce, with a tolerance.
 *
 * @param metric one of {@link #METRICS}
 * @param kind whether the figure was used to set an input ({@link Kind#CALIBRATION}) or not ({@link Kind#TEST})
 * @param scenario the scenario to evaluate it in, or null for the default
 * @param date the day to evaluate it on (the scenario re-dated), or null for the scenario's own date
 * @param period the days whose volumes it sums (rates integrated between changes), or null: never with a date
 * @param min lower bound, or null
 * @param max upper bound, or null
 */
public record Claim(String id, String text, String metric, Kind kind, String exporter, String transit, String corridor,
    String link, String market, String origin, String commodity, String scenario, LocalDate date, DaySpan period, Double min, Double max,
    String expectText, SourceRef sources, int line) {
  public static final List<String> METRICS = List.of("transit_share", "route_share", "link_flow",
      "corridor_flow", "exports", "delivered");

  /**
   * A calibration claim's figure was typed into an input (a capacity, supply, demand or dated value), so
   * it can only show that the input was read; a test claim's figure was not, so the routing must produce it.
   */
  public enum Kind {
    CALIBRATION, TEST;

    /** The word used in {@code claims.yaml} and in outputs. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public boolean accepts(double value) {
    return (min == null || value >= min - 1e-9) && (max == null || value <= max + 1e-9);
  }
}
