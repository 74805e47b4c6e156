package org.corridor.synthetic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

/**
 * Seeded random networks for property tests and benchmarks. The same parameters and seed always give
 * the same network. Links first form a ring, so every node is reachable, then join random pairs.
 * Capacities, supplies and demands are whole numbers, so integer min-cost-flow codes can cross-check.
 *
 * @param nodes number of nodes
 * @param links number of links (at least {@code nodes})
 * @param commodities number of commodities
 * @param countries number of countries; flow classes ≈ commodities × countries
 */
public record SyntheticNetwork(int nodes, int links, int commodities, int countries, long seed) {
  private static final SourceRef SYNTHETIC = SourceRef.estimate("synthetic network, seeded random figures");

  public DataSet generate() {
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Country> cs = new ArrayList<>();
    for (int c = 0; c < countries; c++) {
      cs.add(new Country(countryCode(c), "Country " + c, false, SYNTHETIC));
    }
    List<Commodity> goods = new ArrayList<>();
    for (int k = 0; k < commodities; k++) {
      goods.add(new Commodity("c" + k, "Commodity " + k, Unit.MT, 300, SYNTHETIC));
    }
    List<Node> ns = new ArrayList<>();
    for (int i = 0; i < nodes; i++) {
      Node.Kind kind = i % 10 == 9 ? Node.Kind.MARKET : Node.Kind.HUB;
      ns.add(new Node("N" + i, "Node " + i, countryCode(i % countries), kind, rnd.nextDouble(-60, 60),
          rnd.nextDouble(-170, 170), null, null, SYNTHETIC));
    }
    List<Link> ls = new ArrayList<>();
    for (int l = 0; l < links; l++) {
      int[] ends = ends(l, nodes, rnd);
      ls.add(link(rnd, l, ends[0], ends[1]));
    }
    List<Supply> supply = new ArrayList<>();
    List<Demand> demand = new ArrayList<>();
    for (int k = 0; k < commodities; k++) {
      for (int c = 0; c < countries; c++) {
        int node = c + countries * rnd.nextInt(Math.max(1, nodes / countries));
        supply.add(new Supply("N" + Math.min(node, nodes - 1), "c" + k, 10 + rnd.nextInt(90),
            50 + rnd.nextInt(100), SYNTHETIC));
      }
      for (int i = 9; i < nodes; i += 10) {
        demand.add(new Demand("N" + i, "c" + k, 5 + rnd.nextInt(60), 200 + rnd.nextInt(200), SYNTHETIC));
      }
    }
    Source src = new Source("synthetic", "Synthetic network", "Corridor", java.time.LocalDate.of(2026, 1, 1),
        "none", "seed " + seed);
    Network net = new Network(List.of(src), cs, List.of(), List.of(), goods, List.of(), List.of(), ns, ls,
        dedupe(supply), demand);
    return new DataSet(Path.of("synthetic"), net, List.of(), Map.of(), null, List.of(), List.of());
  }

  /**
   * Tail and head of link {@code l}: the first {@code nodes} links form a ring, so every node is reachable;
   * later ones join a random pair (never a node to itself).
   */
  public static int[] ends(int l, int nodes, SplittableRandom rnd) {
    int from = l < nodes ? l : rnd.nextInt(nodes);
    int to = l < nodes ? (l + 1) % nodes : rnd.nextInt(nodes);
    if (from == to) {
      to = (to + 1) % nodes;
    }
    return new int[] {from, to};
  }

  private Link link(SplittableRandom rnd, int l, int from, int to) {
    List<String> carried = new ArrayList<>();
    for (int k = 0; k < commodities; k++) {
      if (commodities == 1 || rnd.nextInt(3) > 0) {
        carried.add("c" + k);
      }
    }
    if (carried.isEmpty()) {
      carried.add("c" + rnd.nextInt(commodities));
    }
    boolean both = rnd.nextInt(10) < 3;
    Mode mode = both ? Mode.RAIL : Mode.PIPELINE;
    return new Link("L" + l, null, "N" + from, "N" + to, mode, carried, 5 + rnd.nextInt(80), Unit.MT,
        Link.Sharing.SHARED, both, 1 + rnd.nextInt(20), rnd.nextInt(6), null, Link.Status.OPERATING, null,
        Validity.ALWAYS, List.of(), null, SYNTHETIC);
  }

  /** One supply row per (node, commodity), as the loader requires. */
  private static List<Supply> dedupe(List<Supply> rows) {
    java.util.Map<String, Supply> byKey = new java.util.LinkedHashMap<>();
    rows.forEach(s -> byKey.putIfAbsent(s.node() + "/" + s.commodity(), s));
    return List.copyOf(byKey.values());
  }

  static String countryCode(int c) {
    return "C" + c;
  }
}
