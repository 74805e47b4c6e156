package org.corridor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corridor.analysis.Chokepoints;
import org.corridor.analysis.Coverage;
import org.corridor.analysis.DependencyShares;
import org.corridor.analysis.Leverage;
import org.corridor.model.Network;
import org.corridor.model.ReportedTotal;
import org.corridor.policy.DataSet;
import org.corridor.solve.FlowResult;

/** The key findings of an {@link AnalysisRun} in plain words, with their numbers, as Markdown. */
public final class Findings {
  private final AnalysisRun run;
  private final Network net;

  private Findings(AnalysisRun run) {
    this.run = run;
    this.net = run.data().network();
  }

  /** Sections of (heading, bullet lines). */
  public record Section(String heading, List<String> lines) {}

  public static List<Section> of(AnalysisRun run) {
    Findings f = new Findings(run);
    List<Section> out = new ArrayList<>();
    out.add(new Section("Baseline", f.baseline()));
    out.add(new Section("Who depends on whom", f.dependence()));
    out.add(new Section("Leverage each way", f.levers()));
    out.add(new Section("Largest levers", f.largestLevers()));
    out.add(new Section("Chokepoints", f.chokepoints()));
    out.add(new Section("What the events cost", f.events()));
    if (!run.data().network().totals().isEmpty()) {
      out.add(new Section("Against reported totals", f.totals()));
    }
    return out;
  }

  public static String markdown(AnalysisRun run) {
    FlowResult b = run.base();
    StringBuilder sb = new StringBuilder("# Findings: scenario " + b.snapshot().scenario() + " as of "
        + b.snapshot().asOf() + "\n\n" + scope(run) + "\n\n");
    for (Section s : of(run)) {
      sb.append("## ").append(s.heading()).append("\n\n");
      s.lines().forEach(l -> sb.append("- ").append(l).append('\n'));
      sb.append('\n');
    }
    sb.append("Money is in US dollars per year at the data set's prices; volumes per year. Method: docs/analyses.md.\n");
    return sb.toString();
  }

  /**
   * What every figure below is a figure of: the modelled network's, never presented as a country's total;
   * where totals.csv reports one, the findings set the modelled flow against it.
   */
  static String scope(AnalysisRun run) {
    var snap = run.base().snapshot();
    String focus = org.corridor.analysis.FocusPairs.derived(run.data())
        ? " The data set names no focus pairs, so the sections lead with the largest exporter of each commodity."
        : "";
    String totals = snap.network().totals().isEmpty() ? ", and it gives no reported national totals to compare with."
        : "; where the data set reports a national total for " + snap.asOf().getYear()
            + " (totals.csv), the modelled flow is set against it.";
    return "Scope: every volume, share and value below is that of the modelled network (" + snap.links().size()
        + " operating links, " + snap.network().nodes().size() + " nodes, " + snap.supply().size() + " supply rows),"
        + " not a national total: flows the data set does not model are not counted" + totals + focus;
  }

  private String name(String code) {
    var c = net.countries().get(code);
    return c == null ? code : c.name();
  }

  private String unit(String commodity) {
    return net.commodities().get(commodity).unit().symbol();
  }

  static String usd(double musd) {
    double a = Math.abs(musd);
    if (a >= 1000) {
      return String.format(Locale.ROOT, "USD %.2f bn", musd / 1000);
    }
    if (a >= 1) {
      return String.format(Locale.ROOT, "USD %.0f m", musd);
    }
    return String.format(Locale.ROOT, "USD %.2f m", musd);
  }

  static String pct(double share) {
    return String.format(Locale.ROOT, "%.0f%%", share * 100);
  }

  static String num(double v) {
    return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.2f", v);
  }

  private List<String> baseline() {
    FlowResult b = run.base();
    List<String> out = new ArrayList<>();
    double tariffs = org.corridor.analysis.Welfare.of(b).stream().mapToDouble(w -> w.tariffIncome()).sum();
    out.add(String.format(Locale.ROOT, "The scenario solves to an optimum: in the modelled network, shippers' "
        + "surplus is %s a year, plus %s of transit tariffs, over %d operating links.", usd(b.objective()), usd(tariffs), b.snapshot().links().size()));
    long bans = b.snapshot().transitRules().size() + b.snapshot().importRules().size() + b.snapshot().exportRules().size();
    out.add(b.snapshot().policies().size() + " dated policies or events are in force on " + b.snapshot().asOf()
        + ", " + bans + " of them bans.");
    return out;
  }

