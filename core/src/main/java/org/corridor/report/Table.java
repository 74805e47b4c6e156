package org.corridor.report;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A titled table made from a list of records: the record's components are the columns, in order. This is
 * the one table type every front end renders (text, CSV, JSON, HTML), so analyses only return records.
 */
public record Table(String name, String title, List<String> columns, List<List<Object>> rows) {
  public Table {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  public static <R extends Record> Table of(String name, String title, Class<R> type, List<R> records) {
    RecordComponent[] comps = type.getRecordComponents();
    List<String> columns = new ArrayList<>();
    for (RecordComponent c : comps) {
      columns.add(snake(c.getName()));
    }
    List<List<Object>> rows = new ArrayList<>();
    for (R r : records) {
      List<Object> row = new ArrayList<>();
      for (RecordComponent c : comps) {
        try {
          row.add(c.getAccessor().invoke(r));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      rows.add(row);
    }
    return new Table(name, title, columns, rows);
  }

  /** The first {@code n} rows, the title saying how many there are in all when some are left out. */
  public Table head(int n) {
    if (rows.size() <= n) {
      return this;
    }
    return new Table(name, title + " (first " + n + " of " + rows.size() + ")", columns, rows.subList(0, n));
  }

  /** {@code transitShare} → {@code transit_share}. */
  static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }

  /** Stable text for a cell: doubles rounded to 9 significant digits, so outputs diff cleanly. */
  public static String cell(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        return d.toString();
      }
      if (Math.abs(d) < 1e-9) {
        return "0";
      }
      return new BigDecimal(d).round(new MathContext(9)).stripTrailingZeros().toPlainString();
    }
    return v.toString();
  }
}
