package org.corridor.report;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One column of an output table, as the output schema ({@code outputs.csv}) describes it.
 *
 * @param unit a fixed unit in words ({@code USD m/yr}, {@code share}), {@code -} for none, or
 *     {@code {col}}: the unit is in the row's column {@code col}, because it differs from row to row
 */
public record Column(String name, Type type, String unit, String description) {
  /** The unit of a column that has none: ids, names, text, dates, flags. */
  public static final String NO_UNIT = "-";

  private static final Pattern REFERENCE = Pattern.compile("\\{([a-z_]+)}");

  /**
   * Value types, named as the schema writes them. {@code LIST} is ids separated by {@code "; "}: text tables
   * show how many, CSV and JSON the ids.
   */
  public enum Type {
    STRING, ID, NUMBER, INTEGER, DATE, BOOLEAN, SHARE, LIST;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    static Type parse(String s) {
      return valueOf(s.toUpperCase(Locale.ROOT));
    }

    /** Whether a record component of this Java type may hold values of this column type. */
    boolean accepts(Class<?> java) {
      return switch (this) {
        case STRING, ID, LIST -> java == String.class;
        case NUMBER, SHARE -> java == double.class || java == Double.class;
        case INTEGER -> java == int.class || java == long.class || java == Integer.class || java == Long.class;
        case DATE -> java == java.time.LocalDate.class || java == String.class;
        case BOOLEAN -> java == boolean.class || java == Boolean.class;
      };
    }
  }

  public Column {
    if (name.isBlank() || unit.isBlank()) {
      throw new IllegalArgumentException("column needs a name and a unit (`-` for none): " + name);
    }
  }

  public boolean hasUnit() {
    return !unit.equals(NO_UNIT);
  }

  /** Items of a {@link Type#LIST} cell. */
  public static List<String> items(String cell) {
    return cell == null || cell.isBlank() ? List.of() : List.of(cell.split("; "));
  }

  /** The column whose cell holds this column's unit, or null when the unit is fixed. */
  public String unitColumn() {
    Matcher m = REFERENCE.matcher(unit);
    return m.matches() ? m.group(1) : null;
  }

  /** The unit as a header shows it: the fixed unit, {@code see unit} for a row-level one, empty for none. */
  public String unitLabel() {
    if (!hasUnit()) {
      return "";
    }
    String ref = unitColumn();
    return ref != null ? "see " + ref : unit;
  }
}
