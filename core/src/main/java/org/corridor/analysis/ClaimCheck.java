package org.corridor.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.corridor.model.Claim;
import org.corridor.policy.Snapshot;
import org.corridor.solve.FlowResult;
import org.corridor.solve.Sweep;
import org.corridor.solve.SweepRunner;

/**
 * Evaluates sourced claims against solved scenarios. Each metric is one of the analyses, so a claim
 * checks the same number a user would read:
 * <ul>
 *   <li>{@code transit_share}: τ(exporter, transit, commodity) of {@link DependencyShares};</li>
 *   <li>{@code route_share}: ρ(exporter, corridor, commodity) of {@link RouteShares};</li>
 *   <li>{@code link_flow}: flow on the link, all classes or those of {@code origin}/{@code commodity};</li>
 *   <li>{@code corridor_flow}: exports of every origin that used the corridor (Σ_X ρ·E);</li>
 *   <li>{@code exports}: E, the exporter's deliveries to markets outside it;</li>
 *   <li>{@code delivered}: deliveries at a market country or node, optionally of one origin.</li>
 * </ul>
 * Claims of one scenario and date share one solve ({@link Case}); every {@code test} claim is then asked
 * whether it only echoes a bound ({@link PassThrough}). Calibration and test claims are counted apart,
 * per period (the year of the date the claim is evaluated on, or the claim's {@code period}).
 *
 * <p>A claim with a {@code period} is checked on the period's volumes: its scenario is cut at every change day
 * and each sub-period i solved on its first day ({@link PeriodVolumes}); a volume metric is Σ_i v_i · years_i
 * (in the commodity's unit, not per year) and a share the ratio of integrated volumes,
 * Σ_i part_i · years_i / Σ_i exports_i · years_i. Claims of one scenario and period share those solves. For
 * pass-through, each bound is raised on every sub-period where it binds and touches the claim, and the
 * integrated value's elasticity is read as for a rate: a period claim is an echo when the whole period's
 * volume moves one for one with that input.
 */
public final class ClaimCheck {
  /**
   * One claim: {@code expected} and {@code value} in {@code unit} (share, the commodity's unit per year, or
   * for a period claim its unit); {@code asOf} is empty for a period claim; {@code passThrough} names the bounds a
   * test claim echoes, or is empty.
   */
  public record Row(String claim, String kind, String period, String scenario, LocalDate asOf, String metric,
      String subject, String expected, double value, String unit, boolean pass, String passThrough, String text,
      String sources) {}

  /** Claims of one kind and period ({@code all} for every period): how many, how many pass, how many echo a bound. */
  public record Group(String kind, String period, int claims, int passed, double passRate, int passThrough) {}

  /**
   * The claims evaluated on one scenario at one date (one snapshot, {@code parts} null) or over one period (a
   * snapshot per sub-period of {@code parts}); {@code period} labels it in outputs.
   */
  public record Case(String period, List<PeriodVolumes.SubPeriod> parts, List<Snapshot> snapshots,
      List<Claim> claims) {
    public Case {
      parts = parts == null ? null : List.copyOf(parts);
      snapshots = List.copyOf(snapshots);
      claims = List.copyOf(claims);
    }

    /** The first (for a date: the only) snapshot. */
    public Snapshot snapshot() {
      return snapshots.get(0);
    }

    public boolean overPeriod() {
      return parts != null;
    }
  }

  private record Raise(int caseIndex, int part, PassThrough.Bound bound) {}

  private record Solve(int caseIndex, Snapshot snapshot) {}

  /** Period of the claims evaluated on every date: the groups' totals. */
  public static final String ALL = "all";

  private ClaimCheck() {}

