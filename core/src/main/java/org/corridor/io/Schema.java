package org.corridor.io;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The data format, described once as data ({@code schema.csv}): each table's attributes with type,
 * unit, default, whether required, and a description. Loading, validation, defaults and the generated
 * {@code docs/data-format.md} all read it.
 */
public final class Schema {
  /** Table names in load order: a table only refers to tables before it. */
  public static final List<String> TABLES = List.of("sources", "countries", "blocs", "memberships",
      "commodities", "conversions", "passages", "nodes", "links", "supply", "demand", "series",
      "allocations", "totals");

  /** Tables a data set may leave out. */
  public static final List<String> OPTIONAL_TABLES = List.of("blocs", "memberships", "conversions", "passages",
      "series", "allocations", "totals");

  /**
   * One column of one table.
   *
   * @param type the type as written in schema.csv, e.g. {@code enum(state|region)}
   * @param valueType the same type, interpreted
   */
  public record Attribute(String table, String name, String type, String unit, String defaultValue,
      boolean required, String description, Type valueType) {
    /**
     * The range of a number column, from its unit ({@link Schema#range}); null for other types and for a
     * column in the {@link Schema#FIELD_UNIT} (its range is that of the column another cell names, see
     * {@link Schema#fieldRange}).
     */
    public Range range() {
      return valueType.kind() == Type.Kind.NUMBER && !unit.equals(FIELD_UNIT) ? Schema.range(unit) : null;
    }
  }

  /**
   * A column type of schema.csv, interpreted. This is the only place that reads the type notation:
   * {@code id}, {@code string}, {@code number}, {@code date}, {@code unit}, {@code sources}, {@code boolean},
   * {@code enum(a|b)}, {@code ref(table|table)} and {@code list(T)}.
   *
   * @param values the allowed values of an enum, or the tables a ref points into; else empty
   * @param element the type of a list's items, else {@code null}
   */
  public record Type(Kind kind, List<String> values, Type element) {
    public enum Kind { ID, STRING, NUMBER, DATE, UNIT, SOURCES, BOOLEAN, ENUM, REF, LIST }

    /** Spellings a boolean cell may take; the first of each pair is how the documentation writes it. */
    public static final List<String> TRUE = List.of("yes", "true");
    public static final List<String> FALSE = List.of("no", "false");

    public Type {
      values = List.copyOf(values);
    }

    public static Type parse(String text) {
      String t = text.strip();
      int open = t.indexOf('(');
      if (open < 0) {
        return switch (t) {
          case "id" -> new Type(Kind.ID, List.of(), null);
          case "string" -> new Type(Kind.STRING, List.of(), null);
          case "number" -> new Type(Kind.NUMBER, List.of(), null);
          case "date" -> new Type(Kind.DATE, List.of(), null);
          case "unit" -> new Type(Kind.UNIT, List.of(), null);
          case "sources" -> new Type(Kind.SOURCES, List.of(), null);
          case "boolean" -> new Type(Kind.BOOLEAN, List.of(), null);
          default -> throw new IllegalArgumentException("unknown schema type `" + text + "`");
        };
      }
      if (!t.endsWith(")")) {
        throw new IllegalArgumentException("unclosed schema type `" + text + "`");
      }
      String inner = t.substring(open + 1, t.length() - 1);
      return switch (t.substring(0, open)) {
        case "enum" -> new Type(Kind.ENUM, List.of(inner.split("\\|")), null);
        case "ref" -> new Type(Kind.REF, List.of(inner.split("\\|")), null);
        case "list" -> new Type(Kind.LIST, List.of(), parse(inner));
        default -> throw new IllegalArgumentException("unknown schema type `" + text + "`");
      };
    }
  }

  /**
   * The values a number may take, by its unit: the one place that bounds numbers, for CSV cells and YAML
   * values alike. Bounds keep every figure within what a double-precision LP solver handles (coefficients
   * and bounds far beyond 1e9 make GLOP fail, CLP report infeasible and HiGHS return unknown statuses).
   *
   * @param minOpen whether {@code min} itself is excluded (a conversion factor must be &gt; 0)
   * @param text the range as messages and the documentation write it
   * @param what the values it bounds, in words
   */
  public record Range(double min, boolean minOpen, double max, String text, String what) {
    public boolean contains(double d) {
      return (minOpen ? d > min : d >= min) && d <= max;
    }
  }

