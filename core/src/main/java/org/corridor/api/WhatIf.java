package org.corridor.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.corridor.io.Schema;
import org.corridor.model.Network;
import org.corridor.model.SourceRef;
import org.corridor.model.Validity;
import org.corridor.policy.CapacityChange;
import org.corridor.policy.DataSet;
import org.corridor.policy.ExportBan;
import org.corridor.policy.ImportBan;
import org.corridor.policy.Policy;
import org.corridor.policy.Scenario;
import org.corridor.policy.TransitBan;

/**
 * A transient edit of a scenario, never written to the data set: policies switched off or on by id, bans
 * added, links and nodes closed, link capacities set. {@link #applyTo} validates it against the data set
 * (an unknown id is a {@link BadRequestException} naming the field) and gives a scenario every
 * {@link Corridor} question accepts.
 *
 * <p>A policy switched on still applies only on the dates of its validity; one switched off is dropped
 * whatever its dates. Added bans and closures hold on every date. A set capacity replaces the link's value
 * on the date (its base or dated value), and policies in force still scale it, as a scenario override does.
 *
 * @param policiesOff ids of policies to drop
 * @param policiesOn ids of policies to apply: a base policy the scenario drops, or one defined in another scenario
 * @param capacities link id → capacity in the link's capacity unit per year
 */