  private List<String> dependence() {
    List<String> out = new ArrayList<>();
    for (DataSet.Focus f : run.focus()) {
      List<DependencyShares.Row> rows = run.shares().stream()
          .filter(r -> r.exporter().equals(f.exporter()) && r.commodity().equals(f.commodity())).toList();
      if (rows.isEmpty()) {
        // No state is crossed or reached: the exports, if any, all go to region markets (the world market).
        double e = Coverage.modelled(run.base(), f.exporter(), f.commodity(), ReportedTotal.Flow.EXPORTS);
        out.add(e > 1e-9
            ? "In the modelled network, " + name(f.exporter()) + " exports " + num(e) + " " + unit(f.commodity()) + " of "
                + f.commodity() + " a year (" + against(Coverage.of(run.base(), f.exporter(), f.commodity(),
                ReportedTotal.Flow.EXPORTS), f.commodity()) + "), none of it crossing or reaching another state."
            : "In the modelled network, " + name(f.exporter()) + " exports no " + f.commodity() + " in this scenario.");
        continue;
      }
      double e = rows.get(0).exports();
      var reported = Coverage.of(run.base(), f.exporter(), f.commodity(), ReportedTotal.Flow.EXPORTS);
      DependencyShares.Row top = rows.stream().max((a, b) -> Double.compare(a.transitShare(), b.transitShare())).get();
      DependencyShares.Row chosen = f.transit() == null ? top : rows.stream()
          .filter(r -> r.country().equals(f.transit())).findFirst().orElse(null);
      String routes = String.join(", ", run.routes().stream()
          .filter(r -> r.exporter().equals(f.exporter()) && r.commodity().equals(f.commodity()))
          .sorted((a, b) -> Double.compare(b.share(), a.share()))
          .map(r -> r.route() + " " + pct(r.share())).toList());
      String crossing;
      if (chosen == null || chosen.transit() <= FlowResult.EPS) {
        crossing = f.transit() != null ? "none crosses " + name(f.transit())
            : "none crosses a third country on its way";
        crossing += "; it goes to " + String.join(", ", rows.stream().filter(r -> r.destination() > FlowResult.EPS)
            .map(r -> name(r.country()) + " " + pct(r.destinationShare())).toList());
      } else if (reported.isPresent()) {
        crossing = num(chosen.transit()) + " of " + name(f.exporter()) + "'s ~" + num(reported.get().reported()) + " "
            + unit(f.commodity()) + " of " + f.commodity() + " exports (" + reportedPct(chosen.transit(), reported.get())
            + ") cross " + name(chosen.country()) + " (" + pct(chosen.transitShare()) + " of the modelled exports)";
      } else {
        crossing = pct(chosen.transitShare()) + " (" + num(chosen.transit()) + " " + unit(f.commodity()) + ") cross "
            + name(chosen.country());
      }
      out.add("In the modelled network, " + name(f.exporter()) + " exports " + num(e) + " " + unit(f.commodity())
          + " of " + f.commodity() + " a year (" + against(reported, f.commodity()) + "): " + crossing + ". Routes: "
          + (routes.isEmpty() ? "none named" : routes) + ".");
    }
    return out;
  }

  /**
   * The modelled exports set against the reported total of the year: "12% of the reported ~70 Mt (2025,
   * actual); modelled exports cover under half of it", or today's wording when totals.csv has no row.
   */
  private String against(java.util.Optional<Coverage.Row> reported, String commodity) {
    if (reported.isEmpty()) {
      return "no reported national total to compare";
    }
    Coverage.Row r = reported.get();
    String share = r.coverage() == null ? "the reported total is 0" : pct(r.coverage()) + " of the reported ~"
        + num(r.reported()) + " " + unit(commodity) + " of " + r.year() + ", " + r.status();
    return share + (r.low() ? "; modelled exports cover under half of the reported total" : "")
        + (r.high() ? "; modelled exports exceed the reported total" : "");
  }

  private static String reportedPct(double part, Coverage.Row r) {
    return r.reported() > 0 ? pct(part / r.reported()) : "of a reported 0";
  }

  /**
   * Each country and commodity the lever lines name, against its reported exports of the year: the modelled
   * figure, the reported one and the coverage, or "no reported total".
   */
  private List<String> totals() {
    List<String> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.LinkedHashSet<>();
    run.focus().forEach(f -> seen.add(f.exporter() + "|" + f.commodity()));
    run.leverage().stream().filter(r -> !r.lever().equals("export")).forEach(r -> seen.add(r.target() + "|" + r.commodity()));
    int year = run.base().snapshot().asOf().getYear();
    for (String key : seen) {
      String[] cc = key.split("\\|");
      var row = Coverage.of(run.base(), cc[0], cc[1], ReportedTotal.Flow.EXPORTS);
      double modelled = row.map(Coverage.Row::modelled)
          .orElseGet(() -> Coverage.modelled(run.base(), cc[0], cc[1], ReportedTotal.Flow.EXPORTS));
      out.add(name(cc[0]) + ", " + cc[1] + " exports in " + year + ": " + num(modelled) + " " + unit(cc[1])
          + " modelled; " + row.map(r -> "reported ~" + num(r.reported()) + " " + unit(cc[1])
              + (r.year() != year ? " in " + r.year() + ", the latest year reported" : "") + " (" + r.status()
              + ", " + r.sources() + "), coverage " + (r.coverage() == null ? "undefined" : pct(r.coverage()))
              + (r.low() ? ": modelled exports cover " + pct(r.coverage()) + " of the reported total, under half" : "")
              + (r.high() ? ": modelled exports exceed the reported total (check the year basis and the inputs)" : ""))
          .orElse("no reported total") + ".");
    }
    return out;
  }

