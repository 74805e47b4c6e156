package org.corridor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corridor.analysis.PeriodEvents;
import org.corridor.analysis.PeriodVolumes;
import org.corridor.model.Network;
import org.corridor.policy.DataSet;
import org.corridor.solve.FlowResult;

/** The tables and findings of a solve over a period: volumes and mean rates, each labelled. */
public final class PeriodReport {
  /** Headline figures of a period solve, and its findings in plain words. */
  public record Summary(String scenario, String period, String from, String to, long days, int subPeriods,
      String status, List<String> findings) {
    /** Whether every sub-period solved to an optimum. */
    public boolean isOptimal() {
      return status.equals(org.corridor.solve.LpStatus.OPTIMAL.label());
    }

    /** The headline and the findings, one per line, for a terminal. */
    public String text() {
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
          "Scenario %s over %s (%s to %s, %d days in %d sub-periods): %s", scenario, period, from, to, days,
          subPeriods, status));
      findings.forEach(f -> sb.append("\n- ").append(f));
      return sb.toString();
    }
  }

  private PeriodReport() {}

  public static Summary summary(String period, PeriodVolumes.Result r, List<PeriodEvents.Row> events,
      List<DataSet.Focus> focus, Network net) {
    return new Summary(r.scenario(), period, r.from().toString(), r.to().toString(), r.days(), r.parts().size(),
        r.status(), findings(period, r, events, focus, net));
  }

  /** Every table of a period solve; the flows first, as the main table. */
  public static List<Table> tables(PeriodVolumes.Result r, List<PeriodEvents.Row> events) {
    String over = " over " + r.from() + " to " + r.to() + " (volumes, and mean rates per year)";
    return List.of(
        Table.of("period-flows", "Flows per link and class" + over, PeriodVolumes.Flow.class, r.flows()),
        Table.of("sub-periods", "Sub-periods: days between changes, each solved on its first day",
            PeriodVolumes.Part.class, r.parts()),
        Table.of("period-events", "What each policy or event in force cost each exporter over its days in the period",
            PeriodEvents.Row.class, events),
        Table.of("period-deliveries", "Deliveries per market" + over, PeriodVolumes.Delivery.class, r.deliveries()),
        Table.of("period-stranded", "Supply per origin, used and stranded" + over, PeriodVolumes.Stranded.class,
            r.stranded()),
        Table.of("period-welfare", "Welfare per country" + over, PeriodVolumes.CountryWelfare.class, r.welfare()));
  }

  /**
   * Each focus exporter's exports over the period and the link out of its territory that carried most of them, then
   * what each event cut, always as a volume over its days and as a yearly rate, labelled.
   */
  static List<String> findings(String period, PeriodVolumes.Result r, List<PeriodEvents.Row> events,
      List<DataSet.Focus> focus, Network net) {
    List<String> out = new ArrayList<>();
    if (!r.isOptimal()) {
      r.parts().stream().filter(p -> !p.status().equals("optimal")).forEach(p -> out.add("The sub-period "
          + p.from() + " to " + p.to() + " did not solve (" + p.status() + "): the period has no volumes."));
      return out;
    }
    for (DataSet.Focus f : focus) {
      String u = net.unitOf(f.commodity()).symbol();
      double exports = r.deliveries().stream().filter(d -> d.origin().equals(f.exporter())
          && d.commodity().equals(f.commodity()) && !d.country().equals(f.exporter()))
          .mapToDouble(PeriodVolumes.Delivery::volume).sum();
      String line = "In the modelled network, " + name(net, f.exporter()) + " exported " + Findings.num(exports) + " "
          + u + " of " + f.commodity() + " over " + period + " (mean " + Findings.num(exports / r.years()) + " " + u
          + "/yr)";
      PeriodVolumes.Flow top = null;
      for (PeriodVolumes.Flow fl : r.flows()) {
        if (fl.origin().equals(f.exporter()) && fl.commodity().equals(f.commodity()) && leaves(net, f.exporter(), fl)
            && (top == null || fl.volume() > top.volume())) {
          top = fl;
        }
      }
      if (top != null && top.volume() > FlowResult.EPS) {
        line += "; " + top.link() + " carried " + Findings.num(top.volume()) + " " + u + " of it (mean "
            + Findings.num(top.rate()) + " " + u + "/yr)";
      }
      out.add(line + ".");
    }
    for (PeriodEvents.Row e : events) {
      if (Double.isNaN(e.lost())) {
        out.add(e.policy() + " (" + e.from() + " to " + e.to() + "): its cost to " + name(net, e.exporter()) + "'s "
            + e.commodity() + " exports is unknown, a case did not solve (" + e.status() + ").");
        continue;
      }
      String verb = e.lost() >= 0 ? "cut" : "raised";
      out.add(e.policy() + " (" + e.from() + " to " + e.to() + ", " + e.days() + " days in the period) " + verb + " "
          + name(net, e.exporter()) + "'s " + e.commodity() + " exports by " + Findings.num(Math.abs(e.lost())) + " "
          + e.volumeUnit() + " over those " + e.days() + " days (a rate of " + Findings.num(Math.abs(e.rate())) + " "
          + e.unit() + ").");
    }
    return out;
  }

  /** Whether the flow leaves the exporter's territory on this link: its export outlet, not a feeder. */
  private static boolean leaves(Network net, String exporter, PeriodVolumes.Flow f) {
    var link = net.links().get(f.link());
    return net.countryOf(f.from()).equals(exporter)
        && (!net.countryOf(f.to()).equals(exporter) || link != null && !link.via().isEmpty());
  }

  private static String name(Network net, String code) {
    var c = net.countries().get(code);
    return c == null ? code : c.name();
  }
}
