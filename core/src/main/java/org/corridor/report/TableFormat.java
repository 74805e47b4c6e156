package org.corridor.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders {@link Table}s as aligned text, CSV or JSON. */
public final class TableFormat {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private TableFormat() {}

  /** Aligned text for a terminal; numbers right-aligned with 3 decimals (shares as percentages). */
  public static String text(Table t) {
    List<List<String>> cells = new ArrayList<>();
    cells.add(t.columns());
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
    sb.append(t.title()).append('\n');
    for (int r = 0; r < cells.size(); r++) {
      List<String> line = cells.get(r);
      for (int c = 0; c < line.size(); c++) {
        boolean numeric = r > 0 && !t.rows().isEmpty() && t.rows().get(r - 1).get(c) instanceof Number;
        String v = line.get(c);
        sb.append(c == 0 ? "" : "  ").append(numeric ? pad(v, width[c], true) : pad(v, width[c], false));
      }
      sb.append('\n');
      if (r == 0) {
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

  private static String textCell(String column, Object v) {
    if (v instanceof Double d) {
      if (column.endsWith("share")) {
        return String.format(Locale.ROOT, "%.1f%%", d * 100);
      }
      return String.format(Locale.ROOT, "%.3f", Math.abs(d) < 5e-4 ? 0.0 : d);
    }
    return v == null ? "" : v.toString();
  }

  private static String pad(String s, int w, boolean right) {
    String fill = " ".repeat(Math.max(0, w - s.length()));
    return right ? fill + s : s + fill;
  }

  public static String csv(Table t) {
    StringBuilder sb = new StringBuilder(String.join(",", t.columns())).append('\n');
    for (List<Object> row : t.rows()) {
      List<String> out = new ArrayList<>();
      for (Object v : row) {
        out.add(quote(Table.cell(v)));
      }
      sb.append(String.join(",", out)).append('\n');
    }
    return sb.toString();
  }

  private static String quote(String s) {
    if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
      return "\"" + s.replace("\"", "\"\"") + "\"";
    }
    return s;
  }

  /** A list of row objects; numbers rounded as in {@link Table#cell}. */
  public static Object jsonValue(Table t) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (List<Object> row : t.rows()) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int c = 0; c < row.size(); c++) {
        Object v = row.get(c);
        m.put(t.columns().get(c), v instanceof Double ? Double.valueOf(Table.cell(v)) : v instanceof Number || v == null ? v : v.toString());
      }
      rows.add(m);
    }
    return rows;
  }

  public static String json(Object value) {
    try {
      return JSON.writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
