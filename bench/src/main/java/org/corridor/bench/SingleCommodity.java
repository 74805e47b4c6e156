package org.corridor.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.corridor.model.Commodity;
import org.corridor.model.Country;
import org.corridor.model.Demand;
import org.corridor.model.Link;
import org.corridor.model.Mode;
import org.corridor.model.Network;
import org.corridor.model.Node;
import org.corridor.model.Source;
import org.corridor.model.SourceRef;
import org.corridor.model.Supply;
import org.corridor.model.Unit;
import org.corridor.model.Validity;
import org.corridor.policy.DataSet;
import org.corridor.policy.Scenario;
import org.corridor.policy.ScenarioResolver;
import org.corridor.policy.Snapshot;
import org.corridor.solve.LpSolution;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.SolverKind;
import org.corridor.solve.TransitFormulation;
import org.corridor.solve.ortools.OrToolsSolver;
import org.corridor.synthetic.SyntheticNetwork;

/**
 * Single-commodity min-cost flow on NETGEN-like networks (one commodity, one country, so one flow class):
 * {@code nodes} nodes, 8 one-way links per node (a ring, then random pairs), nodes/64 sources and as many
 * markets, costs uniform in 1..10,000, capacities in 1..1,000, seeded. Not JMH: each variant is a single
 * solve (too long at 16k nodes for JMH iterations), and the variants run interleaved, {@code reps} rounds:
 * <ul>
 *   <li>{@code glop-rows}: every link capacity a row, GLOP (two stages: welfare, then the tie-break);</li>
 *   <li>{@code glop-bounds}: a capacity only one column uses is that column's bound, GLOP;</li>
 *   <li>{@code auto}: bounds, then the network simplex (both stages) where the numbers are whole, else GLOP;</li>
 *   <li>{@code mcf-only}: OR-Tools' MinCostFlow on the network itself (links as arcs, a source and a sink),
 *       the welfare stage alone: no formulation, no tie-break, no duals; what the algorithm costs.</li>
 *   <li>{@code ns-only}: the core's network simplex on that same bare network (arrays built outside the
 *       timing), the welfare stage alone;</li>
 *   <li>{@code dimacs}: writes that bare network as a DIMACS min-cost flow file ({@code netgen-NODES.min})
 *       for peer codes (LEMON, NetworkX) to solve the same instance; no timing.</li>
 * </ul>
 * A last line gives the JVM's peak resident memory (VmHWM).
 * Each line: variant, rows, columns, build seconds, solve seconds (load into the solver included),
 * solver that answered, welfare.
 *
 * <pre>
 *   java -cp bench/target/benchmarks.jar org.corridor.bench.SingleCommodity NODES REPS [variants]
 * </pre>
 */
public final class SingleCommodity {
  private static final SourceRef NETGEN = SourceRef.estimate("NETGEN-like benchmark network, seeded random figures");

  private SingleCommodity() {}

  public static void main(String[] args) {
    int nodes = Integer.parseInt(args[0]);
    int reps = Integer.parseInt(args[1]);
    List<String> variants = args.length > 2 ? List.of(args[2].split(",")) : List.of("glop-rows", "glop-bounds", "auto");
    Snapshot snap = new ScenarioResolver(network(nodes, 8 * nodes, 20250101L))
        .resolve(Scenario.base(LocalDate.of(2025, 1, 1)));
    OrToolsSolver solver = new OrToolsSolver();
    for (int r = 0; r < reps; r++) {
      for (String v : variants) {
        if (v.equals("ns-only")) {
          Bare bare = Bare.of(snap);
          long t0 = System.nanoTime();
          double welfare = bare.networkSimplex();
          System.out.printf(Locale.ROOT, "%d\t%s\t-\t-\t-\t%.3f\tnetwork-simplex\toptimal\t%.6f%n", r, v,
              (System.nanoTime() - t0) / 1e9, welfare);
          continue;
        }
        if (v.equals("dimacs")) {
          Path file = Path.of("netgen-" + nodes + ".min");
          Bare.of(snap).writeDimacs(file);
          System.out.println("wrote " + file.toAbsolutePath());
          continue;
        }
        if (v.equals("mcf-only")) {
          long t0 = System.nanoTime();
          double welfare = minCostFlowOnly(snap);
          System.out.printf(Locale.ROOT, "%d\t%s\t-\t-\t-\t%.3f\tmin-cost-flow\toptimal\t%.6f%n", r, v,
              (System.nanoTime() - t0) / 1e9, welfare);
          continue;
        }
        long t0 = System.nanoTime();
        TransitFormulation f = TransitFormulation.build(snap, v.equals("glop-rows")
            ? TransitFormulation.CapacityForm.ROWS : TransitFormulation.CapacityForm.BOUNDS_WHERE_SINGLE);
        double build = (System.nanoTime() - t0) / 1e9;
        long t1 = System.nanoTime();
        LpSolution s = solver.solve(f.lp(), new SolveOptions(v.equals("auto") ? SolverKind.AUTO : SolverKind.GLOP, 600));
        double solve = (System.nanoTime() - t1) / 1e9;
        System.out.printf(Locale.ROOT, "%d\t%s\t%d\t%d\t%.3f\t%.3f\t%s\t%s\t%.6f%n", r, v, f.lp().rows(), f.lp().columns(),
            build, solve, s.solver(), s.status().label(), s.objective());
      }
    }
    System.out.println("peak RSS (VmHWM): " + peakResident());
  }

