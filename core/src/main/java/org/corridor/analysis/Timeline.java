package org.corridor.analysis;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.corridor.model.Country;
import org.corridor.policy.DataSet;
import org.corridor.policy.Scenario;
import org.corridor.policy.ScenarioResolver;
import org.corridor.policy.Snapshot;
import org.corridor.solve.FlowResult;

/**
 * Indicators of one scenario evaluated at dates from a start to an end at a fixed step, so the dated
 * events (bans, outages, new links, memberships) show as a history. For each focus pair (exporter X,
 * commodity c) of the data set, at every date:
 * <pre>
 *   exports                     E_X^c
 *   share crossing Y            τ(X,Y,c) for every Y with a share at some date
 *   stranded                    unused X supply of c
 *   leverage of Y (MUSD)        welfare_X(base) − welfare_X(Y denies transit), for the focus's transit
 *                               country, or else the Y with the largest τ
 * </pre>
 * plus total welfare. Rows are long: (scenario, date, indicator, value, unit).
 */
public final class Timeline {
  public record Row(String scenario, LocalDate date, String indicator, double value, String unit) {}

  private Timeline() {}

  public static List<LocalDate> dates(LocalDate from, LocalDate to, Period step) {
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plus(step)) {
      out.add(d);
    }
    return out;
  }

  /** {@code solve} solves a snapshot; leverage re-solves use it too. */
  public static List<Row> of(ScenarioResolver resolver, Scenario scenario, List<LocalDate> dates, List<DataSet.Focus> focus,
      Function<Snapshot, FlowResult> solve) {
    List<Row> rows = new ArrayList<>();
    for (LocalDate d : dates) {
      Scenario at = scenario.withAsOf(d);
      FlowResult r = solve.apply(resolver.resolve(at));
      if (!r.isOptimal()) {
        rows.add(new Row(scenario.name(), d, "status: " + r.status().label(), Double.NaN, ""));
        continue;
      }
      Outcome o = new Outcome(r);
      rows.add(new Row(scenario.name(), d, "total welfare", o.totalWelfare(), "MUSD"));
      for (DataSet.Focus f : focus) {
        indicators(resolver, at, r, o, f, solve, d, rows);
      }
    }
    return withZeroShares(rows);
  }

  /** A share that appears at some date is 0 (not missing) at the others, so charts draw it through. */
  private static List<Row> withZeroShares(List<Row> rows) {
    java.util.Map<String, String> shareUnits = new java.util.LinkedHashMap<>();
    java.util.Set<String> present = new java.util.HashSet<>();
    java.util.Set<LocalDate> dates = new java.util.LinkedHashSet<>();
    String name = rows.isEmpty() ? "" : rows.get(0).scenario();
    for (Row r : rows) {
      dates.add(r.date());
      if (r.indicator().contains(" share crossing ")) {
        shareUnits.put(r.indicator(), r.unit());
        present.add(r.date() + "|" + r.indicator());
      }
    }
    List<Row> out = new ArrayList<>(rows);
    for (LocalDate d : dates) {
      shareUnits.forEach((indicator, unit) -> {
        if (!present.contains(d + "|" + indicator)) {
          out.add(new Row(name, d, indicator, 0, unit));
        }
      });
    }
    out.sort(java.util.Comparator.comparing(Row::date).thenComparing(Row::indicator));
    return out;
  }

  private static void indicators(ScenarioResolver resolver, Scenario at, FlowResult r, Outcome o, DataSet.Focus f,
      Function<Snapshot, FlowResult> solve, LocalDate d, List<Row> rows) {
    var net = r.snapshot().network();
    String unit = net.commodities().get(f.commodity()).unit().symbol();
    String tag = f.exporter() + " " + f.commodity();
    rows.add(new Row(at.name(), d, tag + " exports", o.exports(f.exporter(), f.commodity()), unit));
    double stranded = r.supplies().stream().filter(s -> s.origin().equals(f.exporter())
        && s.commodity().equals(f.commodity())).mapToDouble(FlowResult.SupplyUse::stranded).sum();
    rows.add(new Row(at.name(), d, tag + " stranded", stranded, unit));
    DependencyShares.Row top = null;
    for (DependencyShares.Row s : DependencyShares.of(r, f.exporter(), f.commodity())) {
      Country y = net.countries().get(s.country());
      if (s.transitShare() > FlowResult.EPS) {
        rows.add(new Row(at.name(), d, tag + " share crossing " + y.code(), s.transitShare(), "share"));
        boolean chosen = f.transit() != null && f.transit().equals(s.country());
        if (chosen || f.transit() == null && (top == null || s.transitShare() > top.transitShare())) {
          top = s;
        }
      }
    }
    if (top != null) {
      var ban = org.corridor.policy.TransitBan.of("timeline-" + top.country(), top.country(), f.commodity(), f.exporter());
      FlowResult denied = solve.apply(resolver.resolve(at.plus(at.name() + " + ban", List.of(ban))));
      if (denied.isOptimal()) {
        rows.add(new Row(at.name(), d, tag + " leverage of " + top.country(),
            o.welfare(f.exporter()) - new Outcome(denied).welfare(f.exporter()), "MUSD"));
      }
    }
  }
}
