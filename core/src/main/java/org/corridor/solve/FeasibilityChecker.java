package org.corridor.solve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corridor.model.Demand;
import org.corridor.model.Link;
import org.corridor.model.Network;
import org.corridor.policy.Snapshot;

/**
 * Checks a solved {@link FlowResult} against its {@link Snapshot} directly, without the formulation:
 * conservation per node and class, link and node capacities, capacity allocations (quotas), supply and
 * demand limits, every ban in force, and the objective recomputed from the flows. Every solver test calls it; an empty list means
 * the solution is feasible and its objective is what the flows earn.
 */
public final class FeasibilityChecker {
  private final double tolerance;

  public FeasibilityChecker(double tolerance) {
    this.tolerance = tolerance;
  }

  public FeasibilityChecker() {
    this(1e-6);
  }

  public List<String> check(FlowResult r) {
    List<String> v = new ArrayList<>();
    if (!r.isOptimal()) {
      v.add("status is " + r.status());
      return v;
    }
    Snapshot s = r.snapshot();
    Map<String, Link> links = new HashMap<>();
    s.links().forEach(l -> links.put(l.id(), l));
    checkConservation(r, v);
    checkCapacities(r, links, v);
    checkQuotas(r, links, v);
    checkLimits(r, v);
    checkBans(r, links, v);
    checkObjective(r, links, v);
    return v;
  }

  private boolean differs(double a, double b) {
    return Math.abs(a - b) > tolerance * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }

  private void checkConservation(FlowResult r, List<String> v) {
    Map<String, Double> balance = new HashMap<>();
    for (FlowResult.LinkFlow f : r.flows()) {
      balance.merge(f.from() + "|" + f.commodity() + "|" + f.origin(), -f.quantity(), Double::sum);
      balance.merge(f.to() + "|" + f.commodity() + "|" + f.origin(), f.quantity(), Double::sum);
      if (f.quantity() < -tolerance) {
        v.add("negative flow " + f);
      }
    }
    for (FlowResult.SupplyUse u : r.supplies()) {
      balance.merge(u.node() + "|" + u.commodity() + "|" + classOrigin(r, u), u.used(), Double::sum);
    }
    for (FlowResult.Delivery d : r.deliveries()) {
      balance.merge(d.node() + "|" + d.commodity() + "|" + d.origin(), -d.quantity(), Double::sum);
    }
    balance.forEach((key, b) -> {
      if (Math.abs(b) > tolerance * 100) {
        v.add("conservation broken at " + key + ": imbalance " + b);
      }
    });
  }

  /**
   * The origin of the class a supply row ships in, read from the answer alone: its own where its origin has
   * flows or deliveries, else {@link OriginTags#MERGED} where that commodity's merged class has some. (Supply
   * used leaves in its class's flows or deliveries, so where neither holds, it is unused and any key will do.)
   */
  private static String classOrigin(FlowResult r, FlowResult.SupplyUse u) {
    if (hasClass(r, u.commodity(), u.origin()) || !hasClass(r, u.commodity(), OriginTags.MERGED)) {
      return u.origin();
    }
    return OriginTags.MERGED;
  }

  private static boolean hasClass(FlowResult r, String commodity, String origin) {
    return r.flows().stream().anyMatch(f -> f.commodity().equals(commodity) && f.origin().equals(origin))
        || r.deliveries().stream().anyMatch(d -> d.commodity().equals(commodity) && d.origin().equals(origin));
  }

  private void checkCapacities(FlowResult r, Map<String, Link> links, List<String> v) {
    Network net = r.snapshot().network();
    Map<String, Double> used = new HashMap<>();
    Map<String, Double> through = new HashMap<>();
    for (FlowResult.LinkFlow f : r.flows()) {
      Link l = links.get(f.link());
      if (l == null) {
        v.add("flow on a link that does not operate: " + f.link());
        continue;
      }
      if (!l.carries(f.commodity())) {
        v.add("link " + l.id() + " carries " + f.commodity() + " it may not carry");
      }
      double phi = net.conversionFactor(f.commodity(), l.capacityUnit()).orElse(1.0);
      String key = l.sharing() == Link.Sharing.SHARED ? l.id() : l.id() + "|" + f.commodity();
      used.merge(key, phi * f.quantity(), Double::sum);
      addThroughput(net, through, f.to(), f.commodity(), f.quantity());
    }
    r.supplies().forEach(u -> addThroughput(net, through, u.node(), u.commodity(), u.used()));
    used.forEach((key, u) -> {
      double cap = links.get(key.split("\\|")[0]).capacity();
      if (u > cap + tolerance * Math.max(1, cap)) {
        v.add("capacity of " + key + " exceeded: " + u + " > " + cap);
      }
    });
    through.forEach((node, u) -> {
      double cap = r.snapshot().nodeCapacities().get(node);
      if (u > cap + tolerance * Math.max(1, cap)) {
        v.add("capacity of node " + node + " exceeded: " + u + " > " + cap);
      }
    });
  }

