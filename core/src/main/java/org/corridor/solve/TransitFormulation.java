package org.corridor.solve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridor.model.Demand;
import org.corridor.model.Link;
import org.corridor.model.Network;
import org.corridor.model.Node;
import org.corridor.model.Supply;
import org.corridor.policy.Snapshot;

/**
 * Builds the origin-aware transit LP of docs/formulation.md from a {@link Snapshot}:
 * <pre>
 *   max  Σ p_m d_{k,m} − Σ (w_a + t_a) x_{k,a} − Σ q_n s_{k,n}
 *   s.t. Σ_{a∈δ⁺(n)} x_{k,a} − Σ_{a∈δ⁻(n)} x_{k,a} + d_{k,n} − s_{k,n} = 0    Node-balance[n|k]
 *        Σ_k d_{k,m} ≤ D_{m,c}                                                 Demand-limit[m|c]
 *        Σ_{k,a∈l} φ_c x_{k,a} ≤ u_l                                           Link-capacity[l]
 *        Σ_k φ_c (Σ_{a∈δ⁻(n)} x_{k,a} + s_{k,n}) ≤ u_n                         Node-capacity[n]
 *        Σ_{k of h, a∈l} φ_c x_{k,a} ≤ σ_{l,h} u_l                               Link-quota[l|h]
 *        0 ≤ s ≤ S, and x = 0, d = 0 where a policy forbids them.
 * </pre>
 * A quota row caps the flows of shipper h (an origin country, or a supply node whose supply is then a
 * class of its own) at its share σ of the link's capacity in force, per commodity on a per-commodity link.
 * Banned variables are kept with an upper bound of 0, so every scenario of a data set has the same
 * columns: a sweep can reuse one loaded model and only change bounds.
 *
 * <p>Classes are per commodity and origin; with {@link OriginTags#DISTINGUISHED} the origins no rule in force tells
 * apart share one class per commodity (origin {@link OriginTags#MERGED}), which keeps the optimal welfare.
 *
 * <p>A link capacity that only one column can use (one class, one direction) is that column's upper bound
 * u_l / φ instead of a row ({@link Capacity}): on a single-commodity network that removes a row per link.
 * Its shadow price is the column's reduced cost divided by φ, the same number the row's dual would be.
 */
public final class TransitFormulation {
  /** How link capacities enter the program. */
  public enum CapacityForm {
    /** Every link capacity is a row (the textbook form, kept to check the other against). */
    ROWS,
    /** A capacity that only one column can use is that column's upper bound; the others are rows. */
    BOUNDS_WHERE_SINGLE
  }

  /**
   * One link capacity (per commodity on a per-commodity link): either row {@code row}, or, when
   * {@code row} is -1, the upper bound capacity / {@code factor} of {@code column}, the only column that
   * can use it.
   *
   * @param link position in {@link Snapshot#links}
   * @param commodity for a per-commodity link, else null
   * @param factor φ: units of capacity per unit of the column's commodity
   */
  public record Capacity(int link, String commodity, int row, int column, double factor) {
    public boolean isBound() {
      return row < 0;
    }
  }

  /** What a column stands for. */
  public enum ColumnKind { FLOW, SUPPLY, DELIVERY }

  /** What a row stands for; the rule gives its name prefix. */
  public enum RowKind {
    NODE_BALANCE("Node-balance"), DEMAND_LIMIT("Demand-limit"), LINK_CAPACITY("Link-capacity"),
    NODE_CAPACITY("Node-capacity"), LINK_QUOTA("Link-quota");

    public final String rule;

    RowKind(String rule) {
      this.rule = rule;
    }
  }

  private final Snapshot snapshot;
  private final Network net;
  private final List<String> nodeIds = new ArrayList<>();
  private final Map<String, Integer> nodeIndex = new HashMap<>();
  private final List<FlowClass> classes = new ArrayList<>();
  private final List<Arc> arcs = new ArrayList<>();
  private final LinearProgram lp;