  /** The JVM's peak resident set, as Linux reports it; "unknown" elsewhere. */
  static String peakResident() {
    try {
      return java.nio.file.Files.readAllLines(Path.of("/proc/self/status")).stream()
          .filter(l -> l.startsWith("VmHWM:")).map(l -> l.substring(6).trim()).findFirst().orElse("unknown");
    } catch (java.io.IOException e) {
      return "unknown";
    }
  }

  /**
   * The bare network of a snapshot: node i is the i-th node, then S and T; an arc per link, S to each
   * source at its supply cost, each market to T at minus its price, and S→T at 0 (supply left at home).
   * S supplies the total supply, T takes it. Welfare = −(minimum cost).
   */
  record Bare(int nodes, int[] tail, int[] head, long[] cap, long[] cost, long total) {
    static Bare of(Snapshot snap) {
      java.util.Map<String, Integer> node = new java.util.HashMap<>();
      snap.network().nodes().keySet().forEach(id -> node.put(id, node.size()));
      int s = node.size();
      int t = s + 1;
      int m = snap.links().size() + snap.supply().size() + snap.demand().size() + 1;
      Bare b = new Bare(s + 2, new int[m], new int[m], new long[m], new long[m], 0);
      int a = 0;
      long total = 0;
      for (Link l : snap.links()) {
        a = b.set(a, node.get(l.from()), node.get(l.to()), (long) l.capacity(), (long) (l.cost() + l.tariff()));
      }
      for (Supply x : snap.supply()) {
        a = b.set(a, s, node.get(x.node()), (long) x.quantity(), (long) x.cost());
        total += (long) x.quantity();
      }
      for (Demand d : snap.demand()) {
        a = b.set(a, node.get(d.node()), t, (long) d.quantity(), -(long) d.price());
      }
      b.set(a, s, t, total, 0);
      return new Bare(b.nodes, b.tail, b.head, b.cap, b.cost, total);
    }

    private int set(int a, int from, int to, long capacity, long unitCost) {
      tail[a] = from;
      head[a] = to;
      cap[a] = capacity;
      cost[a] = unitCost;
      return a + 1;
    }

    long[] supply() {
      long[] b = new long[nodes];
      b[nodes - 2] = total;
      b[nodes - 1] = -total;
      return b;
    }

    double networkSimplex() {
      org.corridor.solve.network.NetworkSimplex ns =
          new org.corridor.solve.network.NetworkSimplex(nodes, tail, head, cap, cost, supply());
      if (ns.run() != org.corridor.solve.network.NetworkSimplex.Status.OPTIMAL) {
        return Double.NaN;
      }
      long c = 0;
      for (int a = 0; a < tail.length; a++) {
        c += ns.flow(a) * cost[a];
      }
      return -c;
    }

