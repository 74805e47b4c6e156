package org.corridor.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.corridor.model.SourceRef;
import org.corridor.model.Unit;

/**
 * Typed access to one raw CSV row, driven by the schema: defaults fill empty cells, and every bad value
 * becomes a {@link Problem} with file, line, field and value instead of an exception.
 */
final class RowReader {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]*");

  private final CsvTable.Row row;
  private final String table;
  private final Problems problems;

  RowReader(CsvTable.Row row, String table, Problems problems) {
    this.row = row;
    this.table = table;
    this.problems = problems;
  }

  int line() {
    return row.line();
  }

  String file() {
    return row.file();
  }

  /** The cell, or the schema default when empty; null (and an error if required) when both are empty. */
  String text(String field) {
    Schema.Attribute a = Schema.get().attribute(table, field);
    String v = row.cells().getOrDefault(field, "").strip();
    if (v.isEmpty()) {
      v = a.defaultValue();
    }
    if (v.isEmpty()) {
      if (a.required() && row.cells().containsKey(field)) {
        error(field, "", "required value is empty", null);
      }
      return null;
    }
    return v;
  }

  String id(String field) {
    String v = text(field);
    if (v != null && !ID.matcher(v).matches()) {
      error(field, v, "`" + v + "` is not a valid id", "use letters, digits, `_`, `-` or `.`, no spaces");
      return null;
    }
    return v;
  }

  /** A finite, non-negative number (latitude and longitude may be negative, within range). */
  Double number(String field) {
    String v = text(field);
    if (v == null) {
      return null;
    }
    double d;
    try {
      d = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      error(field, v, "`" + v + "` is not a number", "write plain decimals such as 12.5, with no units or commas");
      return null;
    }
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      error(field, v, "`" + v + "` is not a finite number", null);
      return null;
    }
    double limit = field.equals("lat") ? 90 : field.equals("lon") ? 180 : -1;
    if (limit > 0 && Math.abs(d) > limit) {
      error(field, v, field + " " + v + " is outside -" + (int) limit + " to " + (int) limit, null);
      return null;
    }
    if (limit < 0 && d < 0) {
      error(field, v, "`" + v + "` is negative", "quantities, capacities, costs and prices are ≥ 0");
      return null;
    }
    return d;
  }

  double number(String field, double fallback) {
    Double d = number(field);
    return d == null ? fallback : d;
  }

  LocalDate date(String field) {
    String v = text(field);
    if (v == null) {
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      error(field, v, "`" + v + "` is not a valid date", "write an existing day as YYYY-MM-DD");
      return null;
    }
  }

  <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    String v = text(field);
    if (v == null) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equalsIgnoreCase(v)) {
        return e;
      }
    }
    List<String> allowed = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
    error(field, v, "`" + v + "` is not one of " + String.join(", ", allowed), Problems.didYouMean(v, allowed));
    return null;
  }

  Unit unit(String field) {
    String v = text(field);
    if (v == null) {
      return null;
    }
    return Unit.bySymbol(v).orElseGet(() -> {
      List<String> symbols = Arrays.stream(Unit.values()).map(Unit::symbol).toList();
      error(field, v, "unknown unit `" + v + "`; known units: " + Unit.symbols(), Problems.didYouMean(v, symbols));
      return null;
    });
  }

  List<String> list(String field) {
    String v = text(field);
    if (v == null) {
      return List.of();
    }
    return Arrays.stream(v.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  SourceRef sources() {
    SourceRef ref = SourceRef.parse(row.cells().get("sources"));
    if (ref.isEmpty() && row.cells().containsKey("sources")) {
      error("sources", "", "row has no source",
          "name source ids from sources.csv, or write `estimate:` followed by the reasoning");
    }
    return ref;
  }

  void error(String field, String value, String message, String hint) {
    problems.error(row.file(), row.line(), field, value, message, hint);
  }

  void warning(String field, String value, String message, String hint) {
    problems.warning(row.file(), row.line(), field, value, message, hint);
  }
}
