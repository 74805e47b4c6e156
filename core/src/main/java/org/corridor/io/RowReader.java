package org.corridor.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.corridor.model.SourceRef;
import org.corridor.model.Unit;

/**
 * Typed access to one raw CSV row, driven by the schema: defaults fill empty cells, every cell is
 * interpreted by its schema type in {@link #interpret} (the one place that knows what an id, a number,
 * a date, a unit, a boolean or an {@code enum(...)} value looks like), and every bad value becomes a
 * {@link Problem} with file, line, field and value instead of an exception. Each cell is interpreted
 * once, so a bad value is reported once however often it is read.
 */
final class RowReader {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]*");

  private final CsvTable.Row row;
  private final String table;
  private final Problems problems;
  /** The table's attributes by name, looked up once per row rather than once per cell. */
  private final Map<String, Schema.Attribute> attributes;
  private final Map<String, Object> values;

  RowReader(CsvTable.Row row, String table, Problems problems) {
    this.row = row;
    this.table = table;
    this.problems = problems;
    this.attributes = Schema.get().attributes(table);
    // Sized for every column, so that reading a wide row never rehashes.
    this.values = new HashMap<>(2 * attributes.size());
  }

  int line() {
    return row.line();
  }

  String file() {
    return row.file();
  }

  /** Interprets every schema column of the row that was not read yet, so no bad cell goes unreported. */
  void finish() {
    for (String field : row.cells().keySet()) {
      if (!field.equals("sources") && attributes.containsKey(field)) {
        value(field);
      }
    }
  }

  /** The cell as text (a string, id, reference or enum value as the schema spells it); null when empty or bad. */
  String text(String field) {
    return (String) value(field, Schema.Type.Kind.STRING, Schema.Type.Kind.ID, Schema.Type.Kind.REF,
        Schema.Type.Kind.ENUM);
  }

  String id(String field) {
    return (String) value(field, Schema.Type.Kind.ID, Schema.Type.Kind.REF);
  }

  /** A number in plain decimal notation, within the range of its unit ({@link Schema#range}). */
  Double number(String field) {
    return (Double) value(field, Schema.Type.Kind.NUMBER);
  }

  /**
   * A number of a column in {@link Schema#FIELD_UNIT}, within {@code range} (the range of the column the row
   * names; null: only the notation is checked). Read before {@link #finish}, so the cell is checked once.
   */
  Double number(String field, Schema.Range range) {
    if (values.containsKey(field)) {
      return (Double) values.get(field);
    }
    Schema.Attribute a = attribute(field);
    if (a.valueType().kind() != Schema.Type.Kind.NUMBER) {
      throw new IllegalStateException(table + "." + field + " is of type " + a.type() + ", not a number");
    }
    String v = row.cells().getOrDefault(field, "").strip();
    Double out = null;
    if (v.isEmpty()) {
      if (a.required() && row.cells().containsKey(field)) {
        error(field, "", "required value is empty", null);
      }
    } else {
      out = reported(field, v, Schema.number(v, range));
    }
    values.put(field, out);
    return out;
  }

  double number(String field, double fallback) {
    Double d = number(field);
    return d == null ? fallback : d;
  }

  LocalDate date(String field) {
    return (LocalDate) value(field, Schema.Type.Kind.DATE);
  }

  /** A {@code boolean} column; an empty cell takes the schema default, a bad one reads as false. */
  boolean bool(String field) {
    return Boolean.TRUE.equals(value(field, Schema.Type.Kind.BOOLEAN));
  }

  /** An {@code enum(...)} column as the Java enum whose constants are the schema's values in upper case. */
  <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    String v = (String) value(field, Schema.Type.Kind.ENUM);
    if (v == null) {
      return null;
    }
    try {
      return Enum.valueOf(type, v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("schema value " + table + "." + field + "=" + v + " has no constant in "
          + type.getSimpleName(), e);
    }
  }

  Unit unit(String field) {
    return (Unit) value(field, Schema.Type.Kind.UNIT);
  }

  @SuppressWarnings("unchecked")
  List<String> list(String field) {
    Object v = value(field, Schema.Type.Kind.LIST);
    return v == null ? List.of() : (List<String>) v;
  }

  SourceRef sources() {
    SourceRef ref = SourceRef.parse(row.cells().get("sources"));
    if (ref.isEmpty() && row.cells().containsKey("sources")) {
      error("sources", "", "row has no source",
          "name source ids from sources.csv, or write `estimate:` followed by the reasoning");
    }
    return ref;
  }

  private Object value(String field, Schema.Type.Kind... expected) {
    Schema.Attribute a = attribute(field);
    if (!Arrays.asList(expected).contains(a.valueType().kind())) {
      throw new IllegalStateException(table + "." + field + " is of type " + a.type() + ", not "
          + Arrays.toString(expected));
    }
    return value(field);
  }

  /** The cell, or the schema default when empty, interpreted by its type; null when empty or bad. */
  private Object value(String field) {
    if (values.containsKey(field)) {
      return values.get(field);
    }
    Schema.Attribute a = attribute(field);
    String v = row.cells().getOrDefault(field, "").strip();
    if (v.isEmpty()) {
      v = a.defaultValue();
    }
    Object out = null;
    if (v.isEmpty()) {
      if (a.required() && row.cells().containsKey(field)) {
        error(field, "", "required value is empty", null);
      }
    } else {
      out = interpret(a, a.valueType(), field, v);
    }
    values.put(field, out);
    return out;
  }

  private Schema.Attribute attribute(String field) {
    Schema.Attribute a = attributes.get(field);
    if (a == null) {
      throw new IllegalArgumentException("no attribute " + table + "." + field);
    }
    return a;
  }

  /** The one interpretation of schema types; reports a bad value and returns null. */
  private Object interpret(Schema.Attribute a, Schema.Type type, String field, String v) {
    return switch (type.kind()) {
      case STRING, SOURCES -> v;
      case ID, REF -> {
        if (!ID.matcher(v).matches()) {
          error(field, v, "`" + v + "` is not a valid id", "an id starts with an ASCII letter or digit and holds only "
              + "ASCII letters, digits, `_`, `-` and `.` (no spaces, no `;`, no accents)");
          yield null;
        }
        yield v;
      }
      case NUMBER -> number(a, field, v);
      case DATE -> reported(field, v, Schema.date(v));
      case UNIT -> Unit.bySymbol(v).orElseGet(() -> {
        List<String> symbols = Arrays.stream(Unit.values()).map(Unit::symbol).toList();
        error(field, v, "unknown unit `" + v + "`; known units: " + Unit.symbols(), Problems.didYouMean(v, symbols));
        return null;
      });
      case BOOLEAN -> {
        String lower = v.toLowerCase(Locale.ROOT);
        if (Schema.Type.TRUE.contains(lower) || Schema.Type.FALSE.contains(lower)) {
          yield Schema.Type.TRUE.contains(lower);
        }
        error(field, v, "`" + v + "` is not yes or no", "write `yes` or `no` (`true` and `false` are accepted too)");
        yield null;
      }
      case ENUM -> {
        for (String allowed : type.values()) {
          if (allowed.equalsIgnoreCase(v)) {
            yield allowed;
          }
        }
        String guess = Problems.didYouMean(v, type.values());
        error(field, v, "`" + v + "` is not one of " + String.join(", ", type.values()),
            "allowed values: " + String.join(", ", type.values()) + (guess == null ? "" : "; " + guess));
        yield null;
      }
      case LIST -> {
        List<String> items = new ArrayList<>();
        for (String item : v.split(";")) {
          String s = item.strip();
          if (!s.isEmpty()) {
            Object o = interpret(a, type.element(), field, s);
            if (o != null) {
              items.add(o.toString());
            }
          }
        }
        yield List.copyOf(items);
      }
    };
  }

  private Double number(Schema.Attribute a, String field, String v) {
    return reported(field, v, Schema.number(v, a.range()));
  }

  /** The parsed value, or null with its problem reported at this row and field. */
  private <T> T reported(String field, String v, Schema.Parsed<T> parsed) {
    if (parsed.value() == null) {
      error(field, v, parsed.message(), parsed.hint());
    }
    return parsed.value();
  }

  void error(String field, String value, String message, String hint) {
    problems.error(row.file(), row.line(), field, value, message, hint);
  }

  void warning(String field, String value, String message, String hint) {
    problems.warning(row.file(), row.line(), field, value, message, hint);
  }
}
