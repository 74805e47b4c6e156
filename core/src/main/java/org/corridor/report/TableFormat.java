package org.corridor.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corridor.text.TerminalText;

/**
 * Renders {@link Table}s as aligned text, CSV or JSON. Every format shows each column's unit: text under
 * the header, CSV in the header cell ({@code quantity [see unit]}), JSON in a column list beside the rows.
 */
public final class TableFormat {
  /** Made on the first JSON output only: text and CSV, what most runs print, need none of Jackson's classes. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  }

  private TableFormat() {}

  /**
   * Aligned text for a terminal: a header line, the units under it, then the rows; numbers right-aligned
   * with 3 decimals, shares as percentages, lists as their count (the ids are in CSV and JSON). Run ids are left to the machine-readable formats. Control
   * characters in titles and cells (ESC sequences, carriage returns, newlines) are shown as visible escapes
   * ({@link TerminalText#visible}), so data cannot drive the terminal or break the layout.
   */
  public static String text(Table t) {
    List<List<String>> cells = new ArrayList<>();
    cells.add(t.columns().stream().map(Column::name).toList());
    cells.add(t.columns().stream().map(c -> isShare(c) ? "[%]" : c.type() == Column.Type.LIST ? "[count]"
        : c.hasUnit() ? "[" + c.unitLabel() + "]" : "").toList());
    for (List<Object> row : t.rows()) {
      List<String> line = new ArrayList<>();
      for (int c = 0; c < row.size(); c++) {
        line.add(textCell(t.columns().get(c), row.get(c)));
      }
      cells.add(line);
    }
    int[] width = new int[t.columns().size()];
    for (List<String> line : cells) {
      for (int c = 0; c < line.size(); c++) {
        width[c] = Math.max(width[c], line.get(c).length());
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append(TerminalText.visible(t.title())).append('\n');
    for (int r = 0; r < cells.size(); r++) {
      List<String> line = cells.get(r);
      for (int c = 0; c < line.size(); c++) {
        boolean numeric = r > 1 && (t.rows().get(r - 2).get(c) instanceof Number
            || t.columns().get(c).type() == Column.Type.LIST);
        String v = line.get(c);
        sb.append(c == 0 ? "" : "  ").append(pad(v, width[c], numeric));
      }
      sb.append('\n');
      if (r == 1) {
        for (int c = 0; c < width.length; c++) {
          sb.append(c == 0 ? "" : "  ").append("-".repeat(width[c]));
        }
        sb.append('\n');
      }
    }
    if (t.rows().isEmpty()) {
      sb.append("(none)\n");
    }
    return sb.toString().lines().map(String::stripTrailing).reduce("", (a, b) -> a + b + "\n");
  }

  private static boolean isShare(Column c) {
    return c.unit().equals("share");
  }

  private static String textCell(Column column, Object v) {
    if (column.type() == Column.Type.LIST) {
      return String.valueOf(Column.items((String) v).size());
    }
    if (v instanceof Double d) {
      if (isShare(column)) {
        return String.format(Locale.ROOT, "%.1f%%", d * 100);
      }
      return String.format(Locale.ROOT, "%.3f", Math.abs(d) < 5e-4 ? 0.0 : d);
    }
    return v == null ? "" : TerminalText.visible(v.toString());
  }

  private static String pad(String s, int w, boolean right) {
    String fill = " ".repeat(Math.max(0, w - s.length()));
    return right ? fill + s : s + fill;
  }

  /** The header cell of a column: {@code name [unit]}, {@code name [see unit]}, or {@code name} for none. */
  public static String csvHeader(Column c) {
    return c.hasUnit() ? c.name() + " [" + c.unitLabel() + "]" : c.name();
  }

  /**
   * One CSV document: a header line, then one record per row, with run id and scenario on every row. A
   * text cell (any column that is not a number, integer or share) that starts with {@code =}, {@code +},
   * {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, so a spreadsheet shows it
   * as text instead of running it as a formula (OWASP, CSV injection); number cells are left as they are,
   * so negative numbers stay numbers.
   */
  public static String csv(Table t) {
    StringBuilder sb = new StringBuilder();
    List<Column> columns = t.outputColumns();
    sb.append(String.join(",", columns.stream().map(c -> quote(csvHeader(c))).toList())).append('\n');
    for (List<Object> row : t.outputRows()) {
      List<String> out = new ArrayList<>();
      for (int c = 0; c < row.size(); c++) {
        String cell = Table.cell(row.get(c));
        out.add(quote(isNumeric(columns.get(c)) ? cell : inert(cell)));
      }
      sb.append(String.join(",", out)).append('\n');
    }
    return sb.toString();
  }

  private static boolean isNumeric(Column c) {
    return switch (c.type()) {
      case NUMBER, INTEGER, SHARE -> true;
      case STRING, ID, DATE, BOOLEAN, LIST -> false;
    };
  }

  /** A text cell a spreadsheet will not read as a formula: {@code '} before a leading = + - @ tab or CR. */
  static String inert(String s) {
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return s;
  }

  private static String quote(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  /**
   * A table as a JSON object: name, title, run id, the typed columns and the rows (numbers rounded as in
   * {@link Table#cell}; NaN and infinities, which JSON cannot hold, as null).
   */
  public static Map<String, Object> jsonValue(Table t) {
    List<Column> cols = t.outputColumns();
    List<Map<String, Object>> columns = new ArrayList<>();
    for (Column c : cols) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", c.name());
      m.put("type", c.type().label());
      m.put("unit", c.unit());
      m.put("description", c.description());
      columns.add(m);
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (List<Object> row : t.outputRows()) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int c = 0; c < row.size(); c++) {
        m.put(cols.get(c).name(), jsonCell(row.get(c)));
      }
      rows.add(m);
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("name", t.name());
    doc.put("title", t.title());
    doc.put("run_id", t.runId());
    doc.put("columns", columns);
    doc.put("rows", rows);
    return doc;
  }

  private static Object jsonCell(Object v) {
    if (v instanceof Double d) {
      return d.isNaN() || d.isInfinite() ? null : Double.valueOf(Table.cell(d));
    }
    return v instanceof Number || v instanceof Boolean || v == null ? v : v.toString();
  }

  public static String json(Object value) {
    try {
      return Json.MAPPER.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
