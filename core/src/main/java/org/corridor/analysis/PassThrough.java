package org.corridor.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.corridor.model.Claim;
import org.corridor.model.Demand;
import org.corridor.model.Link;
import org.corridor.model.Supply;
import org.corridor.policy.Snapshot;
import org.corridor.solve.FlowResult;

/**
 * Finds a claim whose value only echoes one bound of the LP. Each bound that binds in the base solution
 * and touches the claim's flows (the capacity of a link or node its flow classes use, the supply rows of
 * its origins, the demand of its market or of the markets its classes reach, all supply of one origin
 * together, the quota ({@code Link-quota[LINK|SHIPPER]}) its origins hold on a link it uses) is raised by {@value #STEP_PERCENT}% in its own re-solve. The claim's value v is an echo of
 * bound b when its elasticity
 * <pre>
 *   ε = (Δv / v) / (Δb / b)
 * </pre>
 * lies in [{@value #LOW}, {@value #HIGH}]: the value moves one for one with that input, so the routing
 * did not produce it. A perturbation, not the basis, because it asks the same question of every metric
 * (shares and sums of many flows included) without reading the solver's internals; its limits are in
 * docs/analyses.md.
 */
public final class PassThrough {
  static final int STEP_PERCENT = 1;
  static final double LOW = 0.9;
  static final double HIGH = 1.1;
  private static final double FACTOR = 1 + STEP_PERCENT / 100.0;
  /** Relative slack under which a bound counts as binding, as {@link FlowResult} uses for capacities. */
  private static final double BINDING = 1e-6;

  private PassThrough() {}

  /**
   * One bound of the LP, raised by a factor on a snapshot. {@code label} names it in outputs. For a quota,
   * {@code id} is the link and {@code shipper} the country or supply node holding it (else null).
   */
  public record Bound(Type type, String id, String commodity, String shipper) implements Comparable<Bound> {
    public enum Type { CAPACITY, NODE_CAPACITY, SUPPLY, ORIGIN_SUPPLY, DEMAND, QUOTA }

    Bound(Type type, String id, String commodity) {
      this(type, id, commodity, null);
    }

    /**
     * {@code capacity CPC}, {@code node capacity ATYRAU}, {@code supply F_TENGIZ/crude}, {@code supply of KZ/crude},
     * {@code demand M_CN/crude}, {@code quota CPC|KZ} (the row {@code Link-quota[CPC|KZ]}).
     */
    public String label() {
      return switch (type) {
        case CAPACITY -> "capacity " + id;
        case NODE_CAPACITY -> "node capacity " + id;
        case SUPPLY -> "supply " + id + "/" + commodity;
        case ORIGIN_SUPPLY -> "supply of " + id + "/" + commodity;
        case DEMAND -> "demand " + id + "/" + commodity;
        case QUOTA -> "quota " + id + "|" + shipper;
      };
    }

    /** {@code s} with this bound multiplied by {@code factor}; {@code scenario} names the variant. */
    Snapshot raise(Snapshot s, double factor) {
      List<Link> links = s.links();
      Map<String, Double> nodes = s.nodeCapacities();
      List<Supply> supply = s.supply();
      List<Demand> demand = s.demand();
      List<Snapshot.Quota> quotas = s.quotas();
      switch (type) {
        case CAPACITY -> links = links.stream().map(l -> l.id().equals(id) ? l.withCapacity(l.capacity() * factor) : l)
            .toList();
        case NODE_CAPACITY -> {
          nodes = new HashMap<>(nodes);
          nodes.computeIfPresent(id, (k, v) -> v * factor);
        }
        case SUPPLY -> supply = supply.stream().map(x -> x.node().equals(id) && x.commodity().equals(commodity)
            ? x.withQuantityAndCost(x.quantity() * factor, x.cost()) : x).toList();
        case ORIGIN_SUPPLY -> supply = supply.stream()
            .map(x -> s.network().countryOf(x.node()).equals(id) && x.commodity().equals(commodity)
                ? x.withQuantityAndCost(x.quantity() * factor, x.cost()) : x).toList();
        case DEMAND -> demand = demand.stream().map(x -> x.node().equals(id) && x.commodity().equals(commodity)
            ? x.withQuantityAndPrice(x.quantity() * factor, x.price()) : x).toList();
        // A share above 1 is fine here: the link's own capacity row still holds.
        case QUOTA -> quotas = quotas.stream().map(q -> q.link().equals(id) && q.shipper().equals(shipper)
            ? new Snapshot.Quota(q.link(), q.shipper(), q.node(), q.share() * factor) : q).toList();
      }
      return new Snapshot(s.network(), s.scenario() + " with " + label() + " +" + STEP_PERCENT + "%", s.asOf(), links,
          nodes, supply, demand, s.policies(), s.transitRules(), s.importRules(), s.exportRules(), quotas);
    }

    @Override
    public int compareTo(Bound o) {
      return label().compareTo(o.label());
    }
  }

  /** The variant of {@code base} with {@code bound} raised by the step. */
  static Snapshot raised(Snapshot base, Bound bound) {
    return bound.raise(base, FACTOR);
  }

  /** ε of a value that went from {@code before} to {@code after} when its bound rose by the step; NaN for v = 0. */
  static double elasticity(double before, double after) {
    if (Math.abs(before) <= FlowResult.EPS) {
      return Double.NaN;
    }
    return (after - before) / Math.abs(before) / (FACTOR - 1);
  }

  static boolean echoes(double elasticity) {
    return elasticity >= LOW && elasticity <= HIGH;
  }

