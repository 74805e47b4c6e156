package org.corridor.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corridor.model.Network;
import org.corridor.policy.DataSet;
import org.corridor.solve.FlowResult;
import org.corridor.solve.LpStatus;

/**
 * The timeline's indicators integrated over each step's window, so that an event between two step dates (a
 * five-week strike inside a quarter) shows as volume lost although neither date falls in it. Window w runs
 * from its step date d_w to the day before the next one (the last, to the period's end); the period is cut at
 * every change day and at every step date ({@link PeriodVolumes#cut}), so each sub-period i lies in one
 * window and the sub-period starting on d_w is the timeline's point on that date. For each focus pair
 * (exporter X, commodity c):
 * <pre>
 *   volume_w   = Σ_{i ∈ w} rate_i · years_i        exports E, stranded supply, exports crossing Y, total welfare
 *   mean_w     = volume_w / Σ_{i ∈ w} years_i
 *   share_w(Y) = Σ_{i ∈ w} crossing_i(Y) · years_i / Σ_{i ∈ w} E_i · years_i      a ratio of volumes
 *   missed_w   = volume_w − rate(d_w) · years_w     what the rate on the step date misses over the window
 * </pre>
 * A window with a sub-period that does not solve to an optimum has no figures, only that status. Leverage is
 * not integrated (it would take a ban solve per sub-period); the point timeline keeps it.
 */
public final class TimelineVolumes {
  /**
   * One indicator over one window ({@code date} to {@code to}). A share row has no volume: its {@code volume}
   * and {@code missed} are null (empty cells, JSON null), its {@code mean} is the ratio of the window's volumes
   * and {@code atDate} the share on the step date. A window that did not solve has NaN figures and its status.
   */
  public record Row(String scenario, LocalDate date, LocalDate to, long days, String indicator, String status,
      Double volume, String volumeUnit, double mean, double atDate, String unit, Double missed) {}

  private static final String OPTIMAL = LpStatus.OPTIMAL.label();

  /** Sums of one indicator over a window: Σ rate·years, and for a share Σ exports·years. */
  private static final class Sum {
    final String volumeUnit;
    final String unit;
    final String exportsKey;
    double volume;
    double atDate = Double.NaN;

    Sum(String volumeUnit, String unit, String exportsKey) {
      this.volumeUnit = volumeUnit;
      this.unit = unit;
      this.exportsKey = exportsKey;
    }
  }

  private TimelineVolumes() {}

  /** Each step date's window: from it to the day before the next date, the last to {@code end}. */
  public static List<PeriodVolumes.SubPeriod> windows(List<LocalDate> dates, LocalDate end) {
    List<PeriodVolumes.SubPeriod> out = new ArrayList<>();
    for (int i = 0; i < dates.size(); i++) {
      out.add(new PeriodVolumes.SubPeriod(dates.get(i), i + 1 < dates.size() ? dates.get(i + 1).minusDays(1) : end));
    }
    return out;
  }

  /**
   * Rows per window and indicator, in date and indicator order. {@code parts} cut the windows' span at every
   * change and step date; {@code solved} holds one result per part, in order ({@link PeriodVolumes#solve}).
   */
  public static List<Row> of(String scenario, List<PeriodVolumes.SubPeriod> windows,
      List<PeriodVolumes.SubPeriod> parts, List<FlowResult> solved, List<DataSet.Focus> focus) {
    List<Map<String, Sum>> perWindow = new ArrayList<>();
    List<String> statuses = new ArrayList<>();
    Map<String, Sum> every = new TreeMap<>();
    int i = 0;
    for (PeriodVolumes.SubPeriod w : windows) {
      Map<String, Sum> sums = new TreeMap<>();
      String status = OPTIMAL;
      for (; i < parts.size() && !parts.get(i).from().isAfter(w.to()); i++) {
        FlowResult r = solved.get(i);
        if (!r.isOptimal()) {
          status = status.equals(OPTIMAL) ? r.status().label() : status;
          continue;
        }
        add(sums, r, focus, parts.get(i).years(), parts.get(i).from().equals(w.from()));
      }
      sums.forEach((k, v) -> every.putIfAbsent(k, new Sum(v.volumeUnit, v.unit, v.exportsKey)));
      perWindow.add(sums);
      statuses.add(status);
    }
    List<Row> out = new ArrayList<>();
    for (int k = 0; k < windows.size(); k++) {
      // An indicator that appears in some window is 0 (not missing) in the others, as in the point timeline.
      Map<String, Sum> sums = perWindow.get(k);
      every.forEach((key, blank) -> sums.putIfAbsent(key, new Sum(blank.volumeUnit, blank.unit, blank.exportsKey)));
      rows(out, scenario, windows.get(k), statuses.get(k), sums);
    }
    return out;
  }

