package org.corridor.io;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
      "commodities", "conversions", "passages", "nodes", "links", "supply", "demand");

  /** Tables a data set may leave out. */
  public static final List<String> OPTIONAL_TABLES = List.of("blocs", "memberships", "conversions", "passages");

  /**
   * One column of one table.
   *
   * @param type the type as written in schema.csv, e.g. {@code enum(state|region)}
   * @param valueType the same type, interpreted
   */
  public record Attribute(String table, String name, String type, String unit, String defaultValue,
      boolean required, String description, Type valueType) {}

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

  private static final Schema INSTANCE = load();

  private final Map<String, List<Attribute>> tables;

  private Schema(Map<String, List<Attribute>> tables) {
    this.tables = tables;
  }

  public static Schema get() {
    return INSTANCE;
  }

  public List<Attribute> table(String name) {
    return tables.get(name);
  }

  public Attribute attribute(String table, String name) {
    return tables.get(table).stream().filter(a -> a.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no attribute " + table + "." + name));
  }

  private static Schema load() {
    Map<String, List<Attribute>> tables = new LinkedHashMap<>();
    try (Reader in = new InputStreamReader(Schema.class.getResourceAsStream("schema.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        tables.computeIfAbsent(r.get("table"), t -> new ArrayList<>()).add(new Attribute(r.get("table"),
            r.get("attribute"), r.get("type"), r.get("unit"), r.get("default"), r.get("required").equals("yes"),
            r.get("description"), Type.parse(r.get("type"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Schema(tables);
  }
}
