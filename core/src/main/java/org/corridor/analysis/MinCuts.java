package org.corridor.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.corridor.model.Link;
import org.corridor.model.Network;
import org.corridor.solve.FlowResult;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.DirectedWeightedMultigraph;

/**
 * The minimum cut between an exporter's fields and its foreign markets, per commodity (max-flow/min-cut,
 * peers-and-methods C6): a super source feeds the exporter's supply nodes without limit, every market
 * outside the exporter drains to a super sink (at its demand), and each operating link carrying the
 * commodity is an arc with its capacity in commodity units (two arcs for a two-way link). The max flow
 * is the exporter's export capacity; the links in the cut are what bounds it, whoever's territory they
 * are in. Capacities shared with other commodities are counted in full, so the capacity is an upper
 * bound for each commodity alone. Compare it with {@code supply}: below it, infrastructure binds.
 */
public final class MinCuts {
  /** One exporter and commodity; capacities and supply in {@code unit} (Mt/yr). */
  public record Row(String scenario, String exporter, String commodity, String unit, double exportCapacity, double supply,
      String cutLinks, double cutLinkCapacity) {}

  /** A graph arc and the link it stands for. */
  private record LinkArc(DefaultWeightedEdge edge, Link link) {}

  private MinCuts() {}

  public static List<Row> of(FlowResult result) {
    List<Row> rows = new ArrayList<>();
    Set<String> pairs = new LinkedHashSet<>();
    var net = result.snapshot().network();
    result.snapshot().supply().forEach(s -> pairs.add(net.countryOf(s.node()) + "|" + s.commodity()));
    for (String p : pairs) {
      String[] xc = p.split("\\|");
      rows.add(cut(result, xc[0], xc[1]));
    }
    return rows;
  }

  private static Row cut(FlowResult result, String exporter, String commodity) {
    Network net = result.snapshot().network();
    Graph<String, DefaultWeightedEdge> g = new DirectedWeightedMultigraph<>(DefaultWeightedEdge.class);
    g.addVertex("⊤");
    g.addVertex("⊥");
    net.nodes().keySet().forEach(g::addVertex);
    List<LinkArc> linkArcs = new ArrayList<>();
    for (Link l : result.snapshot().links()) {
      if (!l.carries(commodity)) {
        continue;
      }
      double cap = l.capacity() / net.conversionFactor(commodity, l.capacityUnit()).orElse(1.0);
      linkArcs.add(new LinkArc(arc(g, l.from(), l.to(), cap), l));
      if (l.bothWays()) {
        linkArcs.add(new LinkArc(arc(g, l.to(), l.from(), cap), l));
      }
    }
    double supply = 0;
    double unlimited = 1 + linkArcs.stream().mapToDouble(la -> g.getEdgeWeight(la.edge())).sum();
    for (var s : result.snapshot().supply()) {
      if (s.commodity().equals(commodity) && net.countryOf(s.node()).equals(exporter)) {
        arc(g, "⊤", s.node(), unlimited);
        supply += s.quantity();
      }
    }
    for (var d : result.snapshot().demand()) {
      if (d.commodity().equals(commodity) && !net.countryOf(d.node()).equals(exporter)) {
        arc(g, d.node(), "⊥", d.quantity());
      }
    }
    EdmondsKarpMFImpl<String, DefaultWeightedEdge> mf = new EdmondsKarpMFImpl<>(g);
    double flow = mf.calculateMinCut("⊤", "⊥");
    Set<DefaultWeightedEdge> cut = mf.getCutEdges();
    Set<String> ids = new LinkedHashSet<>();
    double cutCap = 0;
    for (LinkArc la : linkArcs) {
      if (cut.contains(la.edge()) && ids.add(la.link().id())) {
        cutCap += g.getEdgeWeight(la.edge());
      }
    }
    return new Row(result.snapshot().scenario(), exporter, commodity, net.unitOf(commodity).perYear(), flow, supply,
        String.join(";", ids), cutCap);
  }

  private static DefaultWeightedEdge arc(Graph<String, DefaultWeightedEdge> g, String from, String to, double cap) {
    DefaultWeightedEdge e = g.addEdge(from, to);
    g.setEdgeWeight(e, cap);
    return e;
  }
}
