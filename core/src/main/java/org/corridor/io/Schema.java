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

  /** One column of one table. */
  public record Attribute(String table, String name, String type, String unit, String defaultValue,
      boolean required, String description) {}

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
            r.get("description")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Schema(tables);
  }
}
