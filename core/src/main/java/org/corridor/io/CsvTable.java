package org.corridor.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Collections;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads one CSV table of the data format into raw rows, checking the file and header against the schema. */
final class CsvTable {
  /** Largest table file accepted, to keep a bad file from exhausting memory; counted on the bytes read. */
  static final long MAX_BYTES = 64L << 20;

  /** A data row as text, with the line it starts on. */
  record Row(String file, int line, Map<String, String> cells) {}

  private CsvTable() {}

  /**
   * A row's cells by column name, in header order: one index of the header shared by every row of a file,
   * and the row's values. A map per row would cost more than parsing the row on large tables. Column names
   * are interned, as the schema's names and the field names in code are, so looking a cell up mostly
   * compares strings by identity.
   */
  static final class Cells extends AbstractMap<String, String> {
    private final Map<String, Integer> index;
    private final String[] values;

    Cells(Map<String, Integer> index, String[] values) {
      this.index = index;
      this.values = values;
    }

    /** The index of a header whose names are unique (checked before any row is read). */
    static Map<String, Integer> index(List<String> header) {
      Map<String, Integer> index = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        index.put(header.get(i).intern(), i);
      }
      return Collections.unmodifiableMap(index);
    }

    @Override
    public String get(Object column) {
      Integer i = index.get(column);
      return i == null ? null : values[i];
    }

    @Override
    public boolean containsKey(Object column) {
      return index.containsKey(column);
    }

    @Override
    public int size() {
      return values.length;
    }