  /** Yearly quantities and capacities, in the commodity's or the capacity's unit. */
  public static final Range QUANTITY = new Range(0, false, 1e9, "0 to 1e9",
      "quantities and capacities per year");
  /** Money per unit of a commodity (MUSD/unit): costs, tariffs, prices, values. */
  public static final Range MONEY = new Range(0, false, 1e6, "0 to 1e6",
      "money per unit (MUSD/unit)");
  /** A change of money per unit (a policy's {@code cost_delta}); the result is checked to stay ≥ 0. */
  public static final Range MONEY_CHANGE = new Range(-1e6, false, 1e6, "-1e6 to 1e6",
      "changes of money per unit (MUSD/unit, a policy's cost_delta)");
  /** Conversion factors: units of capacity one unit of a commodity takes up. */
  public static final Range CONVERSION = new Range(0, true, 1e6, "0 (excluded) to 1e6",
      "conversion factors");
  /** Factors a policy multiplies a capacity or a tariff by (0 closes). */
  public static final Range POLICY_FACTOR = new Range(0, false, 1000, "0 to 1000",
      "capacity and tariff factors of policies");
  /** A share of a capacity ({@code allocations.csv}): above 0 (a zero share is no allocation) and at most 1. */
  public static final Range SHARE = new Range(0, true, 1, "0 (excluded) to 1", "shares of a capacity");
  /** A calendar year, within the window of dates a data set may name. */
  public static final Range YEAR = new Range(1900, false, 2200, "1900 to 2200", "calendar years");
  public static final Range LATITUDE = new Range(-90, false, 90, "-90 to 90", "latitudes");
  public static final Range LONGITUDE = new Range(-180, false, 180, "-180 to 180", "longitudes");

  /** The range of each unit a number of schema.csv, policies or scenarios is given in. */
  public static final Map<String, Range> RANGES = rangesByUnit();

