package org.corridor.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.corridor.model.Link;
import org.corridor.model.Membership;
import org.corridor.policy.Policy;
import org.corridor.policy.Snapshot;
import org.corridor.solve.FlowResult;

/**
 * What differs between two solved scenarios, or one scenario at two dates (the structural diff PyPSA
 * users ask for in issue #1627): first the inputs (policies in force, links and their capacities, costs
 * and tariffs, bloc memberships on the date, supply and demand), then the results (flows, welfare per
 * country, stranded supply, export shares), and a ranking of every result change by its size in MUSD
 * (volumes are valued at the commodity's default value).
 */
public final class ScenarioDiff {
  /** One changed input: what, which, and the two values as text. */
  public record InputChange(String kind, String key, String before, String after) {}

  /**
   * One changed result: {@code before}, {@code after} and {@code delta} in {@code unit} (Mt/yr for volumes,
   * USD m/yr for welfare, share for shares); {@code deltaValue} is the change valued in USD m/yr.
   */
  public record ResultChange(String kind, String key, String unit, double before, double after, double delta,
      double deltaValue) {}

  public record Result(String before, String after, List<InputChange> inputs, List<ResultChange> results) {
    /** The result changes ranked by |Δ value|, largest first. */
    public List<ResultChange> top(int n) {
      return results.stream().sorted(Comparator.comparingDouble((ResultChange r) -> -Math.abs(r.deltaValue())))
          .limit(n).toList();
    }
  }

  private ScenarioDiff() {}

  public static Result of(FlowResult a, FlowResult b) {
    List<InputChange> inputs = new ArrayList<>();
    policies(a.snapshot(), b.snapshot(), inputs);
    links(a.snapshot(), b.snapshot(), inputs);
    memberships(a.snapshot(), b.snapshot(), inputs);
    quantities(a.snapshot(), b.snapshot(), inputs);
    List<ResultChange> results = new ArrayList<>();
    flows(a, b, results);
    welfare(a, b, results);
    stranded(a, b, results);
    shares(a, b, results);
    String na = a.snapshot().scenario() + " @ " + a.snapshot().asOf();
    String nb = b.snapshot().scenario() + " @ " + b.snapshot().asOf();
    return new Result(na, nb, inputs, results);
  }

  private static void policies(Snapshot a, Snapshot b, List<InputChange> out) {
    Map<String, Policy> pa = new LinkedHashMap<>();
    Map<String, Policy> pb = new LinkedHashMap<>();
    a.policies().forEach(p -> pa.put(p.id(), p));
    b.policies().forEach(p -> pb.put(p.id(), p));
    pa.forEach((id, p) -> {
      if (!pb.containsKey(id)) {
        out.add(new InputChange("policy", id, describe(p), "(not in force)"));
      }
    });
    pb.forEach((id, p) -> {
      if (!pa.containsKey(id)) {
        out.add(new InputChange("policy", id, "(not in force)", describe(p)));
      } else if (!pa.get(id).equals(p)) {
        out.add(new InputChange("policy", id, describe(pa.get(id)), describe(p)));
      }
    });
  }

  private static String describe(Policy p) {
    return p.kind() + (p.description() == null || p.description().isBlank() ? "" : ": " + p.description());
  }

  private static void links(Snapshot a, Snapshot b, List<InputChange> out) {
    Map<String, Link> la = new LinkedHashMap<>();
    Map<String, Link> lb = new LinkedHashMap<>();
    a.links().forEach(l -> la.put(l.id(), l));
    b.links().forEach(l -> lb.put(l.id(), l));
    Set<String> ids = new LinkedHashSet<>(la.keySet());
    ids.addAll(lb.keySet());
    for (String id : ids) {
      Link x = la.get(id);
      Link y = lb.get(id);
      if (x == null || y == null) {
        out.add(new InputChange("link", id, x == null ? "(not operating)" : "operating", y == null ? "(not operating)" : "operating"));
        continue;
      }
      field(out, id, "capacity", x.capacity(), y.capacity());
      field(out, id, "cost", x.cost(), y.cost());
      field(out, id, "tariff", x.tariff(), y.tariff());
    }
  }

  private static void field(List<InputChange> out, String id, String name, double x, double y) {
    if (Math.abs(x - y) > 1e-9) {
      out.add(new InputChange("link " + name, id, fmt(x), fmt(y)));
    }
  }

  private static void memberships(Snapshot a, Snapshot b, List<InputChange> out) {
    Set<String> ma = members(a);
    Set<String> mb = members(b);
    ma.stream().filter(m -> !mb.contains(m)).forEach(m -> out.add(new InputChange("membership", m, "member", "not a member")));
    mb.stream().filter(m -> !ma.contains(m)).forEach(m -> out.add(new InputChange("membership", m, "not a member", "member")));
  }

