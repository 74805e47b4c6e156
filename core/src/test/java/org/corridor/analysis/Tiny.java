package org.corridor.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corridor.model.Commodity;
import org.corridor.model.Country;
import org.corridor.model.Demand;
import org.corridor.model.Link;
import org.corridor.model.Mode;
import org.corridor.model.Network;
import org.corridor.model.Node;
import org.corridor.model.SourceRef;
import org.corridor.model.Supply;
import org.corridor.model.Unit;
import org.corridor.model.Validity;
import org.corridor.policy.Snapshot;
import org.corridor.solve.FlowResult;
import org.corridor.solve.LpStatus;

/** Builds tiny networks and hand-written solutions, so analyses can be checked on paper. */
final class Tiny {
  private static final SourceRef S = SourceRef.estimate("test");
  private final List<Node> nodes = new ArrayList<>();
  private final List<Link> links = new ArrayList<>();
  private final List<Supply> supply = new ArrayList<>();
  private final List<Demand> demand = new ArrayList<>();
  private final List<FlowResult.LinkFlow> flows = new ArrayList<>();
  private final List<FlowResult.Delivery> deliveries = new ArrayList<>();
  private final List<FlowResult.SupplyUse> uses = new ArrayList<>();

  private final List<String> extraCountries = new ArrayList<>();

  /** A country with no node, crossed by a link's {@code via}. */
  Tiny country(String code) {
    extraCountries.add(code);
    return this;
  }

  /** {@code node("F", "KZ")}. */
  Tiny node(String id, String country) {
    nodes.add(new Node(id, id, country, Node.Kind.HUB, 0, 0, null, null, S));
    return this;
  }

  /** A link carrying {@code q} units of crude from the origin, costing 1 and paying {@code tariff}. */
  Tiny flow(String id, String from, String to, String origin, double q, double tariff, String corridor, String... via) {
    links.add(new Link(id, id, from, to, Mode.PIPELINE, List.of("crude"), 1000, Unit.MT, Link.Sharing.SHARED, false,
        1, tariff, null, Link.Status.OPERATING, null, Validity.ALWAYS, List.of(via), corridor, S));
    flows.add(new FlowResult.LinkFlow(id, from, to, "crude", origin, q, "Mt/yr"));
    return this;
  }

  /** A link closed to every flow: capacity 0, nothing on it. */
  Tiny closed(String id, String from, String to) {
    links.add(new Link(id, id, from, to, Mode.PIPELINE, List.of("crude"), 0, Unit.MT, Link.Sharing.SHARED, false,
        1, 0, null, Link.Status.OPERATING, null, Validity.ALWAYS, List.of(), null, S));
    return this;
  }

  /** Supply of which only {@code used} leaves the node. */
  Tiny supply(String node, String origin, double available, double used) {
    supply.add(new Supply(node, "crude", available, 100, S));
    uses.add(new FlowResult.SupplyUse(node, "crude", origin, used, available, "Mt/yr", 100));
    return this;
  }

  Tiny supply(String node, String origin, double q) {
    supply.add(new Supply(node, "crude", q, 100, S));
    uses.add(new FlowResult.SupplyUse(node, "crude", origin, q, q, "Mt/yr", 100));
    return this;
  }

  Tiny deliver(String node, String country, String origin, double q) {
    if (demand.stream().noneMatch(d -> d.node().equals(node))) {
      demand.add(new Demand(node, "crude", 1000, 500, S));
    }
    deliveries.add(new FlowResult.Delivery(node, country, "crude", origin, q, "Mt/yr", 500, "USD m per Mt"));
    return this;
  }

  FlowResult result() {
    List<Country> countries = java.util.stream.Stream.concat(nodes.stream().map(Node::country), extraCountries.stream())
        .distinct().map(c -> new Country(c, c, c.startsWith("X"), S)).toList();
    Network net = new Network(List.of(), countries, List.of(), List.of(),
        List.of(new Commodity("crude", "Crude", Unit.MT, 500, S)), List.of(), List.of(), nodes, links, supply, demand);
    Snapshot snap = new Snapshot(net, "test", LocalDate.of(2025, 1, 1), links, Map.of(), supply, demand, List.of(),
        List.of(), List.of(), List.of());
    double objective = deliveries.stream().mapToDouble(d -> d.quantity() * d.price()).sum();
    return new FlowResult(snap, LpStatus.OPTIMAL, objective, flows, deliveries, uses, List.of(), List.of(), 0, 0, "hand", "");
  }
}