  private List<String> levers() {
    List<String> out = new ArrayList<>();
    List<String[]> pairs = new ArrayList<>();
    for (DataSet.Focus f : run.focus()) {
      String t = f.transit() != null ? f.transit() : mostCrossed(f);
      if (t != null && pairs.stream().noneMatch(p -> p[0].equals(f.exporter()) && p[1].equals(t)
          || p[0].equals(t) && p[1].equals(f.exporter()))) {
        pairs.add(new String[] {t, f.exporter()});
      }
    }
    for (String[] p : pairs) {
      for (String[] dir : new String[][] {p, {p[1], p[0]}}) {
        List<Leverage.Row> rows = run.leverage().stream()
            .filter(r -> r.actor().equals(dir[0]) && r.target().equals(dir[1])).toList();
        if (rows.isEmpty()) {
          out.add(name(dir[0]) + " has no lever over " + name(dir[1]) + " in this scenario: none of "
              + name(dir[1]) + "'s trade crosses, enters or comes from it.");
        }
        rows.stream().sorted((a, b) -> Double.compare(b.targetLoss(), a.targetLoss())).forEach(r -> out.add(lever(r)));
      }
    }
    if (out.isEmpty()) {
      out.add("None of the focus exports crosses a third country, so there is no transit pair to weigh; the "
          + "leverage table lists every lever.");
    }
    return out;
  }

  /** The country the focus pair's exports cross most, or null when they cross none. */
  private String mostCrossed(DataSet.Focus f) {
    return run.shares().stream().filter(r -> r.exporter().equals(f.exporter()) && r.commodity().equals(f.commodity())
        && r.transit() > FlowResult.EPS).max(java.util.Comparator.comparingDouble(DependencyShares.Row::transitShare))
        .map(DependencyShares.Row::country).orElse(null);
  }

  private String lever(Leverage.Row r) {
    if (!r.solved()) {
      return String.format(Locale.ROOT, "%s over %s, %s lever on %s: the re-solve ended %s, so this lever has no "
          + "figures.", name(r.actor()), name(r.target()), r.lever(), r.commodity(), r.status());
    }
    String how = switch (r.lever()) {
      case "transit" -> "denying transit to";
      case "import" -> "banning imports of";
      default -> "banning exports to " + name(r.target()) + " of";
    };
    String object = r.lever().equals("export") ? r.commodity() : name(r.target()) + "'s " + r.commodity();
    String exposure = r.lever().equals("export")
        ? pct(r.sensitivityShare()) + " of " + name(r.target()) + "'s modelled " + r.commodity() + " imports come from " + name(r.actor())
        : pct(r.sensitivityShare()) + " of " + name(r.target()) + "'s modelled " + r.commodity() + " exports (" + usd(r.sensitivityValue())
            + ") are exposed";
    return String.format(Locale.ROOT, "%s over %s, %s %s: %s; after rerouting %s is lost (%s %s, %s of sales), "
            + "%s re-routed; %s would %s a year, %s would %s.",
        name(r.actor()), name(r.target()), how, object, exposure, pct(r.vulnerabilityShare()), num(r.lostVolume()),
        unit(r.commodity()), usd(r.lostValue()), pct(r.reroutableShare()), name(r.target()),
        change(r.targetLoss(), "lose"), name(r.actor()), change(r.actorCost(), "give up"));
  }

  /** "lose USD 3 m", or "gain USD 3 m" when the loss is negative. */
  private static String change(double loss, String verb) {
    return loss < -0.5 ? "gain " + usd(-loss) : verb + " " + usd(Math.max(0, loss));
  }

  private List<String> largestLevers() {
    List<String> out = new ArrayList<>();
    run.leverageTotals().stream().filter(t -> t.unsolved() == 0).limit(5).forEach(t -> out.add(String.format(
        Locale.ROOT, "%s over %s (%s): %s would lose %s a year in the modelled network; the reverse lever is worth %s.",
        name(t.actor()), name(t.target()), t.lever(), name(t.target()), usd(t.targetLoss()), usd(t.reverseLoss()))));
    long unsolved = run.leverage().stream().filter(r -> !r.solved()).count();
    if (unsolved > 0) {
      out.add(unsolved + " leverage cases did not solve to an optimum; the levers they belong to are left out "
          + "here and shown as not optimal in leverage.csv.");
    }
    if (out.isEmpty()) {
      out.add("No country can hurt another by a single ban in this scenario.");
    }
    return out;
  }