    @Override
    public Set<String> keySet() {
      return index.keySet();
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Map.Entry<String, String>> iterator() {
          Iterator<Map.Entry<String, Integer>> columns = index.entrySet().iterator();
          return new Iterator<>() {
            @Override
            public boolean hasNext() {
              return columns.hasNext();
            }

            @Override
            public Map.Entry<String, String> next() {
              Map.Entry<String, Integer> c = columns.next();
              return new SimpleImmutableEntry<>(c.getKey(), values[c.getValue()]);
            }
          };
        }

        @Override
        public int size() {
          return values.length;
        }
      };
    }
  }

  /**
   * The rows of {@code table}. When the file is missing (and required), unreadable, empty or its header is
   * unusable, the table is marked unavailable in {@code problems}: its problem is listed first and the
   * problems that only follow from it (every reference into the table) are not listed one by one.
   */
  static List<Row> read(Path folder, String table, boolean optional, Problems problems) {
    String file = table + ".csv";
    Path path = folder.resolve(file);
    if (!DataFiles.present(path)) {
      if (!optional) {
        problems.unavailable(table, Problem.error(file, 0, null, null, "file is missing", "every data set needs "
            + file + " (see docs/data-format.md)"));
      }
      return List.of();
    }
    Problems own = new Problems();
    Optional<String> text = DataFiles.readText(folder, path, file, MAX_BYTES, own);
    if (text.isEmpty()) {
      problems.unavailable(table, own.list());
      return List.of();
    }
    if (text.get().isBlank()) {
      problems.unavailable(table, Problem.error(file, 0, null, null, "file is empty", "it needs at least a header line"));
      return List.of();
    }
    return parse(text.get(), file, table, problems);
  }

  private static List<Row> parse(String text, String file, String table, Problems problems) {
    List<Row> rows = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).setCommentMarker('#').get();
    try (CSVParser parser = format.parse(new StringReader(text))) {
      List<String> header = null;
      Map<String, Integer> index = null;
      long lineBefore = parser.getCurrentLineNumber();
      for (CSVRecord r : parser) {
        int line = (int) lineBefore + 1;
        lineBefore = parser.getCurrentLineNumber();
        if (header == null) {
          header = r.toList();
          Problems own = new Problems();
          if (!checkHeader(header, file, line, table, own)) {
            Iterator<CSVRecord> next = parser.iterator();
            int cells = next.hasNext() ? next.next().size() : header.size();
            if (cells > header.size() && header.size() > 1) {
              own.error(file, line, null, null, "the header names " + header.size() + " columns but the rows have "
                  + cells, "a column name is missing or the names are shifted; the rows of the file were not read");
            }
            problems.unavailable(table, own.list());
            return List.of();
          }
          own.list().forEach(problems::add);
          index = Cells.index(header);
          continue;
        }
        if (r.size() != header.size()) {
          problems.error(file, line, null, null, "row has " + r.size() + " columns, the header has "
              + header.size(), "quote cells that contain commas");
          continue;
        }
        rows.add(new Row(file, line, new Cells(index, r.values())));
      }
      if (header == null) {
        problems.unavailable(table, Problem.error(file, 0, null, null, "file has no header line",
            "start it with the column names of docs/data-format.md"));
      }
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      problems.error(file, 0, null, null, "malformed CSV: " + rootMessage(e), "check quotes and separators");
    }
    return rows;
  }

  /**
   * Checks the header line against the schema; false when it is unusable (semicolons, a column without a
   * name or twice, a required column missing), so that no row of the file is read.
   */
  static boolean checkHeader(List<String> header, String file, int line, String table, Problems problems) {
    List<Schema.Attribute> attrs = Schema.get().table(table);
    Set<String> known = attrs.stream().map(Schema.Attribute::name).collect(Collectors.toSet());
    if (header.size() == 1 && header.get(0).contains(";")) {
      problems.error(file, line, null, null, "the columns are separated by `;`, but a data set's CSV files are "
          + "separated by commas", "save the file as comma-separated CSV (in Excel: \"CSV UTF-8 (Comma delimited)\")");
      return false;
    }
    boolean usable = true;
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < header.size(); i++) {
      String h = header.get(i);
      if (h.isEmpty()) {
        problems.error(file, line, null, null, "column " + (i + 1) + " of the header has no name",
            i == header.size() - 1 ? "remove the comma at the end of the header line" : "name the column or remove it");
        usable = false;
      } else if (!seen.add(h)) {
        problems.error(file, line, h, null, "column `" + h + "` appears twice in the header", "remove one of them");
        usable = false;
      }
    }
    List<String> unknown = header.stream().filter(h -> !h.isEmpty() && !known.contains(h)).distinct().toList();
    Set<String> explained = new HashSet<>();
    for (Schema.Attribute a : attrs) {
      if (a.required() && !header.contains(a.name())) {
        String near = Problems.closest(a.name(), unknown);
        problems.error(file, line, a.name(), null, "required column `" + a.name() + "` is missing from the header",
            near == null ? "the header needs the columns of docs/data-format.md, in any order"
                : "the header has `" + near + "`; rename it to `" + a.name() + "`");
        if (near != null) {
          explained.add(near);
        }
        usable = false;
      }
    }
    Set<String> absent = new HashSet<>(known);
    absent.removeAll(header);
    for (String h : unknown) {
      if (explained.contains(h)) {
        continue;
      }
      String near = Problems.closest(h, absent);
      if (near != null && misspelt(h, near)) {
        problems.error(file, line, h, null, "unknown column `" + h + "`: its values would be ignored",
            "did you mean `" + near + "`?");
      } else {
        problems.warning(file, line, h, null, "unknown column is ignored", Problems.didYouMean(h, known));
      }
    }
    return usable;
  }

  /**
   * Whether an unknown column name is so close to a schema column (same letters in another case, or one
   * edit away; two for long names) that it must be a misspelling of it rather than an extra column.
   */
  private static boolean misspelt(String name, String known) {
    int d = Problems.distance(name.toLowerCase(java.util.Locale.ROOT), known.toLowerCase(java.util.Locale.ROOT));
    return d <= (Math.min(name.length(), known.length()) >= 6 ? 2 : 1);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  /** Finds duplicate ids, reporting each repeat with the line of its first definition. */
  static void checkUnique(List<Row> rows, String field, Problems problems) {
    Map<String, Integer> first = new HashMap<>();
    for (Row r : rows) {
      String id = r.cells().get(field);
      if (id == null || id.isEmpty()) {
        continue;
      }
      Integer before = first.putIfAbsent(id, r.line());
      if (before != null) {
        problems.error(r.file(), r.line(), field, id, "duplicate id `" + id + "`", "first defined on line " + before);
      }
    }
  }
}