  private static Map<String, Range> rangesByUnit() {
    Map<String, Range> m = new LinkedHashMap<>();
    m.put("unit/year", QUANTITY);
    m.put("capacity_unit/year", QUANTITY);
    m.put("MUSD/unit", MONEY);
    m.put("MUSD/unit change", MONEY_CHANGE);
    m.put("unit per commodity unit", CONVERSION);
    m.put("factor", POLICY_FACTOR);
    m.put("share", SHARE);
    m.put("year", YEAR);
    m.put("degrees north", LATITUDE);
    m.put("degrees east", LONGITUDE);
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * The unit of a number whose unit and range are those of the column its row's {@code field} cell names
   * (a dated value of {@code series.csv}).
   */
  public static final String FIELD_UNIT = "unit of field";

  /**
   * The range of a value of {@code table}'s column {@code field}: that column's own range when the table
   * has it, else the range of the first table's number column of that name (so a value of a field that does
   * not belong to its table is still range-checked); null when no table has such a number column.
   */
  public static Range fieldRange(String table, String field) {
    if (table != null && INSTANCE.tables.containsKey(table)) {
      for (Attribute a : INSTANCE.tables.get(table)) {
        if (a.name().equals(field) && a.range() != null) {
          return a.range();
        }
      }
    }
    for (String t : TABLES) {
      for (Attribute a : INSTANCE.table(t)) {
        if (a.name().equals(field) && a.range() != null) {
          return a.range();
        }
      }
    }
    return null;
  }

  /** The range of numbers in {@code unit}; a number column without one is a schema error. */
  public static Range range(String unit) {
    Range r = RANGES.get(unit);
    if (r == null) {
      throw new IllegalArgumentException("no range for numbers in unit `" + unit + "`");
    }
    return r;
  }

  /** Dates a data set may name: a policy or link dated outside this window is a typo, never a plan. */
  public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
  public static final LocalDate LAST_DATE = LocalDate.of(2200, 12, 31);

  /** Plain decimal notation: optional sign, digits, optional fraction, optional exponent. */
  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  /** The hint of a value that is not a plain decimal number. */
  public static final String NUMBER_HINT = "write a plain decimal number such as 12.5, -3 or 1.2e6 (optional sign, "
      + "digits, optional fraction and exponent; no units, commas, hex or type suffixes)";

  /**
   * A value read from a cell or a YAML key: the interpreted value, or the message and hint of the problem
   * with it ({@code value} null).
   */
  public record Parsed<T>(T value, String message, String hint) {
    static <T> Parsed<T> ok(T value) {
      return new Parsed<>(value, null, null);
    }

    static <T> Parsed<T> bad(String message, String hint) {
      return new Parsed<>(null, message, hint);
    }
  }

  /** The one reading of a number: plain decimal notation, finite, within {@code range}. */
  public static Parsed<Double> number(String text, Range range) {
    String v = text.strip();
    if (!DECIMAL.matcher(v).matches()) {
      return Parsed.bad("`" + v + "` is not a number", NUMBER_HINT);
    }
    double d = Double.parseDouble(v);
    if (Double.isInfinite(d) || Double.isNaN(d)) {
      return Parsed.bad("`" + v + "` is not a finite number", range == null ? NUMBER_HINT
          : "use a value from " + range.text());
    }
    if (range != null && !range.contains(d) && d < 0 && range.min() == 0) {
      return Parsed.bad("`" + v + "` is negative: " + range.what() + " run from " + range.text(),
          "use a value from " + range.text());
    }
    if (range != null && !range.contains(d)) {
      return Parsed.bad("`" + v + "` is outside " + range.text() + ", the range of " + range.what(),
          "use a value from " + range.text());
    }
    return Parsed.ok(d == 0 ? 0.0 : d);
  }

  /** The one reading of a date: an existing day as {@code YYYY-MM-DD}, from 1900-01-01 to 2200-12-31. */
  public static Parsed<LocalDate> date(String text) {
    String v = text.strip();
    LocalDate d;
    try {
      d = v.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(v) : null;
    } catch (DateTimeParseException e) {
      d = null;
    }
    if (d == null) {
      return Parsed.bad("`" + v + "` is not a valid date", "write an existing day as YYYY-MM-DD");
    }
    if (d.isBefore(FIRST_DATE) || d.isAfter(LAST_DATE)) {
      return Parsed.bad("`" + v + "` is outside " + FIRST_DATE + " to " + LAST_DATE,
          "write a date from " + FIRST_DATE + " to " + LAST_DATE);
    }
    return Parsed.ok(d);
  }

  private static final Schema INSTANCE = load();

  private final Map<String, List<Attribute>> tables;
  /** table → name → attribute: the loader looks one up for every cell it reads. */
  private final Map<String, Map<String, Attribute>> byName = new java.util.HashMap<>();

  private Schema(Map<String, List<Attribute>> tables) {
    this.tables = tables;
    tables.forEach((t, as) -> as.forEach(a -> byName.computeIfAbsent(t, x -> new java.util.HashMap<>()).put(a.name(), a)));
    byName.replaceAll((t, as) -> Map.copyOf(as));
  }

  public static Schema get() {
    return INSTANCE;
  }

  public List<Attribute> table(String name) {
    return tables.get(name);
  }

  /** The attributes of {@code table} by name; empty for an unknown table. */
  public Map<String, Attribute> attributes(String table) {
    return byName.getOrDefault(table, Map.of());
  }

  public Attribute attribute(String table, String name) {
    Attribute a = byName.getOrDefault(table, Map.of()).get(name);
    if (a == null) {
      throw new IllegalArgumentException("no attribute " + table + "." + name);
    }
    return a;
  }

  private static Schema load() {
    Map<String, List<Attribute>> tables = new LinkedHashMap<>();
    try (Reader in = new InputStreamReader(Schema.class.getResourceAsStream("schema.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        // Names interned, as field names in code and headers of data files are, so look-ups compare identities.
        tables.computeIfAbsent(r.get("table"), t -> new ArrayList<>()).add(new Attribute(r.get("table"),
            r.get("attribute").intern(), r.get("type"), r.get("unit"), r.get("default"), r.get("required").equals("yes"),
            r.get("description"), Type.parse(r.get("type"))));
        tables.get(r.get("table")).get(tables.get(r.get("table")).size() - 1).range();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Schema(tables);
  }
}
