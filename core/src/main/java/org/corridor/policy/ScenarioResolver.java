package org.corridor.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridor.model.Demand;
import org.corridor.model.Link;
import org.corridor.model.Network;
import org.corridor.model.SeriesValue;
import org.corridor.model.SeriesValue.Field;
import org.corridor.model.Supply;

/**
 * Applies a scenario to the base as a pure function: (data set, scenario) → {@link Snapshot}. The
 * scenario's chain of {@code extends} is applied parent first.
 */
public final class ScenarioResolver {
  private final DataSet data;
  private final Clock clock;

  /** A resolver whose "today" (the date of the implicit scenario) is the system clock's. */
  public ScenarioResolver(DataSet data) {
    this(data, Clock.systemDefaultZone());
  }

  /** A resolver whose "today" comes from {@code clock}, so callers and tests can fix it. */
  public ScenarioResolver(DataSet data, Clock clock) {
    this.data = data;
    this.clock = clock;
  }

  /** The named scenario, or the default one when {@code name} is null; {@code asOf} overrides its date. */
  public Snapshot resolve(String name, LocalDate asOf) {
    Scenario scenario = scenario(name);
    if (asOf != null) {
      scenario = scenario.withAsOf(asOf);
    }
    return resolve(scenario);
  }

  /**
   * The named scenario; with no name, the data set's default scenario, or when it names none the implicit
   * scenario {@value Scenario#IMPLICIT} (the base data set as of today). The loader refuses a data set
   * whose own scenario of that name the implicit one would shadow.
   */
  public Scenario scenario(String name) {
    String wanted = name != null ? name : data.defaultScenario();
    if (wanted == null) {
      return Scenario.base(LocalDate.now(clock));
    }
    Scenario s = data.scenarios().get(wanted);
    if (s == null) {
      throw new IllegalArgumentException("unknown scenario `" + wanted + "`; known: "
          + String.join(", ", data.scenarios().keySet().stream().sorted().toList()));
    }
    return s;
  }

  public Snapshot resolve(Scenario scenario) {
    List<Scenario> chain = chain(scenario);
    LocalDate asOf = null;
    for (Scenario s : chain) {
      if (s.asOf() != null) {
        asOf = s.asOf();
      }
    }
    if (asOf == null) {
      throw new IllegalArgumentException("scenario `" + scenario.name() + "` has no as_of date");
    }
    List<Policy> candidates = new ArrayList<>(data.policies());
    Set<String> dropped = new HashSet<>();
    Set<String> activated = new HashSet<>();
    Map<String, Map<String, Double>> linkOv = new HashMap<>();
    Map<String, Map<String, Double>> supplyOv = new HashMap<>();
    Map<String, Map<String, Double>> demandOv = new HashMap<>();
    for (Scenario s : chain) {
      candidates.addAll(s.policies());
      dropped.addAll(s.dropPolicies());
      activated.addAll(s.activateLinks());
      merge(linkOv, s.linkOverrides());
      merge(supplyOv, s.supplyOverrides());
      merge(demandOv, s.demandOverrides());
    }
    LocalDate date = asOf;
    List<Policy> inForce = candidates.stream()
        .filter(p -> !dropped.contains(p.id()) && p.validity().contains(date)).toList();
    return build(scenario.name(), date, inForce, activated, linkOv, supplyOv, demandOv);
  }

  /**
   * The scenario with its chain of {@code extends} folded in: one scenario of the same name and date with no
   * parent, whose policies, drops, activated links and overrides are the chain's, parent first. It resolves to
   * the same snapshot, and can be edited without reaching into its parents (a what-if).
   */
  public Scenario flatten(Scenario scenario) {
    List<Scenario> chain = chain(scenario);
    LocalDate asOf = null;
    List<Policy> policies = new ArrayList<>();
    Set<String> dropped = new LinkedHashSet<>();
    Set<String> activated = new LinkedHashSet<>();
    Map<String, Map<String, Double>> linkOv = new HashMap<>();
    Map<String, Map<String, Double>> supplyOv = new HashMap<>();
    Map<String, Map<String, Double>> demandOv = new HashMap<>();
    for (Scenario s : chain) {
      asOf = s.asOf() != null ? s.asOf() : asOf;
      policies.addAll(s.policies());
      dropped.addAll(s.dropPolicies());
      activated.addAll(s.activateLinks());
      merge(linkOv, s.linkOverrides());
      merge(supplyOv, s.supplyOverrides());
      merge(demandOv, s.demandOverrides());
    }
    return new Scenario(scenario.name(), scenario.description(), null, asOf, policies, List.copyOf(dropped),
        List.copyOf(activated), linkOv, supplyOv, demandOv, scenario.sources());
  }