  /**
   * Each quota in force: the shipper's flows on the link (its origin's flows, or a supply node's own) use at
   * most its share of the link's capacity in force, per commodity on a per-commodity link.
   */
  private void checkQuotas(FlowResult r, Map<String, Link> links, List<String> v) {
    Network net = r.snapshot().network();
    for (Snapshot.Quota q : r.snapshot().quotas()) {
      Link l = links.get(q.link());
      Map<String, Double> used = new HashMap<>();
      if (q.node()) {
        r.shipperFlows().stream().filter(f -> f.link().equals(q.link()) && f.shipper().equals(q.shipper()))
            .forEach(f -> used.merge(quotaKey(l, f.commodity()), phi(net, f.commodity(), l) * f.quantity(),
                Double::sum));
      } else {
        r.flows().stream().filter(f -> f.link().equals(q.link()) && f.origin().equals(q.shipper()))
            .forEach(f -> used.merge(quotaKey(l, f.commodity()), phi(net, f.commodity(), l) * f.quantity(),
                Double::sum));
      }
      double cap = q.share() * l.capacity();
      used.forEach((key, u) -> {
        if (u > cap + tolerance * Math.max(1, cap)) {
          v.add("quota of " + q.shipper() + " on " + key + " exceeded: " + u + " > " + cap);
        }
      });
    }
  }

  private static String quotaKey(Link l, String commodity) {
    return l.sharing() == Link.Sharing.SHARED ? l.id() : l.id() + "|" + commodity;
  }

  private static double phi(Network net, String commodity, Link l) {
    return net.conversionFactor(commodity, l.capacityUnit()).orElse(1.0);
  }

  private static void addThroughput(Network net, Map<String, Double> through, String node, String commodity, double q) {
    var n = net.node(node);
    if (n.capacity() != null) {
      through.merge(node, q * net.conversionFactor(commodity, n.capacityUnit()).orElse(1.0), Double::sum);
    }
  }

  private void checkLimits(FlowResult r, List<String> v) {
    for (FlowResult.SupplyUse u : r.supplies()) {
      if (u.used() > u.available() + tolerance * Math.max(1, u.available()) || u.used() < -tolerance) {
        v.add("supply " + u.node() + "/" + u.commodity() + " used " + u.used() + " of " + u.available());
      }
    }
    Map<String, Double> got = new HashMap<>();
    r.deliveries().forEach(d -> got.merge(d.node() + "/" + d.commodity(), d.quantity(), Double::sum));
    for (Demand d : r.snapshot().demand()) {
      double q = got.getOrDefault(d.node() + "/" + d.commodity(), 0.0);
      if (q > d.quantity() + tolerance * Math.max(1, d.quantity())) {
        v.add("demand " + d.node() + "/" + d.commodity() + " over-served: " + q + " > " + d.quantity());
      }
    }
  }

  private void checkBans(FlowResult r, Map<String, Link> links, List<String> v) {
    Snapshot s = r.snapshot();
    Network net = s.network();
    for (FlowResult.LinkFlow f : r.flows()) {
      Link l = links.get(f.link());
      if (l == null || f.quantity() <= tolerance) {
        continue;
      }
      String tail = net.countryOf(f.from());
      String head = net.countryOf(f.to());
      for (Snapshot.TransitRule rule : s.transitRules()) {
        boolean applies = rule.covers(f.commodity(), f.origin()) && !rule.exceptLinks().contains(l.id())
            && (rule.modes().isEmpty() || rule.modes().contains(l.mode()));
        boolean exits = rule.actor().contains(tail) && !rule.actor().contains(head);
        boolean crosses = net.deniableViaCountries(l).stream().anyMatch(rule.actor()::contains);
        if (applies && (exits || crosses)) {
          v.add("transit ban " + rule.policy() + " broken by " + f);
        }
      }
    }
    for (FlowResult.Delivery d : r.deliveries()) {
      if (d.quantity() <= tolerance) {
        continue;
      }
      s.importRules().stream().filter(x -> x.covers(d.commodity(), d.origin(), d.country()))
          .forEach(x -> v.add("import ban " + x.policy() + " broken by " + d));
      s.exportRules().stream().filter(x -> x.covers(d.commodity(), d.origin(), d.country()))
          .forEach(x -> v.add("export ban " + x.policy() + " broken by " + d));
    }
  }

  private void checkObjective(FlowResult r, Map<String, Link> links, List<String> v) {
    double value = 0;
    for (FlowResult.Delivery d : r.deliveries()) {
      value += d.price() * d.quantity();
    }
    for (FlowResult.LinkFlow f : r.flows()) {
      Link l = links.get(f.link());
      if (l != null) {
        value -= (l.cost() + l.tariff()) * f.quantity();
      }
    }
    for (FlowResult.SupplyUse u : r.supplies()) {
      value -= u.cost() * u.used();
    }
    if (differs(value, r.objective())) {
      v.add("objective " + r.objective() + " differs from the value recomputed from flows " + value);
    }
  }
}
