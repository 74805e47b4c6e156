package org.corridor.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.corridor.model.SourceRef;

/**
 * A named set of policies and overrides on top of the base, evaluated as of a date.
 *
 * @param extendsName the parent scenario, or {@code null}
 * @param asOf the evaluation date, or {@code null} to inherit the parent's
 * @param linkOverrides link id → field → value (capacity, cost, tariff)
 * @param supplyOverrides "NODE/commodity" → field → value (quantity, cost)
 * @param demandOverrides "NODE/commodity" → field → value (quantity, price)
 */
public record Scenario(String name, String description, String extendsName, LocalDate asOf,
    List<Policy> policies, List<String> dropPolicies, List<String> activateLinks,
    Map<String, Map<String, Double>> linkOverrides, Map<String, Map<String, Double>> supplyOverrides,
    Map<String, Map<String, Double>> demandOverrides, SourceRef sources) {
  public Scenario {
    policies = List.copyOf(policies);
    dropPolicies = List.copyOf(dropPolicies);
    activateLinks = List.copyOf(activateLinks);
    linkOverrides = Map.copyOf(linkOverrides);
    supplyOverrides = Map.copyOf(supplyOverrides);
    demandOverrides = Map.copyOf(demandOverrides);
  }

  /** Name of the implicit scenario used when a data set names no default scenario. */
  public static final String IMPLICIT = "base";

  /** The base network as of a date, with no extra policy. */
  public static Scenario base(LocalDate asOf) {
    return new Scenario(IMPLICIT, "the base data set", null, asOf, List.of(), List.of(), List.of(), Map.of(),
        Map.of(), Map.of(), SourceRef.of());
  }

  /** This scenario with extra policies, e.g. an analysis case; the name says what was added. */
  public Scenario plus(String newName, List<Policy> extra) {
    List<Policy> all = new java.util.ArrayList<>(policies);
    all.addAll(extra);
    return new Scenario(newName, description, extendsName, asOf, all, dropPolicies, activateLinks,
        linkOverrides, supplyOverrides, demandOverrides, sources);
  }

  /** This scenario with one more policy dropped, e.g. to price an event. */
  public Scenario without(String newName, String policyId) {
    List<String> drops = new java.util.ArrayList<>(dropPolicies);
    drops.add(policyId);
    return new Scenario(newName, description, extendsName, asOf, policies, drops, activateLinks, linkOverrides,
        supplyOverrides, demandOverrides, sources);
  }

  public Scenario withAsOf(LocalDate date) {
    return new Scenario(name, description, extendsName, date, policies, dropPolicies, activateLinks,
        linkOverrides, supplyOverrides, demandOverrides, sources);
  }
}