  // Column index → meaning.
  private int[] colKind = new int[0];
  private int[] colEntity = new int[0];
  private int[] colClass = new int[0];
  // Row index → meaning.
  private final List<int[]> rowMeta = new ArrayList<>();
  private final List<String> rowCommodity = new ArrayList<>();
  private final List<Capacity> linkCapacities = new ArrayList<>();
  private final CapacityForm form;
  private final OriginTags origins;
  /** "commodity|origin" of the supplies that ship in their commodity's merged class. */
  private Set<String> mergeable = Set.of();

  private TransitFormulation(Snapshot snapshot, CapacityForm form, OriginTags origins) {
    this.snapshot = snapshot;
    this.net = snapshot.network();
    this.lp = new LinearProgram();
    this.form = form;
    this.origins = origins;
  }

  public static TransitFormulation build(Snapshot snapshot) {
    return build(snapshot, CapacityForm.BOUNDS_WHERE_SINGLE);
  }

  public static TransitFormulation build(Snapshot snapshot, CapacityForm form) {
    return build(snapshot, form, OriginTags.EVERY);
  }

  /** The program with a class per origin only where {@code origins} asks for one ({@link OriginTags}). */
  public static TransitFormulation build(Snapshot snapshot, OriginTags origins) {
    return build(snapshot, CapacityForm.BOUNDS_WHERE_SINGLE, origins);
  }

  public static TransitFormulation build(Snapshot snapshot, CapacityForm form, OriginTags origins) {
    TransitFormulation f = new TransitFormulation(snapshot, form, origins);
    f.index();
    f.formulate();
    return f;
  }

  /** Another snapshot's program built the same way: the same capacity form and origin tags. */
  public TransitFormulation rebuild(Snapshot other) {
    return build(other, form, origins);
  }

  /** Which origins have classes of their own. */
  public OriginTags origins() { return origins; }

  public Snapshot snapshot() { return snapshot; }

  /**
   * This formulation read against another snapshot of the same shape (e.g. one link's capacity set to
   * 0 by a sweep): the LP and its index are shared, only the snapshot used to report results differs.
   */
  public TransitFormulation withSnapshot(Snapshot other) {
    return new TransitFormulation(this, other);
  }

  private TransitFormulation(TransitFormulation shared, Snapshot other) {
    this.snapshot = other;
    this.net = shared.net;
    this.nodeIds.addAll(shared.nodeIds);
    this.nodeIndex.putAll(shared.nodeIndex);
    this.classes.addAll(shared.classes);
    this.arcs.addAll(shared.arcs);
    this.lp = shared.lp;
    this.colKind = shared.colKind;
    this.colEntity = shared.colEntity;
    this.colClass = shared.colClass;
    this.rowMeta.addAll(shared.rowMeta);
    this.rowCommodity.addAll(shared.rowCommodity);
    this.linkCapacities.addAll(shared.linkCapacities);
    this.form = shared.form;
    this.origins = shared.origins;
  }
  public LinearProgram lp() { return lp; }
  public List<FlowClass> classes() { return classes; }
  public List<Arc> arcs() { return arcs; }
  public List<String> nodeIds() { return nodeIds; }
  public ColumnKind columnKind(int j) { return ColumnKind.values()[colKind[j]]; }
  /** Arc index for FLOW, supply row for SUPPLY, demand row for DELIVERY. */
  public int columnEntity(int j) { return colEntity[j]; }
  public int columnClass(int j) { return colClass[j]; }
  public RowKind rowKind(int i) { return RowKind.values()[rowMeta.get(i)[0]]; }
  /**
   * Node index for NODE_BALANCE and NODE_CAPACITY, demand row for DEMAND_LIMIT, link position for LINK_CAPACITY,
   * position in {@link Snapshot#quotas} for LINK_QUOTA.
   */
  public int rowEntity(int i) { return rowMeta.get(i)[1]; }
  /** Class index for NODE_BALANCE, else -1. */
  public int rowClass(int i) { return rowMeta.get(i)[2]; }
  /** Commodity of a per-commodity capacity row, else null. */
  public String rowCommodity(int i) { return rowCommodity.get(i); }
  /** Every link capacity, as a row or a column bound, in the order of the links. */
  public List<Capacity> linkCapacities() { return linkCapacities; }

