package org.corridor.model;

import java.util.Locale;

/**
 * One dated value of {@code series.csv}: the value of a base row's column during a period. Where no dated
 * value applies, the base row's own value does.
 *
 * @param key the base row: {@code NODE/commodity} for supply and demand, the id for links and nodes
 * @param validity the period as written, both days included; an open end runs until the day before the
 *     next row of the same (table, key, field), or for ever
 * @param value in the unit of the base column, per year for quantities and capacities
 * @param line the line of series.csv the row was read from
 */
public record SeriesValue(Table table, String key, Field field, Validity validity, double value, Status status,
    SourceRef sources, int line) {
  /** The base tables whose values can be dated. */
  public enum Table {
    SUPPLY, DEMAND, LINKS, NODES;

    /** The table's name, as series.csv and the schema write it. */
    public String schemaName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The columns that can be dated. */
  public enum Field {
    QUANTITY, CAPACITY, COST, TARIFF, PRICE;

    /** The column's name, as series.csv and the schema write it. */
    public String schemaName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** A reported figure, a reasoned estimate, or a plan. */
  public enum Status { ACTUAL, ESTIMATE, PLAN }
}
