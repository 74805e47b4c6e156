package org.corridor.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.corridor.analysis.RiskMeasures;
import org.corridor.model.Country;

/**
 * The tail of each loss line in plain words, for the findings text of a risk run: how often a year loses anything,
 * the expected loss, and what 1 year in 20 and 1 year in 100 lose at least (VaR) and on average (CVaR). VaR_α is
 * the ⌈αN⌉-th smallest sampled loss, so at least a share 1 − α of the years lose that much or more: the sentences
 * say "at least", which is exact, not "more than".
 */
public final class RiskFindings {
  private RiskFindings() {}

  /** One sentence per line with any loss: exports by expected loss, largest first, then welfare the same way. */
  public static List<String> of(List<RiskMeasures.Row> rows, Map<String, Country> countries) {
    List<String> out = new ArrayList<>();
    rows.stream().filter(r -> r.pLoss() > 0)
        .sorted(Comparator.comparing((RiskMeasures.Row r) -> !r.measure().equals("exports"))
            .thenComparing(RiskMeasures.Row::expected, Comparator.reverseOrder())
            .thenComparing(RiskMeasures.Row::country).thenComparing(RiskMeasures.Row::commodity))
        .forEach(r -> out.add(sentence(r, countries)));
    return out;
  }

  static String sentence(RiskMeasures.Row r, Map<String, Country> countries) {
    Country c = countries.get(r.country());
    String who = c == null ? r.country() : c.name() + " (" + r.country() + ")";
    boolean exports = r.measure().equals("exports");
    String what = exports ? r.commodity() + " exports" : "welfare";
    String unit = r.volumeUnit();
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
        "%s loses %s in %s of sampled years%s; %s %s ± %s %s on average.", who, what, percent(r.pLoss()),
        oneIn(r.pLoss()), exports ? "the expected loss (EENS) is" : "the expected loss is", g(r.expected()),
        g(r.expectedSe()), unit));
    sb.append(' ').append(tail(r.var95(), r.cvar95(), r.cvar95Se(), 20, unit, what));
    sb.append(' ').append(tail(r.var99(), r.cvar99(), r.cvar99Se(), 100, unit, what));
    return sb.toString();
  }

  private static String tail(double var, double cvar, double cvarSe, int years, String unit, String what) {
    if (var <= RiskMeasures.EPSILON) {
      return String.format(Locale.ROOT, "In %d years in %d it loses no %s; the worst 1 year in %d loses %s ± %s %s "
          + "on average (CVaR%d).", years - 1, years, what, years, g(cvar), g(cvarSe), unit, 100 - 100 / years);
    }
    return String.format(Locale.ROOT, "In 1 year in %d it loses at least %s %s of %s (VaR%d), and %s ± %s %s on "
        + "average in those worst years (CVaR%d).", years, g(var), unit, what, 100 - 100 / years, g(cvar), g(cvarSe),
        unit, 100 - 100 / years);
  }

  /** The findings as a markdown document: a title, what was sampled, one bullet per line. */
  public static String markdown(String title, RiskReport.Summary summary) {
    StringBuilder sb = new StringBuilder("# ").append(title).append("\n\n").append(summary.headline()).append(".\n\n");
    if (summary.tail().isEmpty()) {
      sb.append("No sampled year lost anything.\n");
    }
    summary.tail().forEach(t -> sb.append("- ").append(t).append('\n'));
    sb.append("\nLosses are base-year volume (or welfare) minus the sampled year's; ± is one standard error "
        + "(docs/analyses.md, Risk).\n");
    return sb.toString();
  }

  private static String percent(double p) {
    return String.format(Locale.ROOT, p >= 0.1 ? "%.0f%%" : p >= 0.01 ? "%.1f%%" : "%.2g%%", 100 * p);
  }

  /** " (about 1 year in 8)": the rounded return period of a loss in fewer than half the years. */
  private static String oneIn(double p) {
    return p < 0.5 ? " (about 1 year in " + Math.round(1 / p) + ")" : "";
  }

  /** Three significant digits, whole numbers from 1000 up (no exponent in a sentence). */
  private static String g(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    return String.format(Locale.ROOT, Math.abs(v) >= 1000 ? "%.0f" : "%.3g", v);
  }
}
