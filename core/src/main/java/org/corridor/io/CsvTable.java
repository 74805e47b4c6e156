package org.corridor.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads one CSV table of the data format into raw rows, checking the file and header against the schema. */
final class CsvTable {
  /** Largest table file accepted, to keep a bad file from exhausting memory. */
  static final long MAX_BYTES = 64L << 20;

  /** A data row as text, with the line it starts on. */
  record Row(String file, int line, Map<String, String> cells) {}

  private CsvTable() {}

  static List<Row> read(Path folder, String table, boolean optional, Problems problems) {
    String file = table + ".csv";
    Path path = folder.resolve(file);
    if (!Files.exists(path)) {
      if (!optional) {
        problems.error(file, 0, null, null, "file is missing", "every data set needs " + file
            + " (see docs/data-format.md)");
      }
      return List.of();
    }
    try {
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        problems.error(file, 0, null, null, "file is " + size + " bytes, more than the limit of " + MAX_BYTES);
        return List.of();
      }
      if (Files.readString(path, StandardCharsets.UTF_8).isBlank()) {
        problems.error(file, 0, null, null, "file is empty", "it needs at least a header line");
        return List.of();
      }
      return parse(path, file, table, problems);
    } catch (IOException | UncheckedIOException e) {
      problems.error(file, 0, null, null, "cannot read: " + e.getMessage());
      return List.of();
    }
  }

  private static List<Row> parse(Path path, String file, String table, Problems problems) throws IOException {
    List<Schema.Attribute> attrs = Schema.get().table(table);
    Set<String> known = attrs.stream().map(Schema.Attribute::name).collect(Collectors.toSet());
    List<Row> rows = new ArrayList<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
        .setIgnoreEmptyLines(true).setCommentMarker('#').get();
    try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8); CSVParser parser = format.parse(in)) {
      List<String> header = parser.getHeaderNames();
      for (Schema.Attribute a : attrs) {
        if (a.required() && !header.contains(a.name())) {
          problems.error(file, 1, a.name(), null, "required column is missing from the header",
              Problems.didYouMean(a.name(), header));
        }
      }
      for (String h : header) {
        if (!known.contains(h)) {
          problems.warning(file, 1, h, null, "unknown column is ignored", Problems.didYouMean(h, known));
        }
      }
      long lineBefore = parser.getCurrentLineNumber();
      for (CSVRecord r : parser) {
        int line = (int) lineBefore + 1;
        lineBefore = parser.getCurrentLineNumber();
        if (r.size() != header.size()) {
          problems.error(file, line, null, null, "row has " + r.size() + " columns, the header has "
              + header.size(), "quote cells that contain commas");
          continue;
        }
        Map<String, String> cells = new LinkedHashMap<>();
        for (String h : header) {
          cells.put(h, r.get(h));
        }
        rows.add(new Row(file, line, cells));
      }
    } catch (UncheckedIOException | IllegalStateException e) {
      problems.error(file, 0, null, null, "malformed CSV: " + rootMessage(e), "check quotes and separators");
    }
    return rows;
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