public record WhatIf(List<String> policiesOff, List<String> policiesOn, List<Ban> bans, List<String> closedLinks,
    List<String> closedNodes, Map<String, Double> capacities) {
  public static final WhatIf NONE = new WhatIf(List.of(), List.of(), List.of(), List.of(), List.of(), Map.of());

  /** Most edits one what-if may hold, so one request cannot build an arbitrarily large scenario. */
  public static final int MAX_EDITS = 500;

  public WhatIf {
    policiesOff = List.copyOf(policiesOff);
    policiesOn = List.copyOf(policiesOn);
    bans = List.copyOf(bans);
    closedLinks = List.copyOf(closedLinks);
    closedNodes = List.copyOf(closedNodes);
    capacities = java.util.Collections.unmodifiableMap(new TreeMap<>(capacities));
  }

  /** What a ban forbids: {@code actor}'s territory to transit, its market to imports, or its exports. */
  public enum BanKind {
    TRANSIT, IMPORT, EXPORT;

    /** The kind as written in requests: transit, import or export. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static BanKind parse(String text, String field) {
      for (BanKind k : values()) {
        if (k.label().equals(text)) {
          return k;
        }
      }
      throw new BadRequestException(field + ": unknown ban kind `" + text + "`. Maybe use transit, import or export.");
    }
  }

  /**
   * A ban added by the what-if on one commodity ({@code null}: all), by one country or bloc, on flows of every
   * origin (transit, import) or to every market (export).
   */
  public record Ban(BanKind kind, String country, String commodity) {
    String id() {
      return "what-if:" + kind.label() + ":" + country + ":" + (commodity == null ? "all" : commodity);
    }
  }

  public boolean isEmpty() {
    return equals(NONE);
  }

  /** How many edits this holds. */
  public int size() {
    return policiesOff.size() + policiesOn.size() + bans.size() + closedLinks.size() + closedNodes.size()
        + capacities.size();
  }

  /**
   * The scenario with this what-if applied, named {@code base}'s name plus {@code +what-if}. Every id is
   * checked first; the first unknown one is reported with its field, e.g. {@code closedLinks[2]}.
   */
  public Scenario applyTo(Scenario flat, DataSet data) {
    validate(data);
    if (isEmpty()) {
      return flat;
    }
    Map<String, Policy> defined = definedPolicies(data);
    List<Policy> added = new ArrayList<>();
    Set<String> drops = new LinkedHashSet<>(flat.dropPolicies());
    Set<String> present = new LinkedHashSet<>();
    data.policies().forEach(p -> present.add(p.id()));
    flat.policies().forEach(p -> present.add(p.id()));
    for (String id : policiesOn) {
      drops.remove(id);
      if (!present.contains(id)) {
        added.add(defined.get(id));
      }
    }
    drops.addAll(policiesOff);
    SourceRef why = SourceRef.estimate("what-if");
    for (Ban b : bans) {
      List<String> commodity = b.commodity() == null ? List.of() : List.of(b.commodity());
      added.add(switch (b.kind()) {
        case TRANSIT -> new TransitBan(b.id(), b.country(), commodity, List.of(), List.of(), List.of(), Validity.ALWAYS,
            "what-if: " + b.country() + " denies transit", why);
        case IMPORT -> new ImportBan(b.id(), b.country(), commodity, List.of(), Validity.ALWAYS,
            "what-if: " + b.country() + " bans imports", why);
        case EXPORT -> new ExportBan(b.id(), b.country(), commodity, List.of(), Validity.ALWAYS,
            "what-if: " + b.country() + " bans exports", why);
      });
    }
    closedLinks.forEach(l -> added.add(new CapacityChange("what-if:close:" + l, l, null, 0, Validity.ALWAYS,
        "what-if: link " + l + " closed", why)));
    closedNodes.forEach(n -> added.add(new CapacityChange("what-if:close:" + n, null, n, 0, Validity.ALWAYS,
        "what-if: node " + n + " closed", why)));
    Map<String, Map<String, Double>> linkOv = new HashMap<>();
    flat.linkOverrides().forEach((k, v) -> linkOv.put(k, new HashMap<>(v)));
    capacities.forEach((l, c) -> linkOv.computeIfAbsent(l, k -> new HashMap<>()).put("capacity", c));
    List<Policy> policies = new ArrayList<>(flat.policies());
    policies.addAll(added);
    return new Scenario(flat.name() + "+what-if", flat.description(), null, flat.asOf(), policies,
        List.copyOf(drops), flat.activateLinks(), linkOv, flat.supplyOverrides(), flat.demandOverrides(),
        flat.sources());
  }

  /** Checks every id and value against the data set; the first problem is a {@link BadRequestException}. */
  public void validate(DataSet data) {
    if (size() > MAX_EDITS) {
      throw new BadRequestException("what-if: " + size() + " edits, more than " + MAX_EDITS);
    }
    Network net = data.network();
    Set<String> policyIds = definedPolicies(data).keySet();
    known("policiesOff", policiesOff, policyIds, "policy");
    known("policiesOn", policiesOn, policyIds, "policy");
    for (String id : policiesOn) {
      if (policiesOff.contains(id)) {
        throw new BadRequestException("policiesOn: policy `" + id + "` is also in policiesOff. Maybe keep it in one.");
      }
    }
    Set<String> actors = new LinkedHashSet<>(net.countries().keySet());
    actors.addAll(net.blocs().keySet());
    for (int i = 0; i < bans.size(); i++) {
      Ban b = bans.get(i);
      String field = "bans[" + i + "]";
      if (b.kind() == null) {
        throw new BadRequestException(field + ".kind: missing. Maybe use transit, import or export.");
      }
      known(field + ".country", b.country(), actors, "country or bloc");
      if (b.commodity() != null) {
        known(field + ".commodity", b.commodity(), net.commodities().keySet(), "commodity");
      }
    }
    known("closedLinks", closedLinks, net.links().keySet(), "link");
    known("closedNodes", closedNodes, net.nodes().keySet(), "node");
    known("capacities", capacities.keySet(), net.links().keySet(), "link");
    Schema.Range range = Schema.fieldRange("links", "capacity");
    capacities.forEach((link, c) -> {
      if (c == null || !range.contains(c)) {
        throw new BadRequestException("capacities." + link + ": " + c + " is outside " + range.text()
            + " (" + range.what() + ")");
      }
    });
  }

  /** Every policy a what-if may name: the base ones and those of every scenario, by id (first definition wins). */
  public static Map<String, Policy> definedPolicies(DataSet data) {
    Map<String, Policy> out = new LinkedHashMap<>();
    data.policies().forEach(p -> out.putIfAbsent(p.id(), p));
    new TreeMap<>(data.scenarios()).values().forEach(s -> s.policies().forEach(p -> out.putIfAbsent(p.id(), p)));
    return out;
  }

  private static void known(String field, Collection<String> ids, Set<String> valid, String what) {
    int i = 0;
    for (String id : ids) {
      known(ids instanceof List ? field + "[" + i + "]" : field, id, valid, what);
      i++;
    }
  }

  private static void known(String field, String id, Set<String> valid, String what) {
    if (id == null || !valid.contains(id)) {
      List<String> names = valid.stream().sorted().toList();
      String list = names.size() > 40 ? String.join(", ", names.subList(0, 40)) + ", … (" + names.size() + " in all)"
          : String.join(", ", names);
      throw new BadRequestException(field + ": unknown " + what + " `" + id + "`; known: " + list);
    }
  }

  /** A stable text of this what-if, for run ids: the same edits give the same text. */
  public String canonical() {
    return "off=" + policiesOff + " on=" + policiesOn + " bans=" + bans + " closedLinks=" + closedLinks
        + " closedNodes=" + closedNodes + " capacities=" + capacities;
  }
}