  private static Set<String> members(Snapshot s) {
    Set<String> out = new LinkedHashSet<>();
    for (Membership m : s.network().memberships()) {
      if (m.isMemberOn(s.asOf())) {
        out.add(m.bloc() + ":" + m.country());
      }
    }
    return out;
  }

  private static void quantities(Snapshot a, Snapshot b, List<InputChange> out) {
    for (int i = 0; i < Math.min(a.supply().size(), b.supply().size()); i++) {
      var x = a.supply().get(i);
      var y = b.supply().get(i);
      if (Objects.equals(x.node(), y.node()) && Math.abs(x.quantity() - y.quantity()) > 1e-9) {
        out.add(new InputChange("supply", x.node() + "/" + x.commodity(), fmt(x.quantity()), fmt(y.quantity())));
      }
    }
    for (int i = 0; i < Math.min(a.demand().size(), b.demand().size()); i++) {
      var x = a.demand().get(i);
      var y = b.demand().get(i);
      if (Objects.equals(x.node(), y.node()) && Math.abs(x.quantity() - y.quantity()) > 1e-9) {
        out.add(new InputChange("demand", x.node() + "/" + x.commodity(), fmt(x.quantity()), fmt(y.quantity())));
      }
    }
  }

  private static void flows(FlowResult a, FlowResult b, List<ResultChange> out) {
    Map<String, double[]> m = new LinkedHashMap<>();
    Map<String, String> commodityOf = new HashMap<>();
    a.flows().forEach(f -> add(m, commodityOf, f, 0));
    b.flows().forEach(f -> add(m, commodityOf, f, 1));
    var net = a.snapshot().network();
    m.forEach((key, v) -> {
      String c = commodityOf.get(key);
      change(out, "flow", key, net.unitOf(c).perYear(), v[0], v[1], net.commodities().get(c).value());
    });
  }

  private static void add(Map<String, double[]> m, Map<String, String> commodityOf, FlowResult.LinkFlow f, int side) {
    String key = f.link() + " " + f.from() + "→" + f.to() + " " + f.commodity() + " from " + f.origin();
    m.computeIfAbsent(key, k -> new double[2])[side] += f.quantity();
    commodityOf.put(key, f.commodity());
  }

  private static void welfare(FlowResult a, FlowResult b, List<ResultChange> out) {
    Outcome oa = new Outcome(a);
    Outcome ob = new Outcome(b);
    Set<String> countries = new LinkedHashSet<>(a.snapshot().network().countries().keySet());
    for (String c : countries) {
      change(out, "welfare", c, "USD m/yr", oa.welfare(c), ob.welfare(c), 1);
    }
  }

  private static void stranded(FlowResult a, FlowResult b, List<ResultChange> out) {
    Map<String, double[]> m = new LinkedHashMap<>();
    StrandedSupply.of(a).forEach(s -> m.computeIfAbsent(s.origin() + " " + s.commodity(), k -> new double[2])[0] += s.stranded());
    StrandedSupply.of(b).forEach(s -> m.computeIfAbsent(s.origin() + " " + s.commodity(), k -> new double[2])[1] += s.stranded());
    var net = a.snapshot().network();
    m.forEach((k, v) -> {
      var c = net.commodities().get(k.substring(k.indexOf(' ') + 1));
      change(out, "stranded", k, c.unit().perYear(), v[0], v[1], c.value());
    });
  }

  /** Transit and destination shares of every exporter: a share change is valued on the exporter's export value. */
  private static void shares(FlowResult a, FlowResult b, List<ResultChange> out) {
    Outcome oa = new Outcome(a);
    Set<String> pairs = new LinkedHashSet<>();
    var net = a.snapshot().network();
    a.snapshot().supply().forEach(s -> pairs.add(net.countryOf(s.node()) + "|" + s.commodity()));
    for (String p : pairs) {
      String[] xc = p.split("\\|");
      Map<String, double[]> m = new LinkedHashMap<>();
      DependencyShares.of(a, xc[0], xc[1]).forEach(r -> m.computeIfAbsent(r.country(), k -> new double[2])[0] = r.transitShare());
      DependencyShares.of(b, xc[0], xc[1]).forEach(r -> m.computeIfAbsent(r.country(), k -> new double[2])[1] = r.transitShare());
      double value = oa.exportValue(xc[0], xc[1]);
      m.forEach((y, v) -> change(out, "transit share", xc[0] + " " + xc[1] + " via " + y, "share", v[0], v[1], value));
    }
  }

  private static void change(List<ResultChange> out, String kind, String key, String unit, double x, double y,
      double valuePerUnit) {
    if (Math.abs(y - x) > 1e-6 * Math.max(1, Math.abs(x))) {
      out.add(new ResultChange(kind, key, unit, x, y, y - x, (y - x) * valuePerUnit));
    }
  }

  private static String fmt(double d) {
    return new java.math.BigDecimal(d).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
  }
}