  /** Adds one solved sub-period's rates, weighted by its years; {@code first} marks the step date's own. */
  private static void add(Map<String, Sum> sums, FlowResult r, List<DataSet.Focus> focus, double years,
      boolean first) {
    Network net = r.snapshot().network();
    Outcome o = new Outcome(r);
    put(sums, "total welfare", "USD m", "USD m/yr", null, o.totalWelfare(), years, first);
    for (DataSet.Focus f : focus) {
      String u = net.unitOf(f.commodity()).symbol();
      String tag = f.exporter() + " " + f.commodity();
      double exports = o.exports(f.exporter(), f.commodity());
      put(sums, tag + " exports", u, u + "/yr", null, exports, years, first);
      double stranded = r.supplies().stream().filter(s -> s.origin().equals(f.exporter())
          && s.commodity().equals(f.commodity())).mapToDouble(FlowResult.SupplyUse::stranded).sum();
      put(sums, tag + " stranded", u, u + "/yr", null, stranded, years, first);
      for (DependencyShares.Row s : DependencyShares.of(r, f.exporter(), f.commodity())) {
        if (s.transit() > FlowResult.EPS) {
          String y = net.countries().get(s.country()).code();
          put(sums, tag + " crossing " + y, u, u + "/yr", null, s.transit(), years, first);
          put(sums, tag + " share crossing " + y, "-", "share", tag + " exports", s.transit(), years, first);
          if (first) {
            sums.get(tag + " share crossing " + y).atDate = s.transitShare();
          }
        }
      }
    }
  }

  private static void put(Map<String, Sum> sums, String indicator, String volumeUnit, String unit, String exportsKey,
      double rate, double years, boolean first) {
    Sum s = sums.computeIfAbsent(indicator, k -> new Sum(volumeUnit, unit, exportsKey));
    s.volume += rate * years;
    if (first && exportsKey == null) {
      s.atDate = rate;
    }
  }

  private static void rows(List<Row> out, String scenario, PeriodVolumes.SubPeriod w, String status,
      Map<String, Sum> sums) {
    double years = w.years();
    if (!status.equals(OPTIMAL)) {
      out.add(new Row(scenario, w.from(), w.to(), w.days(), "total welfare", status, Double.NaN, "USD m", Double.NaN,
          Double.NaN, "USD m/yr", Double.NaN));
      return;
    }
    sums.forEach((indicator, s) -> {
      if (s.exportsKey != null) {
        Sum exports = sums.get(s.exportsKey);
        double share = exports.volume <= 0 ? 0 : s.volume / exports.volume;
        // A share absent on the step date is 0 there, as the point timeline draws it.
        out.add(new Row(scenario, w.from(), w.to(), w.days(), indicator, OPTIMAL, null, s.volumeUnit, share,
            Double.isNaN(s.atDate) ? 0 : s.atDate, s.unit, null));
        return;
      }
      double atDate = Double.isNaN(s.atDate) ? 0 : s.atDate;
      out.add(new Row(scenario, w.from(), w.to(), w.days(), indicator, OPTIMAL, s.volume, s.volumeUnit,
          s.volume / years, atDate, s.unit, s.volume - atDate * years));
    });
  }
}
