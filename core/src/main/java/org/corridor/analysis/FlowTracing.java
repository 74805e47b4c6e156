package org.corridor.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.corridor.model.Link;
import org.corridor.model.Network;
import org.corridor.solve.FlowClass;
import org.corridor.solve.FlowResult;

/**
 * Traces one flow class from its supplies to its markets by proportional sharing (Bialek's flow
 * tracing; see docs/analyses.md): at each node, every unit leaving carries the same mix of histories as
 * the units that arrived. For a property P of links and nodes ("lies in Russia", "belongs to the CPC
 * corridor") it gives the part of each market's delivery whose path touched P.
 *
 * <p>Where paths never merge and split again the answer is exact and decomposition-free; where they do,
 * proportional sharing is the convention that makes it unique. Zero-cost cycles are cancelled first, and
 * a link used both ways is netted.
 */
public final class FlowTracing {
  private final Network network;
  private final Map<String, Link> links;
  /** node → arcs leaving it (link, head, quantity), after netting and cycle cancelling. */
  private final Map<String, List<Edge>> out = new LinkedHashMap<>();
  private final Map<String, Double> supply = new HashMap<>();
  private final Map<String, Double> delivered = new LinkedHashMap<>();

  record Edge(Link link, String tail, String head, double[] quantity) {}

  public FlowTracing(FlowResult result, FlowClass k) {
    this.network = result.snapshot().network();
    this.links = new HashMap<>();
    result.snapshot().links().forEach(l -> links.put(l.id(), l));
    Map<String, Edge> byKey = new LinkedHashMap<>();
    for (FlowResult.LinkFlow f : result.flows()) {
      if (f.commodity().equals(k.commodity()) && f.origin().equals(k.origin())) {
        addNetted(byKey, f);
      }
    }
    byKey.values().stream().filter(e -> e.quantity()[0] > FlowResult.EPS)
        .forEach(e -> out.computeIfAbsent(e.tail(), x -> new ArrayList<>()).add(e));
    result.supplies().stream().filter(s -> s.commodity().equals(k.commodity()) && s.origin().equals(k.origin()))
        .forEach(s -> supply.merge(s.node(), s.used(), Double::sum));
    result.deliveries().stream().filter(d -> d.commodity().equals(k.commodity()) && d.origin().equals(k.origin()))
        .forEach(d -> delivered.merge(d.node(), d.quantity(), Double::sum));
    cancelCycles();
  }

  private void addNetted(Map<String, Edge> byKey, FlowResult.LinkFlow f) {
    String back = f.link() + "|" + f.to() + "|" + f.from();
    Edge reverse = byKey.get(back);
    if (reverse != null) {
      double net = reverse.quantity()[0] - f.quantity();
      if (net >= 0) {
        reverse.quantity()[0] = net;
        return;
      }
      reverse.quantity()[0] = 0;
      byKey.put(f.link() + "|" + f.from() + "|" + f.to(), new Edge(links.get(f.link()), f.from(), f.to(),
          new double[] {-net}));
      return;
    }
    byKey.merge(f.link() + "|" + f.from() + "|" + f.to(),
        new Edge(links.get(f.link()), f.from(), f.to(), new double[] {f.quantity()}),
        (a, b) -> {
          a.quantity()[0] += b.quantity()[0];
          return a;
        });
  }

  /** Removes flow that goes round in circles: it reaches no market and would double-count crossings. */
  private void cancelCycles() {
    while (true) {
      List<Edge> cycle = findCycle();
      if (cycle == null) {
        return;
      }
      double min = cycle.stream().mapToDouble(e -> e.quantity()[0]).min().orElse(0);
      cycle.forEach(e -> e.quantity()[0] -= min);
      out.values().forEach(list -> list.removeIf(e -> e.quantity()[0] <= FlowResult.EPS));
    }
  }