  private void index() {
    for (Node n : net.nodes().values()) {
      nodeIndex.put(n.id(), nodeIds.size());
      nodeIds.add(n.id());
    }
    mergeable = origins.merged(snapshot);
    Map<FlowClass, Integer> seen = new LinkedHashMap<>();
    for (Supply s : snapshot.supply()) {
      seen.putIfAbsent(classOf(s), seen.size());
    }
    classes.addAll(seen.keySet());
    for (Link l : snapshot.links()) {
      int tail = nodeIndex.get(l.from());
      int head = nodeIndex.get(l.to());
      arcs.add(new Arc(arcs.size(), l, tail, head, false));
      if (l.bothWays()) {
        arcs.add(new Arc(arcs.size(), l, head, tail, true));
      }
    }
  }

  /**
   * The class of a supply row: its own when its node holds a quota, else its country's, or its commodity's
   * merged class when its country is not tagged.
   */
  private FlowClass classOf(Supply s) {
    String origin = net.countryOf(s.node());
    if (mergeable.contains(s.commodity() + "|" + origin)) {
      return new FlowClass(s.commodity(), OriginTags.MERGED);
    }
    boolean ownQuota = snapshot.quotas().stream().anyMatch(q -> q.node() && q.shipper().equals(s.node()));
    return new FlowClass(s.commodity(), origin, ownQuota ? s.node() : null);
  }

  private int column(ColumnKind kind, int entity, int cls, double lo, double up, double objective) {
    int j = lp.addColumn(lo, up, objective);
    if (j >= colKind.length) {
      int n = Math.max(16, colKind.length * 2);
      colKind = java.util.Arrays.copyOf(colKind, n);
      colEntity = java.util.Arrays.copyOf(colEntity, n);
      colClass = java.util.Arrays.copyOf(colClass, n);
    }
    colKind[j] = kind.ordinal();
    colEntity[j] = entity;
    colClass[j] = cls;
    return j;
  }

  private void formulate() {
    int nClasses = classes.size();
    int nNodes = nodeIds.size();
    // Per (node, class): the columns leaving (+1) and entering (−1) it.
    Incidence balance = new Incidence(nNodes * nClasses);
    List<List<int[]>> linkCols = new ArrayList<>();
    snapshot.links().forEach(l -> linkCols.add(new ArrayList<>()));
    Map<String, Integer> linkPos = new HashMap<>();
    for (int i = 0; i < snapshot.links().size(); i++) {
      linkPos.put(snapshot.links().get(i).id(), i);
    }
    // Node capacity rows need each class's inflow and supply at the node.
    Incidence throughput = new Incidence(nNodes);
    PolicyMask mask = new PolicyMask(snapshot, nodeIds);

    for (Arc a : arcs) {
      Link l = a.link();
      for (int k = 0; k < nClasses; k++) {
        FlowClass fc = classes.get(k);
        if (!l.carries(fc.commodity())) {
          continue;
        }
        double up = mask.arcAllowed(a, fc) ? Double.POSITIVE_INFINITY : 0;
        int j = column(ColumnKind.FLOW, a.index(), k, 0, up, -(l.cost() + l.tariff()));
        lp.setTieBreak(j, TieBreak.leg(l.id(), a.reverse(), fc, crossings(a)));
        balance.add(a.tail() * nClasses + k, j, 1);
        balance.add(a.head() * nClasses + k, j, -1);
        linkCols.get(linkPos.get(l.id())).add(new int[] {j, k});
        throughput.add(a.head(), j, factor(fc.commodity(), a.head()));
      }
    }
    Map<FlowClass, Integer> classIndex = new HashMap<>();
    for (int k = 0; k < nClasses; k++) {
      classIndex.put(classes.get(k), k);
    }
    for (int r = 0; r < snapshot.supply().size(); r++) {
      Supply s = snapshot.supply().get(r);
      int node = nodeIndex.get(s.node());
      int k = classIndex.get(classOf(s));
      // Equal slices with a falling tie-break bonus: among equally good optima, every supply row keeps
      // the same share of its volume, so a curtailment is shared pro rata (TieBreak).
      for (int m = 0; m < TieBreak.SUPPLY_SLICES; m++) {
        int j = column(ColumnKind.SUPPLY, r, k, 0, s.quantity() / TieBreak.SUPPLY_SLICES, -s.cost());
        lp.setTieBreak(j, TieBreak.supplySlice(m));
        balance.add(node * nClasses + k, j, -1);
        throughput.add(node, j, factor(s.commodity(), node));
      }
    }
    List<int[]> deliveries = new ArrayList<>();
    for (int r = 0; r < snapshot.demand().size(); r++) {
      Demand d = snapshot.demand().get(r);
      int node = nodeIndex.get(d.node());
      String market = net.countryOf(d.node());
      for (int k = 0; k < nClasses; k++) {
        FlowClass fc = classes.get(k);
        if (!fc.commodity().equals(d.commodity())) {
          continue;
        }
        // Boxed by the demand: the Demand-limit row binds the sum anyway, and a finite bound on every
        // priced column keeps the LP bounded whatever the prices.
        double up = mask.deliveryAllowed(fc, market) ? d.quantity() : 0;
        int j = column(ColumnKind.DELIVERY, r, k, 0, up, d.price());
        lp.setTieBreak(j, TieBreak.delivery(d.node(), fc));
        balance.add(node * nClasses + k, j, 1);
        deliveries.add(new int[] {r, j});
      }
    }
    addBalanceRows(balance, nClasses);
    addDemandRows(deliveries);
    addLinkRows(linkCols);
    addNodeRows(throughput);
    addQuotaRows(linkCols, linkPos);
    lp.names(this::columnName, this::rowName);
  }