  /** The bounds binding in {@code r} that touch {@code c}'s flows, in label order. */
  static Set<Bound> touching(Claim c, FlowResult r) {
    Set<String> commodities = commodities(c, r);
    Set<String> origins = origins(c, r, commodities);
    Set<String> links = new HashSet<>();
    Set<String> nodes = new HashSet<>();
    Set<String> markets = new HashSet<>();
    if (c.link() != null) {
      links.add(c.link());
    }
    for (Link l : r.snapshot().links()) {
      if (c.corridor() != null && c.corridor().equals(l.corridor())) {
        links.add(l.id());
      }
    }
    for (FlowResult.LinkFlow f : r.flows()) {
      if (f.quantity() > FlowResult.EPS && commodities.contains(f.commodity()) && origins.contains(f.origin())) {
        links.add(f.link());
        nodes.add(f.from());
        nodes.add(f.to());
      }
    }
    for (FlowResult.Delivery d : r.deliveries()) {
      boolean atMarket = c.market() == null || c.market().equals(d.node()) || c.market().equals(d.country());
      if (d.quantity() > FlowResult.EPS && atMarket && commodities.contains(d.commodity()) && origins.contains(d.origin())) {
        markets.add(d.node() + "/" + d.commodity());
      }
    }
    Set<Bound> out = new TreeSet<>();
    for (FlowResult.CapacityPrice p : r.capacityPrices()) {
      boolean binding = p.used() >= p.capacity() - BINDING * Math.max(1, p.capacity()) && p.capacity() > 0;
      if (binding && p.element().equals("link") && links.contains(p.id())) {
        out.add(new Bound(Bound.Type.CAPACITY, p.id(), null));
      } else if (binding && p.element().equals("node") && nodes.contains(p.id())) {
        out.add(new Bound(Bound.Type.NODE_CAPACITY, p.id(), null));
      } else if (binding && p.element().equals("quota") && links.contains(p.id()) && holds(p.shipper(), origins, r)) {
        out.add(new Bound(Bound.Type.QUOTA, p.id(), null, p.shipper()));
      }
    }
    Map<String, Integer> rowsPerOrigin = new HashMap<>();
    for (FlowResult.SupplyUse s : r.supplies()) {
      if (commodities.contains(s.commodity()) && origins.contains(s.origin())) {
        rowsPerOrigin.merge(s.origin() + "/" + s.commodity(), 1, Integer::sum);
        if (s.available() > 0 && s.used() >= s.available() - BINDING * Math.max(1, s.available())) {
          out.add(new Bound(Bound.Type.SUPPLY, s.node(), s.commodity()));
        }
      }
    }
    rowsPerOrigin.forEach((k, n) -> {
      if (n > 1) {
        String[] parts = k.split("/", 2);
        out.add(new Bound(Bound.Type.ORIGIN_SUPPLY, parts[0], parts[1]));
      }
    });
    Map<String, Double> delivered = new HashMap<>();
    r.deliveries().forEach(d -> delivered.merge(d.node() + "/" + d.commodity(), d.quantity(), Double::sum));
    for (Demand d : r.snapshot().demand()) {
      String key = d.node() + "/" + d.commodity();
      double got = delivered.getOrDefault(key, 0.0);
      if (markets.contains(key) && d.quantity() > 0 && got >= d.quantity() - BINDING * Math.max(1, d.quantity())) {
        out.add(new Bound(Bound.Type.DEMAND, d.node(), d.commodity()));
      }
    }
    return out;
  }

  /** Whether {@code shipper} (a country, or a supply node) ships for one of {@code origins}. */
  private static boolean holds(String shipper, Set<String> origins, FlowResult r) {
    return origins.contains(shipper) || r.snapshot().network().nodes().containsKey(shipper)
        && origins.contains(r.snapshot().network().countryOf(shipper));
  }

  /** The claim's commodity, or every commodity of the link it names. */
  private static Set<String> commodities(Claim c, FlowResult r) {
    if (c.commodity() != null) {
      return Set.of(c.commodity());
    }
    Link l = r.snapshot().network().links().get(c.link());
    return l == null ? Set.of() : new HashSet<>(l.commodities());
  }

  /** The claim's origin or exporter; else every origin of its commodities (delivered at its market, if it names one). */
  private static Set<String> origins(Claim c, FlowResult r, Set<String> commodities) {
    String origin = c.origin() != null ? c.origin() : c.exporter();
    if (origin != null) {
      return Set.of(origin);
    }
    Set<String> out = new HashSet<>();
    for (FlowResult.SupplyUse s : r.supplies()) {
      if (commodities.contains(s.commodity())) {
        out.add(s.origin());
      }
    }
    if (c.market() != null) {
      Set<String> atMarket = new HashSet<>();
      r.deliveries().stream().filter(d -> c.market().equals(d.node()) || c.market().equals(d.country()))
          .filter(d -> commodities.contains(d.commodity()) && d.quantity() > FlowResult.EPS)
          .forEach(d -> atMarket.add(d.origin()));
      out.retainAll(atMarket);
    }
    return out;
  }

  /** Labels of the bounds {@code c} echoes, given its base value and its value under each raised bound. */
  static String flagged(double base, Map<Bound, Double> raised) {
    List<String> out = new ArrayList<>();
    raised.forEach((b, v) -> {
      if (v != null && echoes(elasticity(base, v))) {
        out.add(b.label());
      }
    });
    return String.join("; ", out);
  }
}