  private List<Edge> findCycle() {
    Map<String, Integer> state = new HashMap<>();
    for (String start : out.keySet()) {
      if (state.containsKey(start)) {
        continue;
      }
      Deque<Edge> path = new ArrayDeque<>();
      List<Edge> c = dfs(start, state, path);
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  private List<Edge> dfs(String node, Map<String, Integer> state, Deque<Edge> path) {
    state.put(node, 1);
    for (Edge e : out.getOrDefault(node, List.of())) {
      Integer s = state.get(e.head());
      if (s == null) {
        path.addLast(e);
        List<Edge> c = dfs(e.head(), state, path);
        if (c != null) {
          return c;
        }
        path.removeLast();
      } else if (s == 1) {
        List<Edge> cycle = new ArrayList<>();
        boolean in = false;
        for (Edge p : path) {
          in |= p.tail().equals(e.head());
          if (in) {
            cycle.add(p);
          }
        }
        cycle.add(e);
        return cycle;
      }
    }
    state.put(node, 2);
    return null;
  }

  /** Delivered quantity per market node. */
  public Map<String, Double> delivered() {
    return delivered;
  }

  /**
   * For each market node: the quantity delivered there whose path touched a link or node matching the
   * predicates.
   */
  public Map<String, Double> touching(Predicate<Link> linkTest, Predicate<String> nodeTest) {
    Map<String, Double> share = shares(linkTest, nodeTest);
    Map<String, Double> out = new LinkedHashMap<>();
    delivered.forEach((node, q) -> out.put(node, q * share.getOrDefault(node, nodeTest.test(node) ? 1.0 : 0.0)));
    return out;
  }

  /** β(n): the part of node n's throughflow that has touched the property. Computed in topological order. */
  private Map<String, Double> shares(Predicate<Link> linkTest, Predicate<String> nodeTest) {
    Map<String, Double> inflow = new HashMap<>();
    Map<String, Double> touched = new HashMap<>();
    Map<String, Integer> indegree = new HashMap<>();
    out.values().forEach(l -> l.forEach(e -> indegree.merge(e.head(), 1, Integer::sum)));
    Deque<String> ready = new ArrayDeque<>();
    java.util.Set<String> nodes = new java.util.LinkedHashSet<>(out.keySet());
    nodes.addAll(supply.keySet());
    nodes.addAll(delivered.keySet());
    out.values().forEach(l -> l.forEach(e -> nodes.add(e.head())));
    nodes.stream().filter(n -> !indegree.containsKey(n)).forEach(ready::add);
    Map<String, Double> beta = new HashMap<>();
    while (!ready.isEmpty()) {
      String n = ready.poll();
      double s = supply.getOrDefault(n, 0.0);
      double total = inflow.getOrDefault(n, 0.0) + s;
      double b = nodeTest.test(n) ? 1.0 : total <= 0 ? 0.0 : touched.getOrDefault(n, 0.0) / total;
      beta.put(n, b);
      for (Edge e : out.getOrDefault(n, List.of())) {
        double q = e.quantity()[0];
        double t = linkTest.test(e.link()) ? q : q * b;
        inflow.merge(e.head(), q, Double::sum);
        touched.merge(e.head(), t, Double::sum);
        if (indegree.merge(e.head(), -1, Integer::sum) == 0) {
          ready.add(e.head());
        }
      }
    }
    return beta;
  }

  /** Test: the node lies in the country. */
  public Predicate<String> nodeIn(String country) {
    return n -> network.countryOf(n).equals(country);
  }

  /** Test: the link crosses the country between its endpoints ({@code via}). */
  public Predicate<Link> linkCrosses(String country) {
    return l -> network.viaCountries(l).contains(country);
  }

  /** Test: the link crosses the country where it may lawfully deny transit (not a free-transit passage). */
  public Predicate<Link> linkCrossesDeniably(String country) {
    return l -> network.deniableViaCountries(l).contains(country);
  }
}