    /** DIMACS min-cost flow format, nodes numbered from 1. */
    void writeDimacs(Path file) {
      StringBuilder out = new StringBuilder();
      out.append("c Corridor NETGEN-like network; welfare = -(min cost)\n");
      out.append("p min ").append(nodes).append(' ').append(tail.length).append('\n');
      long[] b = supply();
      for (int v = 0; v < nodes; v++) {
        if (b[v] != 0) {
          out.append("n ").append(v + 1).append(' ').append(b[v]).append('\n');
        }
      }
      for (int a = 0; a < tail.length; a++) {
        out.append("a ").append(tail[a] + 1).append(' ').append(head[a] + 1).append(" 0 ").append(cap[a]).append(' ')
            .append(cost[a]).append('\n');
      }
      try {
        java.nio.file.Files.writeString(file, out);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  /**
   * Welfare by OR-Tools' MinCostFlow alone: S feeds each source, each market drains to T at (top price −
   * price), S→T at the top price lets supply stay home; welfare = top price × total supply − min cost.
   */
  static double minCostFlowOnly(Snapshot snap) {
    java.util.Map<String, Integer> node = new java.util.HashMap<>();
    snap.network().nodes().keySet().forEach(id -> node.put(id, node.size()));
    int s = node.size();
    int t = s + 1;
    OrToolsSolver.loadNativeLibraries();
    com.google.ortools.graph.MinCostFlow flow = new com.google.ortools.graph.MinCostFlow();
    try {
      long top = 0;
      long total = 0;
      for (Demand d : snap.demand()) {
        top = Math.max(top, (long) d.price());
      }
      for (Link l : snap.links()) {
        flow.addArcWithCapacityAndUnitCost(node.get(l.from()), node.get(l.to()), (long) l.capacity(),
            (long) (l.cost() + l.tariff()));
      }
      for (Supply x : snap.supply()) {
        flow.addArcWithCapacityAndUnitCost(s, node.get(x.node()), (long) x.quantity(), (long) x.cost());
        total += (long) x.quantity();
      }
      for (Demand d : snap.demand()) {
        flow.addArcWithCapacityAndUnitCost(node.get(d.node()), t, (long) d.quantity(), top - (long) d.price());
      }
      flow.addArcWithCapacityAndUnitCost(s, t, total, top);
      flow.setNodeSupply(s, total);
      flow.setNodeSupply(t, -total);
      if (flow.solve() != com.google.ortools.graph.MinCostFlowBase.Status.OPTIMAL) {
        return Double.NaN;
      }
      return (double) top * total - flow.getOptimalCost();
    } finally {
      flow.delete();
    }
  }

  /** The network; see the class comment. */
  static DataSet network(int nodes, int links, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    int ends = Math.max(1, nodes / 64);
    List<Node> ns = new ArrayList<>();
    for (int i = 0; i < nodes; i++) {
      Node.Kind kind = i >= nodes - ends ? Node.Kind.MARKET : Node.Kind.HUB;
      ns.add(new Node("N" + i, "Node " + i, "C0", kind, 0, 0, null, null, NETGEN));
    }
    List<Link> ls = new ArrayList<>();
    for (int l = 0; l < links; l++) {
      int[] pair = SyntheticNetwork.ends(l, nodes, rnd);
      int from = pair[0];
      int to = pair[1];
      ls.add(new Link("L" + l, null, "N" + from, "N" + to, Mode.PIPELINE, List.of("c0"), 1 + rnd.nextInt(1000),
          Unit.MT, Link.Sharing.SHARED, false, 1 + rnd.nextInt(10_000), 0, null, Link.Status.OPERATING, null,
          Validity.ALWAYS, List.of(), null, NETGEN));
    }
    List<Supply> supply = new ArrayList<>();
    List<Demand> demand = new ArrayList<>();
    int each = 1000 * nodes / ends;
    for (int k = 0; k < ends; k++) {
      supply.add(new Supply("N" + (long) k * (nodes - ends) / ends, "c0", each, 0, NETGEN));
      demand.add(new Demand("N" + (nodes - ends + k), "c0", each, 500_000, NETGEN));
    }
    Source src = new Source("netgen", "NETGEN-like network", "Corridor", LocalDate.of(2026, 1, 1), "none",
        "seed " + seed);
    Network net = new Network(List.of(src), List.of(new Country("C0", "Country 0", false, NETGEN)), List.of(),
        List.of(), List.of(new Commodity("c0", "Commodity 0", Unit.MT, 300, NETGEN)), List.of(), List.of(), ns, ls,
        supply, demand);
    return new DataSet(Path.of("netgen"), net, List.of(), Map.of(), null, List.of(), List.of());
  }
}