  /**
   * The claims grouped by the scenario and date, or scenario and period, they are evaluated on, in order of
   * first appearance. {@code scenario} non-null replaces each claim's own; {@code resolve} maps a scenario name
   * (null: the default) and a date (null: the scenario's) to its snapshot; {@code changes} gives a scenario's
   * change days, where a period is cut.
   */
  public static List<Case> cases(List<Claim> claims, String scenario,
      BiFunction<String, LocalDate, Snapshot> resolve, Function<String, SortedSet<LocalDate>> changes) {
    Map<String, List<Claim>> byKey = new LinkedHashMap<>();
    for (Claim c : claims) {
      String name = scenario != null ? scenario : c.scenario();
      String key = c.period() != null ? name + "~" + c.period() : name + "@" + c.date();
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
    }
    List<Case> out = new ArrayList<>();
    byKey.forEach((k, cs) -> {
      Claim c = cs.get(0);
      String name = scenario != null ? scenario : c.scenario();
      if (c.period() == null) {
        Snapshot s = resolve.apply(name, c.date());
        out.add(new Case(String.valueOf(s.asOf().getYear()), null, List.of(s), cs));
        return;
      }
      List<PeriodVolumes.SubPeriod> parts = PeriodVolumes.cut(c.period().from(), c.period().to(),
          changes.apply(name));
      out.add(new Case(c.period().toString(), parts, parts.stream().map(p -> resolve.apply(name, p.from())).toList(),
          cs));
    });
    return out;
  }

