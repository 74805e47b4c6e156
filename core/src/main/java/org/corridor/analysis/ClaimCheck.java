package org.corridor.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
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
 * per period (the year of the date the claim is evaluated on).
 */
public final class ClaimCheck {
  /**
   * One claim: {@code expected} and {@code value} in {@code unit} (share, or the commodity's unit per year);
   * {@code passThrough} names the bounds a test claim echoes, or is empty.
   */
  public record Row(String claim, String kind, String period, String scenario, LocalDate asOf, String metric,
      String subject, String expected, double value, String unit, boolean pass, String passThrough, String text,
      String sources) {}

  /** Claims of one kind and period ({@code all} for every period): how many, how many pass, how many echo a bound. */
  public record Group(String kind, String period, int claims, int passed, double passRate, int passThrough) {}

  /** The claims evaluated on one scenario at one date: one solve. */
  public record Case(Snapshot snapshot, List<Claim> claims) {}

  private record Raise(int caseIndex, PassThrough.Bound bound) {}

  /** Period of the claims evaluated on every date: the groups' totals. */
  public static final String ALL = "all";

  private ClaimCheck() {}

  /**
   * The claims grouped by the scenario and date they are evaluated on, in order of first appearance.
   * {@code scenario} non-null replaces each claim's own; {@code resolve} maps a scenario name (null: the
   * default) and a date (null: the scenario's) to its snapshot.
   */
  public static List<Case> cases(List<Claim> claims, String scenario,
      BiFunction<String, LocalDate, Snapshot> resolve) {
    Map<String, List<Claim>> byKey = new LinkedHashMap<>();
    Map<String, Snapshot> snapshots = new LinkedHashMap<>();
    for (Claim c : claims) {
      String name = scenario != null ? scenario : c.scenario();
      String key = name + "@" + c.date();
      snapshots.computeIfAbsent(key, k -> resolve.apply(name, c.date()));
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
    }
    List<Case> out = new ArrayList<>();
    byKey.forEach((k, cs) -> out.add(new Case(snapshots.get(k), List.copyOf(cs))));
    return out;
  }

  /** Solves every case: one sweep over the scenarios and dates, results in the order of the cases. */
  public static List<FlowResult> solve(List<Case> cases, SweepRunner runner) {
    return runner.run(Sweep.of("claims", cases, c -> Sweep.Variant.of(c.snapshot()), (c, r) -> r));
  }

  /**
   * A row per claim, calibration claims first, then by period and file order. {@code bases} are the
   * optimal solutions of {@code cases}; each bound that may carry a test claim is raised in its own re-solve,
   * one sweep for all of them.
   */
  public static List<Row> rows(List<Case> cases, List<FlowResult> bases, SweepRunner runner) {
    Map<Claim, Set<PassThrough.Bound>> touching = new LinkedHashMap<>();
    List<Raise> raises = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      Set<PassThrough.Bound> all = new java.util.TreeSet<>();
      for (Claim c : cases.get(i).claims()) {
        if (c.kind() == Claim.Kind.TEST) {
          Set<PassThrough.Bound> bs = PassThrough.touching(c, bases.get(i));
          touching.put(c, bs);
          all.addAll(bs);
        }
      }
      for (PassThrough.Bound b : all) {
        raises.add(new Raise(i, b));
      }
    }
    List<Map<Claim, Double>> raisedValues = runner.run(Sweep.of("pass-through", raises,
        x -> Sweep.Variant.of(PassThrough.raised(cases.get(x.caseIndex()).snapshot(), x.bound())),
        (x, r) -> {
          Map<Claim, Double> values = new LinkedHashMap<>();
          for (Claim c : cases.get(x.caseIndex()).claims()) {
            if (r.isOptimal() && touching.getOrDefault(c, Set.of()).contains(x.bound())) {
              values.put(c, value(c, r));
            }
          }
          return values;
        }));
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < cases.size(); i++) {
      FlowResult r = bases.get(i);
      for (Claim c : cases.get(i).claims()) {
        double v = value(c, r);
        Map<PassThrough.Bound, Double> moved = new TreeMap<>();
        for (int k = 0; k < raises.size(); k++) {
          if (raises.get(k).caseIndex() == i && raisedValues.get(k).containsKey(c)) {
            moved.put(raises.get(k).bound(), raisedValues.get(k).get(c));
          }
        }
        rows.add(new Row(c.id(), c.kind().label(), period(r), r.snapshot().scenario(), r.snapshot().asOf(), c.metric(),
            subject(c), c.expectText(), v, unit(c, r), c.accepts(v), PassThrough.flagged(v, moved), c.text(),
            c.sources().toString()));
      }
    }
    Map<String, Integer> line = new LinkedHashMap<>();
    cases.forEach(cs -> cs.claims().forEach(c -> line.put(c.id(), c.line())));
    rows.sort(Comparator.comparing((Row x) -> x.kind().equals(Claim.Kind.TEST.label()))
        .thenComparing(Row::period).thenComparing(x -> line.get(x.claim())));
    return rows;
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

  /** The calendar year of the date the claim is evaluated on. */
  private static String period(FlowResult r) {
    return String.valueOf(r.snapshot().asOf().getYear());
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

  /** Shares are shares; volumes are in the claim's commodity unit, or the one unit of the link's commodities. */
  static String unit(Claim c, FlowResult r) {
    if (c.metric().endsWith("_share")) {
      return "share";
    }
    var net = r.snapshot().network();
    if (c.commodity() != null) {
      return net.unitOf(c.commodity()).perYear();
    }
    var link = net.links().get(c.link());
    List<String> units = link == null ? List.of()
        : link.commodities().stream().map(x -> net.unitOf(x).perYear()).distinct().toList();
    return units.size() == 1 ? units.get(0) : "mixed units/yr";
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
