package org.corridor.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corridor.report.Column;
import org.corridor.report.Table;

/**
 * The ranking of candidate projects ({@code invest} table) as one offline HTML page: two bar charts, the expected loss
 * and the 95% CVaR each option avoids per USD of capex, with error bars of ±2 standard errors of the paired
 * difference, in the order of the ranking. The SVG is drawn here, so the page needs no script and is the same bytes
 * for the same table.
 */
public final class InvestChart {
  private static final int WIDTH = 960;
  private static final int LABEL = 300;
  private static final int ROW = 24;
  private static final int TOP = 34;
  private static final int BOTTOM = 40;

  private record Bar(String label, double value, double error) {}

  private InvestChart() {}

  /** The page for an {@code invest} table, titled {@code title}. */
  public static String render(Table invest, String title, String subtitle) {
    List<Bar> expected = bars(invest, "expected_per_usd", "expected_reduction_se");
    List<Bar> cvar = bars(invest, "cvar95_per_usd", "cvar95_reduction_se");
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
        .append(HtmlReport.escape(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
        .append("<header><h1>").append(HtmlReport.escape(title)).append("</h1><p>").append(HtmlReport.escape(subtitle))
        .append("</p></header>\n<main>\n");
    section(sb, "Expected welfare loss avoided per USD of capex", "USD of expected yearly loss avoided per USD invested",
        expected);
    section(sb, "95% CVaR avoided per USD of capex", "USD of the mean loss of the worst 5% of years avoided per USD "
        + "invested", cvar);
    sb.append("<section><p class=\"note\">Each option is valued on the same sampled years as the base (common random "
        + "numbers), so the bars are paired differences; error bars span ±2 standard errors. Pairs are named A+B. "
        + "Method: docs/analyses.md, <em>Resilience per dollar</em>.</p></section>\n");
    return sb.append("</main>\n</body>\n</html>\n").toString();
  }

  /** Per option: the value per USD, and its error (2 SE of the reduction over the capex). */
  private static List<Bar> bars(Table t, String perUsd, String se) {
    List<Column> cols = t.outputColumns();
    int option = index(cols, "option");
    int capex = index(cols, "capex");
    int value = index(cols, perUsd);
    int error = index(cols, se);
    List<Bar> out = new ArrayList<>();
    for (List<Object> row : t.outputRows()) {
      double e = number(row.get(error));
      out.add(new Bar(String.valueOf(row.get(option)), number(row.get(value)),
          Double.isNaN(e) ? 0 : 2 * e / number(row.get(capex))));
    }
    return out;
  }

  private static int index(List<Column> cols, String name) {
    for (int i = 0; i < cols.size(); i++) {
      if (cols.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException("the table has no column `" + name + "`");
  }

  private static double number(Object o) {
    return o instanceof Number n ? n.doubleValue() : Double.NaN;
  }

  private static void section(StringBuilder sb, String heading, String axis, List<Bar> bars) {
    double lo = 0;
    double hi = 0;
    for (Bar b : bars) {
      if (Double.isFinite(b.value())) {
        lo = Math.min(lo, b.value() - b.error());
        hi = Math.max(hi, b.value() + b.error());
      }
    }
    if (hi == lo) {
      hi = lo + 1;
    }
    double[] ticks = ticks(lo, hi);
    lo = Math.min(lo, ticks[0]);
    hi = Math.max(hi, ticks[ticks.length - 1]);
    int plot = WIDTH - LABEL - 20;
    int height = TOP + bars.size() * ROW + BOTTOM;
    double x0 = lo;
    double span = hi - lo;
    java.util.function.DoubleUnaryOperator x = v -> LABEL + (v - x0) / span * plot;
    sb.append("<section><h2>").append(HtmlReport.escape(heading)).append("</h2>\n")
        .append(String.format(Locale.ROOT, "<svg class=\"chart\" viewBox=\"0 0 %d %d\" role=\"img\" aria-label=\"%s\">%n",
            WIDTH, height, HtmlReport.escape(heading)));
    for (double t : ticks) {
      sb.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\"/>"
          + "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n", x.applyAsDouble(t),
          x.applyAsDouble(t), TOP - 6, height - BOTTOM, x.applyAsDouble(t), height - BOTTOM + 14, fmt(t)));
    }
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      int y = TOP + i * ROW;
      sb.append(String.format(Locale.ROOT, "<text class=\"label\" x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
          LABEL - 8, y + 16, HtmlReport.escape(b.label())));
      if (!Double.isFinite(b.value())) {
        continue;
      }
      double a = x.applyAsDouble(Math.min(0, b.value()));
      double w = Math.abs(x.applyAsDouble(b.value()) - x.applyAsDouble(0));
      sb.append(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\">"
          + "<title>%s: %s ± %s</title></rect>%n", a, y + 4, w, ROW - 8, HtmlReport.escape(b.label()), fmt(b.value()),
          fmt(b.error())));
      if (b.error() > 0) {
        double l = x.applyAsDouble(b.value() - b.error());
        double r = x.applyAsDouble(b.value() + b.error());
        int m = y + ROW / 2;
        sb.append(String.format(Locale.ROOT, "<path class=\"err\" d=\"M%.1f %dH%.1fM%.1f %dV%dM%.1f %dV%d\"/>%n", l, m, r,
            l, m - 5, m + 5, r, m - 5, m + 5));
      }
    }
    sb.append(String.format(Locale.ROOT, "<line class=\"zero\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%d\" y2=\"%d\"/>%n",
        x.applyAsDouble(0), x.applyAsDouble(0), TOP - 6, height - BOTTOM));
    sb.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
        LABEL + plot / 2, height - 6, HtmlReport.escape(axis)));
    sb.append("</svg></section>\n");
  }

  /** About five round ticks covering [lo, hi]. */
  static double[] ticks(double lo, double hi) {
    double raw = (hi - lo) / 5;
    double mag = Math.pow(10, Math.floor(Math.log10(raw)));
    double step = raw / mag >= 5 ? 10 * mag : raw / mag >= 2 ? 5 * mag : raw / mag >= 1 ? 2 * mag : mag;
    long first = (long) Math.floor(lo / step);
    long last = (long) Math.ceil(hi / step);
    double[] out = new double[(int) (last - first + 1)];
    for (int i = 0; i < out.length; i++) {
      out[i] = (first + i) * step;
    }
    return out;
  }

  private static String fmt(double v) {
    return Math.abs(v) < 1e-12 ? "0" : String.format(Locale.ROOT, "%.3g", v);
  }

  private static final String STYLE = """
      body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; color: #1d2733; background: #f7f8fa; }
      header { background: #1d2733; color: #fff; padding: 18px 28px; }
      header h1 { margin: 0; font-size: 22px; }
      header p { margin: 4px 0 0; color: #c5cfdb; }
      main { max-width: 1180px; margin: 0 auto; padding: 12px 24px 48px; }
      section { background: #fff; border: 1px solid #e1e5ea; border-radius: 6px; margin: 16px 0; padding: 14px 20px; }
      h2 { font-size: 17px; margin: 4px 0 10px; }
      svg.chart { display: block; width: 100%; height: auto; max-width: 100%; }
      .bar { fill: #4e79a7; }
      .err { stroke: #1d2733; stroke-width: 1.2; fill: none; }
      .grid { stroke: #eef1f4; }
      .zero { stroke: #6b7785; }
      .label, .tick, .axis { font-size: 11px; fill: #1d2733; }
      .note { color: #5b6877; font-size: 12px; }
      """;
}
