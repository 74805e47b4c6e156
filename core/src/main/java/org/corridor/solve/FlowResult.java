package org.corridor.solve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.model.Demand;
import org.corridor.model.Link;
import org.corridor.model.Supply;
import org.corridor.model.Unit;
import org.corridor.policy.Snapshot;

/**
 * A solved scenario in the domain's terms: flows per link and class, deliveries, supply used, and the
 * duals mapped back to links and nodes by the row naming rule. Only an optimal result has flows; any other
 * status says why in {@code detail} when the solver said more.
 */
public record FlowResult(Snapshot snapshot, LpStatus status, double objective, List<LinkFlow> flows,
    List<Delivery> deliveries, List<SupplyUse> supplies, List<CapacityPrice> capacityPrices,
    List<NodePrice> nodePrices, double buildSeconds, double solveSeconds, String solver, String detail,
    List<ShipperFlow> shipperFlows) {

  /** A result in which no supply node ships as a class of its own. */
  public FlowResult(Snapshot snapshot, LpStatus status, double objective, List<LinkFlow> flows,
      List<Delivery> deliveries, List<SupplyUse> supplies, List<CapacityPrice> capacityPrices,
      List<NodePrice> nodePrices, double buildSeconds, double solveSeconds, String solver, String detail) {
    this(snapshot, status, objective, flows, deliveries, supplies, capacityPrices, nodePrices, buildSeconds,
        solveSeconds, solver, detail, List.of());
  }

  /**
   * Flow of a supply node's own class on one link (both directions added), for a node that holds a quota:
   * {@link #flows} count it under its origin, this keeps it apart so the quota can be checked.
   */
  public record ShipperFlow(String link, String shipper, String commodity, double quantity) {}

  /** Flow of one class on one link, in the direction {@code from → to}; {@code unit} of the quantity, e.g. Mt/yr. */
  public record LinkFlow(String link, String from, String to, String commodity, String origin, double quantity,
      String unit) {}

  /**
   * What a market received from one origin: {@code quantity} in {@code unit} (Mt/yr), {@code price} in
   * {@code priceUnit} (USD m per Mt).
   */
  public record Delivery(String node, String country, String commodity, String origin, double quantity,
      String unit, double price, String priceUnit) {}

  /** How much of a supply row was used; {@code unit} of used and available, e.g. Mt/yr. */
  public record SupplyUse(String node, String commodity, String origin, double used, double available,
      String unit, double cost) {
    public double stranded() {
      return Math.max(0, available - used);
    }
  }

  /**
   * The value of one more unit of a binding capacity, or of a binding quota of a shipper on a link.
   *
   * @param element "link", "node" or "quota"
   * @param commodity for a per-commodity link capacity or quota, else null
   * @param shipper for a quota, the country or supply node holding it, else null
   * @param capacityUnit unit of {@code used} and {@code capacity}, e.g. Mt/yr
   * @param unit unit of {@code shadowPrice}, e.g. USD m/yr per Mt/yr
   */
  public record CapacityPrice(String element, String id, String commodity, String shipper, double used,
      double capacity, String capacityUnit, double shadowPrice, String unit) {}

  /** The value of one more unit of a class at a node, in {@code unit} (USD m per Mt). */
  public record NodePrice(String node, String commodity, String origin, double price, String unit) {}

  /** Values below this are treated as zero when reporting (solver tolerance). */
  public static final double EPS = 1e-7;

  public boolean isOptimal() {
    return status == LpStatus.OPTIMAL;
  }

  public static FlowResult from(TransitFormulation f, LpSolution s, double buildSeconds) {
    Snapshot snap = f.snapshot();
    if (!s.isOptimal()) {
      return new FlowResult(snap, s.status(), Double.NaN, List.of(), List.of(), List.of(), List.of(), List.of(),
          buildSeconds, s.seconds(), s.solver(), s.detail());
    }
    // Classes split off their country for a node's quota are reported as their origin's: the same origin, once.
    int[] asOrigin = originClasses(f.classes());
    Map<String, double[]> flowByKey = new LinkedHashMap<>();
    Map<String, Arc> arcByKey = new HashMap<>();
    Map<String, FlowClass> classByKey = new HashMap<>();
    Map<String, ShipperFlow> shipperByKey = new LinkedHashMap<>();
    double[][] delivered = new double[snap.demand().size()][f.classes().size()];
    double[] supplyUsed = new double[snap.supply().size()];
    LinearProgram lp = f.lp();
    for (int j = 0; j < lp.columns(); j++) {
      double v = s.x()[j];
      int cls = asOrigin[f.columnClass(j)];
      switch (f.columnKind(j)) {
        case FLOW -> {
          if (v > EPS) {
            String key = f.columnEntity(j) + "|" + cls;
            flowByKey.computeIfAbsent(key, x -> new double[1])[0] += v;
            arcByKey.put(key, f.arcs().get(f.columnEntity(j)));
            classByKey.put(key, f.classes().get(cls));
            FlowClass own = f.classes().get(f.columnClass(j));
            if (own.shipper() != null) {
              String link = f.arcs().get(f.columnEntity(j)).link().id();
              ShipperFlow was = shipperByKey.get(link + "|" + own);
              shipperByKey.put(link + "|" + own, new ShipperFlow(link, own.shipper(), own.commodity(),
                  (was == null ? 0 : was.quantity()) + v));
            }
          }
        }
        case SUPPLY -> supplyUsed[f.columnEntity(j)] += v;
        case DELIVERY -> delivered[f.columnEntity(j)][cls] += v;
      }
    }
    List<LinkFlow> flows = new ArrayList<>();
    flowByKey.forEach((key, v) -> {
      Arc a = arcByKey.get(key);
      FlowClass k = classByKey.get(key);
      flows.add(new LinkFlow(a.link().id(), a.from(), a.to(), k.commodity(), k.origin(), v[0],
          snap.network().unitOf(k.commodity()).perYear()));
    });
    List<Delivery> deliveries = new ArrayList<>();
    for (int r = 0; r < delivered.length; r++) {
      Demand d = snap.demand().get(r);
      for (int k = 0; k < delivered[r].length; k++) {
        if (delivered[r][k] > EPS) {
          FlowClass fc = f.classes().get(k);
          Unit unit = snap.network().unitOf(fc.commodity());
          deliveries.add(new Delivery(d.node(), snap.network().countryOf(d.node()), fc.commodity(), fc.origin(),
              delivered[r][k], unit.perYear(), d.price(), unit.price()));
        }
      }
    }
    List<SupplyUse> supplies = new ArrayList<>();
    for (int r = 0; r < snap.supply().size(); r++) {
      Supply sup = snap.supply().get(r);
      supplies.add(new SupplyUse(sup.node(), sup.commodity(), snap.network().countryOf(sup.node()),
          clean(supplyUsed[r]), sup.quantity(), snap.network().unitOf(sup.commodity()).perYear(), sup.cost()));
    }
    return new FlowResult(snap, s.status(), s.objective(), flows, deliveries, supplies, capacityPrices(f, s),
        nodePrices(f, s), buildSeconds, s.seconds(), s.solver(), "", List.copyOf(shipperByKey.values()));
  }

  /** For each class, the first class of the same commodity and origin (itself unless split for a quota). */
  private static int[] originClasses(List<FlowClass> classes) {
    int[] out = new int[classes.size()];
    Map<String, Integer> first = new HashMap<>();
    for (int k = 0; k < classes.size(); k++) {
      FlowClass c = classes.get(k);
      out[k] = first.computeIfAbsent(c.commodity() + "|" + c.origin(), x -> classes.indexOf(c));
    }
    return out;
  }

  private static double clean(double v) {
    return Math.abs(v) < EPS ? 0 : v;
  }

  private static List<CapacityPrice> capacityPrices(TransitFormulation f, LpSolution s) {
    List<CapacityPrice> out = new ArrayList<>();
    LinearProgram lp = f.lp();
    for (TransitFormulation.Capacity c : f.linkCapacities()) {
      Link l = f.snapshot().links().get(c.link());
      double capacity = c.isBound() ? l.capacity() : lp.rowUpper(c.row());
      double used = c.isBound() ? c.factor() * s.x()[c.column()] : lp.activity(c.row(), s.x());
      double price = c.isBound() ? boundPrice(lp, c, capacity, s) : s.rowDuals()[c.row()];
      if (binding(used, capacity) || !(Math.abs(price) < EPS)) {
        out.add(capacityPrice("link", l.id(), c.commodity(), null, used, capacity, l.capacityUnit(), price));
      }
    }
    for (int i = 0; i < lp.rows(); i++) {
      TransitFormulation.RowKind kind = f.rowKind(i);
      if (kind != TransitFormulation.RowKind.NODE_CAPACITY && kind != TransitFormulation.RowKind.LINK_QUOTA) {
        continue;
      }
      double used = lp.activity(i, s.x());
      double price = s.rowDuals()[i];
      if (!binding(used, lp.rowUpper(i)) && Math.abs(price) < EPS) {
        continue;
      }
      if (kind == TransitFormulation.RowKind.LINK_QUOTA) {
        var q = f.snapshot().quotas().get(f.rowEntity(i));
        Unit unit = f.snapshot().network().links().get(q.link()).capacityUnit();
        out.add(capacityPrice("quota", q.link(), f.rowCommodity(i), q.shipper(), used, lp.rowUpper(i), unit, price));
      } else {
        String node = f.nodeIds().get(f.rowEntity(i));
        out.add(capacityPrice("node", node, null, null, used, lp.rowUpper(i),
            f.snapshot().network().node(node).capacityUnit(), price));
      }
    }
    out.sort((a, b) -> Double.compare(b.shadowPrice(), a.shadowPrice()));
    return out;
  }

  private static boolean binding(double used, double capacity) {
    return used >= capacity - 1e-6 * Math.max(1, capacity);
  }

  /**
   * The price of a capacity held as the bound x ≤ u/φ of its one column: ∂objective/∂u = reduced cost / φ
   * while the column sits at that bound and the bound is the capacity (not a ban's 0); else nothing, as a
   * slack row's dual would be. Not a number when the solver gave no reduced costs, as a row's dual is then.
   */
  private static double boundPrice(LinearProgram lp, TransitFormulation.Capacity c, double capacity, LpSolution s) {
    double bound = capacity / c.factor();
    if (s.reducedCosts().length <= c.column()) {
      return Double.NaN;
    }
    if (lp.colUpper(c.column()) < bound
        || s.x()[c.column()] < bound - 1e-6 * Math.max(1, bound)) {
      return 0;
    }
    return Math.max(0, s.reducedCosts()[c.column()]) / c.factor();
  }

  private static CapacityPrice capacityPrice(String element, String id, String commodity, String shipper,
      double used, double capacity, Unit unit, double price) {
    return new CapacityPrice(element, id, commodity, shipper, used, capacity, unit.perYear(), clean(price),
        unit.capacityPrice());
  }

  /**
   * −∂objective/∂(balance rhs): raising the rhs forces one more unit out of the node, so this is its value.
   * Of an origin split for a supply node's quota, the price of its first class (in supply order) is given.
   */
  private static List<NodePrice> nodePrices(TransitFormulation f, LpSolution s) {
    List<NodePrice> out = new ArrayList<>();
    LinearProgram lp = f.lp();
    int[] asOrigin = originClasses(f.classes());
    for (int i = 0; i < lp.rows(); i++) {
      if (f.rowKind(i) != TransitFormulation.RowKind.NODE_BALANCE || asOrigin[f.rowClass(i)] != f.rowClass(i)) {
        continue;
      }
      FlowClass k = f.classes().get(f.rowClass(i));
      String node = f.nodeIds().get(f.rowEntity(i));
      out.add(new NodePrice(node, k.commodity(), k.origin(), clean(-s.rowDuals()[i]),
          f.snapshot().network().unitOf(k.commodity()).price()));
    }
    return out;
  }
}
