package org.corridor.io;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.corridor.io.YamlTree.YList;
import org.corridor.io.YamlTree.YMap;
import org.corridor.io.YamlTree.YNode;
import org.corridor.io.YamlTree.YScalar;
import org.corridor.model.Link;
import org.corridor.model.Network;
import org.corridor.model.SeriesValue;
import org.corridor.policy.CostChange;
import org.corridor.policy.Policy;
import org.corridor.policy.Scenario;

/**
 * Cost changes must leave every link's cost to shippers (operating cost + tariff) non-negative on every
 * date, in the base data set and in every scenario: a negative cost lets the LP earn money by shipping
 * round a cycle (docs/formulation.md, <i>Costs are never negative</i>). The check mirrors how the
 * resolver applies cost changes and overrides ({@code cost ← (override or cost) + Σ delta},
 * {@code tariff ← (override or tariff) · Π factor}, the cost and tariff being the dated values of
 * series.csv where one applies) and evaluates each date on which the set of changes in
 * force can change: the first day of the date window and each policy's and dated cost's or tariff's first
 * day and the day after its last. A problem names the policy's file and the line of its {@code cost_delta}.
 */
final class CostChecks {
  private final Path folder;
  private final Network net;
  private final List<Policy> basePolicies;
  private final Map<String, Scenario> scenarios;
  private final Problems problems;
  private final Set<Policy> reported = Collections.newSetFromMap(new IdentityHashMap<>());

  CostChecks(Path folder, Network net, List<Policy> basePolicies, Map<String, Scenario> scenarios, Problems problems) {
    this.folder = folder;
    this.net = net;
    this.basePolicies = basePolicies;
    this.scenarios = scenarios;
    this.problems = problems;
  }

  /** A policy in context: the file it was written in. */
  private record Written(CostChange change, String file) {}

  void run() {
    check(null, written(basePolicies, "policies.yaml"), Set.of(), Map.of());
    for (Scenario s : scenarios.values()) {
      List<Scenario> chain = chain(s);
      if (chain == null) {
        continue;
      }
      List<Written> candidates = new ArrayList<>(written(basePolicies, "policies.yaml"));
      Set<String> dropped = new HashSet<>();
      Map<String, Map<String, Double>> linkOv = new HashMap<>();
      for (Scenario c : chain) {
        candidates.addAll(written(c.policies(), "scenarios/" + c.name() + ".yaml"));
        dropped.addAll(c.dropPolicies());
        c.linkOverrides().forEach((k, v) -> linkOv.computeIfAbsent(k, x -> new HashMap<>()).putAll(v));
      }
      check(s.name(), candidates, dropped, linkOv);
    }
  }

  private static List<Written> written(List<Policy> policies, String file) {
    List<Written> out = new ArrayList<>();
    for (Policy p : policies) {
      if (p instanceof CostChange c) {
        out.add(new Written(c, file));
      }
    }
    return out;
  }

  /** Root first, or null when the chain is broken (already reported by the scenario reader). */
  private List<Scenario> chain(Scenario s) {
    List<Scenario> chain = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Scenario cur = s; cur != null; cur = cur.extendsName() == null ? null : scenarios.get(cur.extendsName())) {
      if (!seen.add(cur.name())) {
        return null;
      }
      chain.add(0, cur);
      if (cur.extendsName() != null && !scenarios.containsKey(cur.extendsName())) {
        return null;
      }
    }
    return chain;
  }

  private void check(String scenario, List<Written> candidates, Set<String> dropped,
      Map<String, Map<String, Double>> linkOv) {
    Map<String, List<Written>> byLink = new java.util.LinkedHashMap<>();
    for (Written w : candidates) {
      if (!dropped.contains(w.change().id()) && w.change().link() != null) {
        byLink.computeIfAbsent(w.change().link(), k -> new ArrayList<>()).add(w);
      }
    }
    byLink.forEach((linkId, changes) -> {
      Link l = net.links().get(linkId);
      if (l == null) {
        return;
      }
      Map<String, Double> ov = linkOv.getOrDefault(linkId, Map.of());
      TreeSet<LocalDate> dates = new TreeSet<>();
      dates.add(Schema.FIRST_DATE);
      // A dated cost or tariff changes the base the deltas apply to: its first day and the day after its last.
      for (SeriesValue v : net.series()) {
        if (v.table() == SeriesValue.Table.LINKS && v.key().equals(linkId)
            && (v.field() == SeriesValue.Field.COST || v.field() == SeriesValue.Field.TARIFF)) {
          dates.add(v.validity().from());
          if (v.validity().to() != null && v.validity().to().isBefore(Schema.LAST_DATE)) {
            dates.add(v.validity().to().plusDays(1));
          }
        }
      }
      for (Written w : changes) {
        var v = w.change().validity();
        if (v.from() != null) {
          dates.add(v.from());
        }
        if (v.to() != null && v.to().isBefore(Schema.LAST_DATE)) {
          dates.add(v.to().plusDays(1));
        }
      }
      for (LocalDate d : dates) {
        double cost = ov.getOrDefault("cost", net.dated(SeriesValue.Table.LINKS, linkId, SeriesValue.Field.COST, d,
            l.cost()));
        double tariff = ov.getOrDefault("tariff", net.dated(SeriesValue.Table.LINKS, linkId,
            SeriesValue.Field.TARIFF, d, l.tariff()));
        List<Written> inForce = changes.stream().filter(w -> w.change().validity().contains(d)).toList();
        for (Written w : inForce) {
          cost += w.change().costDelta();
          tariff *= w.change().tariffFactor();
        }
        double total = cost + tariff;
        if (total >= 0) {
          continue;
        }
        for (Written w : inForce) {
          CostChange c = w.change();
          if (c.costDelta() < 0 && reported.add(c)) {
            problems.error(w.file(), line(w), "cost_delta", fmt(c.costDelta()), "cost_delta " + fmt(c.costDelta())
                + " makes the cost of link " + linkId + " (operating cost + tariff) " + fmt(total) + " MUSD/unit on "
                + d + (scenario == null ? "" : " in scenario " + scenario) + "; a negative cost would let the "
                + "solution earn money by shipping in circles", "use a cost_delta of at least "
                + fmt(c.costDelta() - total) + ", so the link's cost stays ≥ 0");
          }
        }
      }
    });
  }

  private static String fmt(double d) {
    return new java.math.BigDecimal(d).round(new java.math.MathContext(9)).stripTrailingZeros().toPlainString();
  }

  /** The line of the policy's {@code cost_delta} in its file, found by its id; the policy's line, or 0. */
  private int line(Written w) {
    YNode root = YamlTree.read(folder, folder.resolve(w.file()), w.file(), new Problems()).orElse(null);
    if (root instanceof YMap m && m.entries().get("policies") != null) {
      root = m.entries().get("policies");
    }
    if (root instanceof YList list) {
      for (YNode item : list.items()) {
        if (item instanceof YMap p && p.entries().get("id") instanceof YScalar id
            && id.value().strip().equals(w.change().id())) {
          YNode delta = p.entries().get("cost_delta");
          return delta != null ? delta.line() : p.line();
        }
      }
    }
    return 0;
  }
}