  /** The days inside which every snapshot of {@code scenario} (at any date) changes: see {@link ChangeDates}. */
  public java.util.SortedSet<LocalDate> changeDates(Scenario scenario) {
    return ChangeDates.of(data, chain(scenario));
  }

  private static void merge(Map<String, Map<String, Double>> into, Map<String, Map<String, Double>> from) {
    from.forEach((k, v) -> into.computeIfAbsent(k, x -> new HashMap<>()).putAll(v));
  }

  /** Root first. Cycles are rejected at load time; this guards against them anyway. */
  private List<Scenario> chain(Scenario scenario) {
    Deque<Scenario> chain = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    for (Scenario s = scenario; s != null; s = s.extendsName() == null ? null : data.scenarios().get(s.extendsName())) {
      if (!seen.add(s.name())) {
        throw new IllegalArgumentException("scenario `" + scenario.name() + "` extends itself");
      }
      chain.addFirst(s);
    }
    return List.copyOf(chain);
  }

  private Snapshot build(String name, LocalDate asOf, List<Policy> inForce, Set<String> activated,
      Map<String, Map<String, Double>> linkOv, Map<String, Map<String, Double>> supplyOv,
      Map<String, Map<String, Double>> demandOv) {
    Network net = data.network();
    Map<String, Double> linkFactor = new HashMap<>();
    Map<String, Double> nodeFactor = new HashMap<>();
    Map<String, double[]> costChange = new HashMap<>();
    List<Snapshot.TransitRule> transit = new ArrayList<>();
    List<Snapshot.ImportRule> imports = new ArrayList<>();
    List<Snapshot.ExportRule> exports = new ArrayList<>();
    for (Policy p : inForce) {
      // Java 17 has pattern matching for switch only as a preview, so this switches over the sealed
      // Policy's Kind enum in a switch expression: a kind without a case does not compile.
      Runnable apply = switch (p.policyKind()) {
        case CAPACITY_CHANGE -> () -> {
          CapacityChange c = (CapacityChange) p;
          if (c.link() != null) {
            linkFactor.merge(c.link(), c.factor(), (a, b) -> a * b);
          } else {
            nodeFactor.merge(c.node(), c.factor(), (a, b) -> a * b);
          }
        };
        case COST_CHANGE -> () -> {
          CostChange c = (CostChange) p;
          double[] d = costChange.computeIfAbsent(c.link(), k -> new double[] {0, 1});
          d[0] += c.costDelta();
          d[1] *= c.tariffFactor();
        };
        case TRANSIT_BAN -> () -> {
          TransitBan b = (TransitBan) p;
          transit.add(new Snapshot.TransitRule(b.id(), net.expand(b.actor(), asOf), Set.copyOf(b.commodities()),
              net.expandAll(b.origins(), asOf), Set.copyOf(b.modes()), Set.copyOf(b.exceptLinks())));
        };
        case IMPORT_BAN -> () -> {
          ImportBan b = (ImportBan) p;
          imports.add(new Snapshot.ImportRule(b.id(), net.expand(b.actor(), asOf), Set.copyOf(b.commodities()),
              net.expandAll(b.origins(), asOf)));
        };
        case EXPORT_BAN -> () -> {
          ExportBan b = (ExportBan) p;
          exports.add(new Snapshot.ExportRule(b.id(), net.expand(b.actor(), asOf), Set.copyOf(b.commodities()),
              net.expandAll(b.destinations(), asOf)));
        };
      };
      apply.run();
    }
    Map<String, Double> nodeCaps = new HashMap<>();
    Set<String> scaledNodes = new LinkedHashSet<>();
    // The value of each row and field on the date comes first (a series value, else the base row's); policies
    // then apply to it, and a scenario's override replaces it.
    nodeFactor.forEach((node, f) -> {
      Double cap = net.node(node).capacity();
      if (cap != null) {
        nodeCaps.put(node, net.dated(SeriesValue.Table.NODES, node, Field.CAPACITY, asOf, cap) * f);
      } else {
        scaledNodes.add(node);
      }
    });
    net.nodes().values().stream().filter(n -> n.capacity() != null && !nodeCaps.containsKey(n.id()))
        .forEach(n -> nodeCaps.put(n.id(), net.dated(SeriesValue.Table.NODES, n.id(), Field.CAPACITY, asOf,
            n.capacity())));

    List<Link> links = new ArrayList<>();
    for (Link l : net.links().values()) {
      boolean operates = l.status() == Link.Status.OPERATING || activated.contains(l.id());
      if (!operates || !l.validity().contains(asOf)) {
        continue;
      }
      Map<String, Double> ov = linkOv.getOrDefault(l.id(), Map.of());
      SeriesValue.Table lt = SeriesValue.Table.LINKS;
      double capacity = ov.getOrDefault("capacity", net.dated(lt, l.id(), Field.CAPACITY, asOf, l.capacity()))
          * linkFactor.getOrDefault(l.id(), 1.0);
      for (String end : List.of(l.from(), l.to())) {
        if (scaledNodes.contains(end)) {
          capacity *= nodeFactor.get(end);
        }
      }
      double[] cc = costChange.getOrDefault(l.id(), new double[] {0, 1});
      double cost = ov.getOrDefault("cost", net.dated(lt, l.id(), Field.COST, asOf, l.cost())) + cc[0];
      double tariff = ov.getOrDefault("tariff", net.dated(lt, l.id(), Field.TARIFF, asOf, l.tariff())) * cc[1];
      links.add(l.withCapacity(capacity).withCosts(cost, tariff).withStatus(Link.Status.OPERATING));
    }
    List<Supply> supply = net.supply().stream().map(s -> {
      String key = s.node() + "/" + s.commodity();
      Map<String, Double> ov = supplyOv.getOrDefault(key, Map.of());
      SeriesValue.Table t = SeriesValue.Table.SUPPLY;
      return s.withQuantityAndCost(ov.getOrDefault("quantity", net.dated(t, key, Field.QUANTITY, asOf, s.quantity())),
          ov.getOrDefault("cost", net.dated(t, key, Field.COST, asOf, s.cost())));
    }).toList();
    List<Demand> demand = net.demand().stream().map(d -> {
      String key = d.node() + "/" + d.commodity();
      Map<String, Double> ov = demandOv.getOrDefault(key, Map.of());
      SeriesValue.Table t = SeriesValue.Table.DEMAND;
      return d.withQuantityAndPrice(ov.getOrDefault("quantity", net.dated(t, key, Field.QUANTITY, asOf, d.quantity())),
          ov.getOrDefault("price", net.dated(t, key, Field.PRICE, asOf, d.price())));
    }).toList();
    return new Snapshot(net, name, asOf, links, nodeCaps, supply, demand, inForce, transit, imports, exports,
        quotas(net, asOf, links));
  }

  /** The allocations valid on the date, of links that operate on it; a shipper naming a supply node is one. */
  private static List<Snapshot.Quota> quotas(Network net, LocalDate asOf, List<Link> operating) {
    Set<String> ids = new HashSet<>();
    operating.forEach(l -> ids.add(l.id()));
    Set<String> supplyNodes = new HashSet<>();
    net.supply().forEach(s -> supplyNodes.add(s.node()));
    return net.allocationsOn(asOf).stream().filter(a -> ids.contains(a.link()))
        .map(a -> new Snapshot.Quota(a.link(), a.shipper(), supplyNodes.contains(a.shipper()), a.share())).toList();
  }
}
