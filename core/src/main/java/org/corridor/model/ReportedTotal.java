package org.corridor.model;

import java.util.Locale;

/**
 * A row of {@code totals.csv}: a country's reported national total of a commodity in a calendar year, the
 * figure that modelled flows are set against (a network that models 10 of 240 Mt covers 4% of it).
 *
 * @param quantity in the commodity's unit per year
 */
public record ReportedTotal(String country, String commodity, int year, Flow flow, double quantity, Status status,
    SourceRef sources) {
  /** What the total counts. */
  public enum Flow {
    EXPORTS, IMPORTS, PRODUCTION;

    /** The flow as totals.csv writes it, and as text names it. */
    public String schemaName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A reported figure, or a reasoned estimate. */
  public enum Status { ACTUAL, ESTIMATE }
}