  /** Solves every case: one sweep over all snapshots of all cases; per case, its results in order. */
  public static List<List<FlowResult>> solve(List<Case> cases, SweepRunner runner) {
    List<Solve> all = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      for (Snapshot s : cases.get(i).snapshots()) {
        all.add(new Solve(i, s));
      }
    }
    List<FlowResult> solved = runner.run(Sweep.of("claims", all, x -> Sweep.Variant.of(x.snapshot()), (x, r) -> r));
    List<List<FlowResult>> out = new ArrayList<>();
    cases.forEach(c -> out.add(new ArrayList<>()));
    for (int k = 0; k < all.size(); k++) {
      out.get(all.get(k).caseIndex()).add(solved.get(k));
    }
    return out;
  }

  /**
   * A row per claim, calibration claims first, then by period and file order. {@code bases} are the
   * optimal solutions of {@code cases} ({@link #solve}); each bound that may carry a test claim is raised in its
   * own re-solve (on each sub-period where it may), one sweep for all of them.
   */
  public static List<Row> rows(List<Case> cases, List<List<FlowResult>> bases, SweepRunner runner) {
    // Per test claim and part, the bounds that bind and touch it there.
    Map<Claim, List<Set<PassThrough.Bound>>> touching = new LinkedHashMap<>();
    List<Raise> raises = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      List<FlowResult> rs = bases.get(i);
      List<Set<PassThrough.Bound>> perPart = new ArrayList<>();
      rs.forEach(r -> perPart.add(new TreeSet<>()));
      for (Claim c : cases.get(i).claims()) {
        if (c.kind() == Claim.Kind.TEST) {
          List<Set<PassThrough.Bound>> bs = new ArrayList<>();
          for (int j = 0; j < rs.size(); j++) {
            bs.add(PassThrough.touching(c, rs.get(j)));
            perPart.get(j).addAll(bs.get(j));
          }
          touching.put(c, bs);
        }
      }
      Set<PassThrough.Bound> all = new TreeSet<>();
      perPart.forEach(all::addAll);
      for (PassThrough.Bound b : all) {
        for (int j = 0; j < rs.size(); j++) {
          if (perPart.get(j).contains(b)) {
            raises.add(new Raise(i, j, b));
          }
        }
      }
    }
    List<Map<Claim, double[]>> raisedMeasures = runner.run(Sweep.of("pass-through", raises,
        x -> Sweep.Variant.of(PassThrough.raised(cases.get(x.caseIndex()).snapshots().get(x.part()), x.bound())),
        (x, r) -> {
          Map<Claim, double[]> values = new LinkedHashMap<>();
          Case cs = cases.get(x.caseIndex());
          for (Claim c : cs.claims()) {
            if (touching.containsKey(c) && touching.get(c).get(x.part()).contains(x.bound())) {
              values.put(c, r.isOptimal() ? measure(c, r, cs.overPeriod()) : null);
            }
          }
          return values;
        }));
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Case cs = cases.get(i);
      List<FlowResult> rs = bases.get(i);
      List<double[]> base = new ArrayList<>();
      for (Claim c : cs.claims()) {
        base.clear();
        rs.forEach(r -> base.add(measure(c, r, cs.overPeriod())));
        double v = combine(c, cs, base);
        Map<PassThrough.Bound, Double> moved = new TreeMap<>();
        if (touching.containsKey(c)) {
          Map<PassThrough.Bound, List<double[]>> raised = new TreeMap<>();
          for (int k = 0; k < raises.size(); k++) {
            Raise x = raises.get(k);
            if (x.caseIndex() == i && raisedMeasures.get(k).containsKey(c)) {
              raised.computeIfAbsent(x.bound(), b -> new ArrayList<>(base)).set(x.part(), raisedMeasures.get(k).get(c));
            }
          }
          // A bound raised in a case that did not solve is skipped (docs/analyses.md, limit 4).
          raised.forEach((b, ms) -> moved.put(b, ms.contains(null) ? null : combine(c, cs, ms)));
        }
        FlowResult r = rs.get(0);
        rows.add(new Row(c.id(), c.kind().label(), cs.period(), r.snapshot().scenario(),
            cs.overPeriod() ? null : r.snapshot().asOf(), c.metric(), subject(c), c.expectText(), v,
            unit(c, r, cs.overPeriod()), c.accepts(v), PassThrough.flagged(v, moved), c.text(), c.sources().toString()));
      }
    }
    Map<String, Integer> line = new LinkedHashMap<>();
    cases.forEach(cs -> cs.claims().forEach(c -> line.put(c.id(), c.line())));
    rows.sort(Comparator.comparing((Row x) -> x.kind().equals(Claim.Kind.TEST.label()))
        .thenComparing(Row::period).thenComparing(x -> line.get(x.claim())));
    return rows;
  }

  /**
   * What one solve contributes to a claim: on a date, {value}; over a period, {rate} for a volume metric and
   * {part, exports} (the share's two volumes, per year) for a share.
   */
  static double[] measure(Claim c, FlowResult r, boolean overPeriod) {
    if (!overPeriod) {
      return new double[] {value(c, r)};
    }
    return switch (c.metric()) {
      case "transit_share" -> DependencyShares.of(r, c.exporter(), c.commodity()).stream()
          .filter(x -> x.country().equals(c.transit())).findFirst()
          .map(x -> new double[] {x.transit(), x.exports()})
          .orElse(new double[] {0, new Outcome(r).exports(c.exporter(), c.commodity())});
      case "route_share" -> {
        double part = 0;
        double exports = new Outcome(r).exports(c.exporter(), c.commodity());
        for (RouteShares.Row x : RouteShares.of(r, c.exporter(), c.commodity())) {
          exports = x.exports();
          part += x.route().equals(c.corridor()) ? x.volume() : 0;
        }
        yield new double[] {part, exports};
      }
      default -> new double[] {value(c, r)};
    };
  }

  /** The claim's value from its case's measures: the one on a date, or the period's volume or share of volumes. */
  private static double combine(Claim c, Case cs, List<double[]> ms) {
    if (!cs.overPeriod()) {
      return ms.get(0)[0];
    }
    double num = 0;
    double den = 0;
    for (int j = 0; j < ms.size(); j++) {
      double y = cs.parts().get(j).years();
      num += ms.get(j)[0] * y;
      den += ms.get(j).length > 1 ? ms.get(j)[1] * y : 0;
    }
    return c.metric().endsWith("_share") ? Exports.ratio(num, den) : num;
  }

  /** Counts per kind and period, then per kind over every period ({@value #ALL}); kinds without claims are left out. */
  public static List<Group> groups(List<Row> rows) {
    List<Group> out = new ArrayList<>();
    for (Claim.Kind kind : Claim.Kind.values()) {
      Map<String, List<Row>> byPeriod = new TreeMap<>();
      rows.stream().filter(x -> x.kind().equals(kind.label()))
          .forEach(x -> byPeriod.computeIfAbsent(x.period(), k -> new ArrayList<>()).add(x));
      if (byPeriod.isEmpty()) {
        continue;
      }
      byPeriod.forEach((p, rs) -> out.add(group(kind, p, rs)));
      out.add(group(kind, ALL, byPeriod.values().stream().flatMap(List::stream).toList()));
    }
    return out;
  }

  private static Group group(Claim.Kind kind, String period, List<Row> rs) {
    int passed = (int) rs.stream().filter(Row::pass).count();
    int echoes = (int) rs.stream().filter(x -> !x.passThrough().isEmpty()).count();
    return new Group(kind.label(), period, rs.size(), passed, (double) passed / rs.size(), echoes);
  }

  static double value(Claim c, FlowResult r) {
    return switch (c.metric()) {
      case "transit_share" -> DependencyShares.of(r, c.exporter(), c.commodity()).stream()
          .filter(x -> x.country().equals(c.transit())).mapToDouble(DependencyShares.Row::transitShare).sum();
      case "route_share" -> RouteShares.of(r, c.exporter(), c.commodity()).stream()
          .filter(x -> x.route().equals(c.corridor())).mapToDouble(RouteShares.Row::share).sum();
      case "link_flow" -> r.flows().stream().filter(f -> f.link().equals(c.link()))
          .filter(f -> c.origin() == null || f.origin().equals(c.origin()))
          .filter(f -> c.commodity() == null || f.commodity().equals(c.commodity()))
          .mapToDouble(FlowResult.LinkFlow::quantity).sum();
      case "corridor_flow" -> corridorFlow(c, r);
      case "exports" -> new Outcome(r).exports(c.exporter(), c.commodity());
      case "delivered" -> r.deliveries().stream().filter(d -> d.commodity().equals(c.commodity()))
          .filter(d -> d.country().equals(c.market()) || d.node().equals(c.market()))
          .filter(d -> c.origin() == null || d.origin().equals(c.origin()))
          .mapToDouble(FlowResult.Delivery::quantity).sum();
      default -> throw new IllegalArgumentException("unknown metric " + c.metric());
    };
  }

  /**
   * Shares are shares; volumes are in the claim's commodity unit, or the one unit of the link's commodities, per
   * year on a date and as a volume ({@code Mt}) over a period.
   */
  static String unit(Claim c, FlowResult r, boolean overPeriod) {
    if (c.metric().endsWith("_share")) {
      return "share";
    }
    var net = r.snapshot().network();
    Function<String, String> unit = x -> overPeriod ? net.unitOf(x).symbol() : net.unitOf(x).perYear();
    if (c.commodity() != null) {
      return unit.apply(c.commodity());
    }
    var link = net.links().get(c.link());
    List<String> units = link == null ? List.of() : link.commodities().stream().map(unit).distinct().toList();
    return units.size() == 1 ? units.get(0) : overPeriod ? "mixed units" : "mixed units/yr";
  }

  private static double corridorFlow(Claim c, FlowResult r) {
    double v = 0;
    for (String origin : origins(r, c.commodity())) {
      v += RouteShares.of(r, origin, c.commodity()).stream().filter(x -> x.route().equals(c.corridor()))
          .mapToDouble(RouteShares.Row::volume).sum();
    }
    return v;
  }

  private static List<String> origins(FlowResult r, String commodity) {
    return r.supplies().stream().filter(s -> s.commodity().equals(commodity)).map(FlowResult.SupplyUse::origin)
        .distinct().toList();
  }

  private static String subject(Claim c) {
    List<String> parts = new ArrayList<>();
    for (String p : new String[] {c.exporter(), c.transit() == null ? null : "via " + c.transit(), c.corridor(), c.link(),
        c.market() == null ? null : "at " + c.market(), c.origin() == null ? null : "from " + c.origin(), c.commodity()}) {
      if (p != null) {
        parts.add(p);
      }
    }
    return String.join(" ", parts);
  }
}