  /** How many borders the arc crosses: country changes along tail, the countries it passes, head. */
  private int crossings(Arc a) {
    List<String> path = new ArrayList<>();
    path.add(net.countryOf(a.from()));
    List<String> via = new ArrayList<>(net.viaCountries(a.link()));
    if (a.reverse()) {
      java.util.Collections.reverse(via);
    }
    path.addAll(via);
    path.add(net.countryOf(a.to()));
    int n = 0;
    for (int i = 1; i < path.size(); i++) {
      n += path.get(i).equals(path.get(i - 1)) ? 0 : 1;
    }
    return n;
  }

  private double factor(String commodity, int node) {
    Node n = net.node(nodeIds.get(node));
    if (n.capacity() == null) {
      return 0;
    }
    return factor(commodity, n.capacityUnit(), n.id());
  }

  /** The loader rejects a missing conversion, so one here is a bug, never a silent 1. */
  private double factor(String commodity, org.corridor.model.Unit unit, String where) {
    return net.conversionFactor(commodity, unit).orElseThrow(() -> new IllegalStateException(
        "no conversion of " + commodity + " into " + unit + " at " + where));
  }

  private void addBalanceRows(Incidence balance, int nClasses) {
    for (int key = 0; key < balance.size(); key++) {
      if (balance.isEmpty(key)) {
        continue;
      }
      int i = lp.beginRow(0, 0);
      balance.emit(key, lp);
      lp.endRow();
      meta(i, RowKind.NODE_BALANCE, key / nClasses, key % nClasses, null);
    }
  }

  private void addDemandRows(List<int[]> deliveries) {
    Map<Integer, List<Integer>> byRow = new LinkedHashMap<>();
    deliveries.forEach(d -> byRow.computeIfAbsent(d[0], r -> new ArrayList<>()).add(d[1]));
    byRow.forEach((r, cols) -> {
      int i = lp.beginRow(Double.NEGATIVE_INFINITY, snapshot.demand().get(r).quantity());
      cols.forEach(j -> lp.coefficient(j, 1));
      lp.endRow();
      meta(i, RowKind.DEMAND_LIMIT, r, -1, null);
    });
  }

  private void addLinkRows(List<List<int[]>> linkCols) {
    for (int p = 0; p < linkCols.size(); p++) {
      Link l = snapshot.links().get(p);
      if (l.sharing() == Link.Sharing.SHARED) {
        addLinkCapacity(p, null, linkCols.get(p));
        continue;
      }
      for (String c : l.commodities()) {
        List<int[]> cols = new ArrayList<>();
        for (int[] jk : linkCols.get(p)) {
          if (classes.get(jk[1]).commodity().equals(c)) {
            cols.add(jk);
          }
        }
        addLinkCapacity(p, c, cols);
      }
    }
  }

