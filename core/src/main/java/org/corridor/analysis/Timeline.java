package org.corridor.analysis;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.corridor.model.Country;
import org.corridor.policy.ChangeDates;
import org.corridor.policy.DataSet;
import org.corridor.policy.Scenario;
import org.corridor.policy.ScenarioResolver;
import org.corridor.policy.TransitBan;
import org.corridor.solve.FlowResult;
import org.corridor.solve.LpStatus;
import org.corridor.solve.Sweep;
import org.corridor.solve.SweepRunner;

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
  /** One indicator on one date; {@code status} is that date's solve status (values are NaN unless optimal). */
  public record Row(String scenario, LocalDate date, String indicator, String status, double value, String unit) {}

  private record Lever(LocalDate date, Scenario at, Outcome base, DataSet.Focus focus, String transit) {}

  private Timeline() {}

  public static List<LocalDate> dates(LocalDate from, LocalDate to, Period step) {
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plus(step)) {
      out.add(d);
    }
    return out;
  }

  /**
   * The span of the history the dated events make: from the quarter of the first event of the data set
   * ({@link ChangeDates#events}: policies and series rows) or scenario date, to the last
   * that is not after {@code today} (announced future events are left out).
   */
  public static LocalDate[] eventSpan(DataSet data, LocalDate today) {
    LocalDate first = null;
    LocalDate last = null;
    List<LocalDate> dates = new ArrayList<>(ChangeDates.events(data));
    data.scenarios().values().forEach(sc -> dates.add(sc.asOf()));
    for (LocalDate d : dates) {
      if (d == null || d.isAfter(today)) {
        continue;
      }
      first = first == null || d.isBefore(first) ? d : first;
      last = last == null || d.isAfter(last) ? d : last;
    }
    if (first == null) {
      first = today.minusYears(1);
    }
    if (last == null || !last.isAfter(first)) {
      last = today;
    }
    LocalDate start = first.withDayOfMonth(1).withMonth(((first.getMonthValue() - 1) / 3) * 3 + 1);
    return new LocalDate[] {start, last};
  }

  /** The scenario at every date, then, for each focus pair, its transit country's lever: two sweeps. */
  public static List<Row> of(ScenarioResolver resolver, Scenario scenario, List<LocalDate> dates,
      List<DataSet.Focus> focus, SweepRunner runner) {
    List<FlowResult> solved = runner.run(Sweep.of("timeline", dates,
        d -> Sweep.Variant.of(resolver.resolve(scenario.withAsOf(d))), (d, r) -> r));
    return of(resolver, scenario, dates, solved, focus, runner);
  }

  /**
   * The same from the scenario already solved on each date ({@code solved}, one per date, in order), e.g. the
   * sub-periods of a period that start on the step dates: only the levers are solved here.
   */
  public static List<Row> of(ScenarioResolver resolver, Scenario scenario, List<LocalDate> dates,
      List<FlowResult> solved, List<DataSet.Focus> focus, SweepRunner runner) {
    List<Row> rows = new ArrayList<>();
    List<Lever> levers = new ArrayList<>();
    for (int i = 0; i < dates.size(); i++) {
      LocalDate d = dates.get(i);
      FlowResult r = solved.get(i);
      if (!r.isOptimal()) {
        rows.add(new Row(scenario.name(), d, "total welfare", r.status().label(), Double.NaN, "USD m/yr"));
        continue;
      }
      Outcome o = new Outcome(r);
      rows.add(new Row(scenario.name(), d, "total welfare", OPTIMAL, o.totalWelfare(), "USD m/yr"));
      for (DataSet.Focus f : focus) {
        String transit = indicators(scenario.name(), r, o, f, d, rows);
        if (transit != null) {
          levers.add(new Lever(d, scenario.withAsOf(d), o, f, transit));
        }
      }
    }
    rows.addAll(runner.run(Sweep.of("timeline levers", levers,
        l -> Sweep.Variant.of(resolver.resolve(l.at().plus(l.at().name() + " + ban", List.of(TransitBan.of(
            "timeline-" + l.transit(), l.transit(), l.focus().commodity(), l.focus().exporter()))))),
        Timeline::leverRow)));
    return withZeroShares(rows);
  }

  private static final String OPTIMAL = LpStatus.OPTIMAL.label();

  private static Row leverRow(Lever l, FlowResult denied) {
    String indicator = l.focus().exporter() + " " + l.focus().commodity() + " leverage of " + l.transit();
    double loss = denied.isOptimal()
        ? l.base().welfare(l.focus().exporter()) - new Outcome(denied).welfare(l.focus().exporter()) : Double.NaN;
    return new Row(l.at().name(), l.date(), indicator, denied.status().label(), loss, "USD m/yr");
  }

  /** A share that appears at some date is 0 (not missing) at the others, so charts draw it through. */
  private static List<Row> withZeroShares(List<Row> rows) {
    java.util.Map<String, String> shareUnits = new java.util.LinkedHashMap<>();
    java.util.Set<String> present = new java.util.HashSet<>();
    java.util.Map<LocalDate, String> statusOf = new java.util.LinkedHashMap<>();
    String name = rows.isEmpty() ? "" : rows.get(0).scenario();
    for (Row r : rows) {
      if (r.indicator().equals("total welfare")) {
        statusOf.put(r.date(), r.status());
      }
      if (r.indicator().contains(" share crossing ")) {
        shareUnits.put(r.indicator(), r.unit());
        present.add(r.date() + "|" + r.indicator());
      }
    }
    List<Row> out = new ArrayList<>(rows);
    statusOf.forEach((d, status) -> shareUnits.forEach((indicator, unit) -> {
      if (!present.contains(d + "|" + indicator)) {
        boolean ok = status.equals(OPTIMAL);
        out.add(new Row(name, d, indicator, status, ok ? 0 : Double.NaN, unit));
      }
    }));
    out.sort(java.util.Comparator.comparing(Row::date).thenComparing(Row::indicator));
    return out;
  }

  /** Adds the date's indicators for one focus pair; returns the transit country whose lever to price, or null. */
  private static String indicators(String name, FlowResult r, Outcome o, DataSet.Focus f, LocalDate d,
      List<Row> rows) {
    var net = r.snapshot().network();
    String unit = net.commodities().get(f.commodity()).unit().symbol() + "/yr";
    String tag = f.exporter() + " " + f.commodity();
    rows.add(new Row(name, d, tag + " exports", OPTIMAL, o.exports(f.exporter(), f.commodity()), unit));
    double stranded = r.supplies().stream().filter(s -> s.origin().equals(f.exporter())
        && s.commodity().equals(f.commodity())).mapToDouble(FlowResult.SupplyUse::stranded).sum();
    rows.add(new Row(name, d, tag + " stranded", OPTIMAL, stranded, unit));
    DependencyShares.Row top = null;
    for (DependencyShares.Row s : DependencyShares.of(r, f.exporter(), f.commodity())) {
      Country y = net.countries().get(s.country());
      if (s.transitShare() > FlowResult.EPS) {
        rows.add(new Row(name, d, tag + " share crossing " + y.code(), OPTIMAL, s.transitShare(), "share"));
        boolean chosen = f.transit() != null && f.transit().equals(s.country());
        if (chosen || f.transit() == null && (top == null || s.transitShare() > top.transitShare())) {
          top = s;
        }
      }
    }
    return top == null ? null : top.country();
  }
}
