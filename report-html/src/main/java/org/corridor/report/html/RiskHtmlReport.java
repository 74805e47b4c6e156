package org.corridor.report.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.model.Country;
import org.corridor.report.Column;
import org.corridor.report.RiskReport;
import org.corridor.report.Table;

/**
 * Renders a risk run as one self-contained HTML page, with the style sheet of {@link HtmlReport}'s page: the findings in plain
 * words, an exceedance curve per loss line with a loss (drawn by {@code corridor-exceedance.js}, which the server's
 * page can load as it loads the map), and the measures with their standard errors. The data go in as one JSON
 * object read from the run's typed tables {@code risk} and {@code risk-exceedance}.
 */
public final class RiskHtmlReport {
  private RiskHtmlReport() {}

  /** @param risk the {@code risk} table, @param curves the {@code risk-exceedance} table of the same run */
  public static String render(RiskReport.Summary summary, Table risk, Table curves, Map<String, Country> countries,
      String title) {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("{{TITLE}}", HtmlReport.escape(title));
    parts.put("{{SUBTITLE}}", HtmlReport.escape(summary.headline()));
    parts.put("/*BASE_STYLE*/", baseStyle());
    parts.put("/*D3*/", HtmlReport.script(HtmlReport.classpath(HtmlReport.D3)));
    parts.put("/*DATA*/", HtmlReport.script(HtmlReport.json(data(summary, risk, curves, countries))));
    parts.put("/*PANELS_JS*/", HtmlReport.script(HtmlReport.resource("corridor-panels.js")));
    parts.put("/*EXCEEDANCE_JS*/", HtmlReport.script(HtmlReport.resource("corridor-exceedance.js")));
    parts.put("/*RISK_JS*/", HtmlReport.script(HtmlReport.resource("risk-report.js")));
    return HtmlReport.fill(HtmlReport.resource("risk.html"), parts);
  }

  /**
   * {@code findings}: the tail in plain words; {@code lines}: every line with a loss, its measures (columns of
   * {@code risk} by name), the country's name and its curve as {@code points} [{loss, probability, years}] by
   * rising loss.
   */
  static Map<String, Object> data(RiskReport.Summary summary, Table risk, Table curves,
      Map<String, Country> countries) {
    Map<String, List<Map<String, Object>>> byLine = new LinkedHashMap<>();
    for (Map<String, Object> p : rows(curves)) {
      Map<String, Object> point = new LinkedHashMap<>();
      point.put("loss", p.get("loss"));
      point.put("probability", p.get("probability"));
      point.put("years", p.get("years"));
      byLine.computeIfAbsent(key(p), k -> new ArrayList<>()).add(point);
    }
    List<Map<String, Object>> lines = new ArrayList<>();
    for (Map<String, Object> r : rows(risk)) {
      List<Map<String, Object>> points = byLine.get(key(r));
      if (points == null) {
        continue;
      }
      Country c = countries.get((String) r.get("country"));
      r.put("name", c == null ? r.get("country") : c.name());
      r.put("points", points);
      lines.add(r);
    }
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("headline", summary.headline());
    d.put("findings", summary.tail());
    d.put("lines", lines);
    return d;
  }

  /** The analysis report's style sheet, so both pages look alike with one set of rules. */
  private static String baseStyle() {
    String report = HtmlReport.resource("report.html");
    int from = report.indexOf("<style>");
    int to = report.indexOf("</style>", from);
    if (from < 0 || to < 0) {
      throw new IllegalStateException("report.html has no <style> element to share");
    }
    return report.substring(from + "<style>".length(), to).strip();
  }

  private static String key(Map<String, Object> row) {
    return row.get("country") + "|" + row.get("commodity") + "|" + row.get("measure");
  }

  /** A typed table's rows as objects keyed by column name; NaN (no value) becomes null, which JSON can carry. */
  private static List<Map<String, Object>> rows(Table t) {
    List<Column> columns = t.outputColumns();
    List<Map<String, Object>> out = new ArrayList<>();
    for (List<Object> row : t.outputRows()) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        Object v = row.get(i);
        m.put(columns.get(i).name(), v instanceof Double x && !Double.isFinite(x) ? null : v);
      }
      out.add(m);
    }
    return out;
  }
}