  /**
   * Σ φ x ≤ u over the columns that can use one capacity. With a single column this is the bound
   * x ≤ u / φ (a ban's bound of 0 stays the tighter one); policies and sweeps then move that bound.
   */
  private void addLinkCapacity(int p, String commodity, List<int[]> cols) {
    Link l = snapshot.links().get(p);
    if (form == CapacityForm.BOUNDS_WHERE_SINGLE && cols.size() == 1) {
      int j = cols.get(0)[0];
      double phi = factor(classes.get(cols.get(0)[1]).commodity(), l.capacityUnit(), l.id());
      lp.setColumnUpper(j, Math.min(lp.colUpper(j), l.capacity() / phi));
      linkCapacities.add(new Capacity(p, commodity, -1, j, phi));
      return;
    }
    int i = lp.beginRow(Double.NEGATIVE_INFINITY, l.capacity());
    for (int[] jk : cols) {
      lp.coefficient(jk[0], factor(classes.get(jk[1]).commodity(), l.capacityUnit(), l.id()));
    }
    lp.endRow();
    meta(i, RowKind.LINK_CAPACITY, p, -1, commodity);
    linkCapacities.add(new Capacity(p, commodity, i, -1, 1));
  }

  private void addNodeRows(Incidence throughput) {
    for (int n = 0; n < nodeIds.size(); n++) {
      Double cap = snapshot.nodeCapacities().get(nodeIds.get(n));
      if (cap == null || throughput.isEmpty(n)) {
        continue;
      }
      int i = lp.beginRow(Double.NEGATIVE_INFINITY, cap);
      throughput.emit(n, lp);
      lp.endRow();
      meta(i, RowKind.NODE_CAPACITY, n, -1, null);
    }
  }

  /**
   * One row per quota in force (per commodity of a per-commodity link): the shipper's classes on the link
   * use at most its share of the capacity in force. A shipper with no class on the link gets no row.
   */
  private void addQuotaRows(List<List<int[]>> linkCols, Map<String, Integer> linkPos) {
    for (int q = 0; q < snapshot.quotas().size(); q++) {
      Snapshot.Quota quota = snapshot.quotas().get(q);
      int p = linkPos.get(quota.link());
      Link l = snapshot.links().get(p);
      List<String> commodities = l.sharing() == Link.Sharing.SHARED ? java.util.Collections.singletonList(null)
          : l.commodities();
      for (String c : commodities) {
        List<int[]> cols = new ArrayList<>();
        for (int[] jk : linkCols.get(p)) {
          FlowClass fc = classes.get(jk[1]);
          if (fc.shippedBy(quota) && (c == null || fc.commodity().equals(c))) {
            cols.add(jk);
          }
        }
        if (cols.isEmpty()) {
          continue;
        }
        int i = lp.beginRow(Double.NEGATIVE_INFINITY, quota.share() * l.capacity());
        for (int[] jk : cols) {
          lp.coefficient(jk[0], factor(classes.get(jk[1]).commodity(), l.capacityUnit(), l.id()));
        }
        lp.endRow();
        meta(i, RowKind.LINK_QUOTA, q, -1, c);
      }
    }
  }

  private void meta(int row, RowKind kind, int entity, int cls, String commodity) {
    rowMeta.add(new int[] {kind.ordinal(), entity, cls});
    rowCommodity.add(commodity);
  }

  /** {@code Flow[CPC|crude|KZ]}, {@code Supply[TENGIZ|crude]}, {@code Delivery[XW_MED|crude|KZ]}. */
  public String columnName(int j) {
    FlowClass k = classes.get(colClass[j]);
    return switch (columnKind(j)) {
      case FLOW -> {
        Arc a = arcs.get(colEntity[j]);
        yield "Flow[" + a.link().id() + (a.reverse() ? "~rev" : "") + "|" + k + "]";
      }
      case SUPPLY -> "Supply[" + snapshot.supply().get(colEntity[j]).node() + "|" + k + "]#" + supplySlice(j);
      case DELIVERY -> "Delivery[" + snapshot.demand().get(colEntity[j]).node() + "|" + k + "]";
    };
  }

  /** Slice number of a supply column: its position among the columns of its supply row. */
  private int supplySlice(int j) {
    int m = 0;
    while (j - m - 1 >= 0 && colKind[j - m - 1] == ColumnKind.SUPPLY.ordinal() && colEntity[j - m - 1] == colEntity[j]) {
      m++;
    }
    return m;
  }