  private List<String> chokepoints() {
    List<String> out = new ArrayList<>();
    run.chokepoints().ranking().stream().filter(Chokepoints.Row::optimal).limit(6).forEach(r -> out.add(String.format(
        Locale.ROOT, "Closing %s %s costs %s a year in total in the modelled network%s.", r.element(), label(r),
        usd(r.welfareLoss()),
        r.biggestLoser() == null ? "" : "; " + name(r.biggestLoser()) + " loses most (" + usd(r.biggestLoss()) + ")")));
    run.base().capacityPrices().stream().filter(c -> c.shadowPrice() > FlowResult.EPS).limit(3).forEach(c -> out.add(
        String.format(Locale.ROOT, "One more %s a year of %s %s would be worth %s a year.",
            c.capacityUnit().replace("/yr", ""), c.shipper() == null ? "capacity on " + c.element()
                : (net.countries().containsKey(c.shipper()) ? name(c.shipper()) : c.shipper()) + "'s quota on link",
            c.id() + (c.commodity() == null ? "" : " (" + c.commodity() + ")"), usd(c.shadowPrice()))));
    long failed = run.chokepoints().ranking().stream().filter(r -> r.solved() && !r.optimal()).count();
    if (failed > 0) {
      out.add(failed + " closures did not solve to an optimum; they are listed as not optimal in chokepoints.csv, "
          + "never as a loss.");
    }
    long skipped = run.chokepoints().ranking().stream().filter(r -> !r.solved()).count();
    out.add(skipped + " links, nodes or countries carry no flow in the baseline; closing them changes nothing, "
        + "so they were not re-solved.");
    return out;
  }

  private String label(Chokepoints.Row r) {
    if (r.element().equals(Chokepoints.Element.LINK.label())) {
      var l = net.links().get(r.id());
      return r.id() + (l.name() == null ? "" : " (" + l.name() + ")");
    }
    if (r.element().equals(Chokepoints.Element.COUNTRY.label())) {
      return name(r.id()) + " to transit";
    }
    return r.id() + " (" + net.nodes().get(r.id()).name() + ")";
  }

  /**
   * For the analysed scenario, its costliest policies; for the other scenarios, in date order, the
   * policies they have that the analysed one does not (their own bans and events), each policy once.
   */
  private List<String> events() {
    List<String> out = new ArrayList<>();
    String analysed = run.base().snapshot().scenario();
    java.util.Set<String> seen = new java.util.HashSet<>();
    run.base().snapshot().policies().forEach(p -> seen.add(p.id()));
    run.eventCosts().getOrDefault(analysed, List.of()).stream().filter(r -> Math.abs(r.totalCost()) >= 0.5).limit(3)
        .forEach(r -> out.add(event(analysed, r)));
    run.eventCosts().entrySet().stream().filter(e -> !e.getKey().equals(analysed))
        .sorted(java.util.Comparator.comparing(e -> e.getValue().isEmpty() ? "" : e.getValue().get(0).date()))
        .forEach(e -> e.getValue().stream().filter(r -> Math.abs(r.totalCost()) >= 0.5 && seen.add(r.policy()))
            .limit(3).forEach(r -> out.add(event(e.getKey(), r))));
    if (out.isEmpty()) {
      out.add("No policy in force in any scenario changes welfare by half a million dollars or more.");
    }
    long unsolved = run.eventCosts().values().stream().flatMap(List::stream).filter(r -> Double.isNaN(r.totalCost()))
        .count();
    if (unsolved > 0) {
      out.add(unsolved + " event re-solves did not reach an optimum; event-costs.csv shows them as not optimal.");
    }
    return out;
  }

  private String event(String scenario, org.corridor.analysis.PolicyCosts.Row r) {
    return String.format(Locale.ROOT, "%s (scenario %s, %s): %s %s a year in the modelled network%s%s%s.", r.policy(), scenario,
        r.date(), r.totalCost() >= 0 ? "costs" : "saves", usd(Math.abs(r.totalCost())),
        r.biggestLoser() == null ? "" : "; " + name(r.biggestLoser()) + " loses " + usd(r.biggestLoss()),
        r.biggestWinner() == null ? "" : ", " + name(r.biggestWinner()) + " gains " + usd(r.biggestGain()),
        r.stranded().isEmpty() ? "" : "; stranded " + r.stranded());
  }
}