  /**
   * {@code Node-balance[ATYRAU|crude|KZ]}, {@code Link-capacity[CPC]}, {@code Demand-limit[XW_MED|crude]},
   * {@code Link-quota[CPC|KZ]}.
   */
  public String rowName(int i) {
    int e = rowEntity(i);
    return rowKind(i).rule + "[" + switch (rowKind(i)) {
      case NODE_BALANCE -> nodeIds.get(e) + "|" + classes.get(rowClass(i));
      case DEMAND_LIMIT -> snapshot.demand().get(e).node() + "|" + snapshot.demand().get(e).commodity();
      case LINK_CAPACITY -> snapshot.links().get(e).id() + (rowCommodity(i) == null ? "" : "|" + rowCommodity(i));
      case NODE_CAPACITY -> nodeIds.get(e);
      case LINK_QUOTA -> snapshot.quotas().get(e).link() + "|" + snapshot.quotas().get(e).shipper()
          + (rowCommodity(i) == null ? "" : "|" + rowCommodity(i));
    } + "]";
  }

  /** Which arcs and deliveries the policies in force forbid to which classes. */
  static final class PolicyMask {
    private final Snapshot snapshot;
    private final Map<String, String> countryOfNode = new HashMap<>();

    PolicyMask(Snapshot snapshot, List<String> nodeIds) {
      this.snapshot = snapshot;
      nodeIds.forEach(n -> countryOfNode.put(n, snapshot.network().countryOf(n)));
    }

    /** False when a transit ban covers the class and the arc leaves, or crosses, the actor's territory. */
    boolean arcAllowed(Arc a, FlowClass k) {
      if (snapshot.transitRules().isEmpty()) {
        return true;
      }
      String tail = countryOfNode.get(a.from());
      String head = countryOfNode.get(a.to());
      List<String> via = snapshot.network().deniableViaCountries(a.link());
      for (Snapshot.TransitRule r : snapshot.transitRules()) {
        if (!r.covers(k.commodity(), k.origin()) || r.exceptLinks().contains(a.link().id())
            || (!r.modes().isEmpty() && !r.modes().contains(a.link().mode()))) {
          continue;
        }
        boolean leaves = r.actor().contains(tail) && !r.actor().contains(head);
        if (leaves || crosses(via, r.actor())) {
          return false;
        }
      }
      return true;
    }

    private static boolean crosses(List<String> via, Set<String> actor) {
      for (String v : via) {
        if (actor.contains(v)) {
          return true;
        }
      }
      return false;
    }

    boolean deliveryAllowed(FlowClass k, String marketCountry) {
      for (Snapshot.ImportRule r : snapshot.importRules()) {
        if (r.covers(k.commodity(), k.origin(), marketCountry)) {
          return false;
        }
      }
      for (Snapshot.ExportRule r : snapshot.exportRules()) {
        if (r.covers(k.commodity(), k.origin(), marketCountry)) {
          return false;
        }
      }
      return true;
    }
  }

  /** Sparse lists of (column, coefficient) per key, flat arrays to keep big builds fast. */
  static final class Incidence {
    private final int[] head;
    private int[] next = new int[64];
    private int[] col = new int[64];
    private double[] coef = new double[64];
    private int size;

    Incidence(int keys) {
      head = new int[keys];
      java.util.Arrays.fill(head, -1);
    }

    void add(int key, int column, double coefficient) {
      if (coefficient == 0) {
        return;
      }
      if (size == col.length) {
        next = java.util.Arrays.copyOf(next, size * 2);
        col = java.util.Arrays.copyOf(col, size * 2);
        coef = java.util.Arrays.copyOf(coef, size * 2);
      }
      col[size] = column;
      coef[size] = coefficient;
      next[size] = head[key];
      head[key] = size++;
    }

    int size() {
      return head.length;
    }

    boolean isEmpty(int key) {
      return head[key] < 0;
    }

    void emit(int key, LinearProgram lp) {
      for (int e = head[key]; e >= 0; e = next[e]) {
        lp.coefficient(col[e], coef[e]);
      }
    }
  }
}
