package org.corridor.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corridor.policy.DataSet;
import org.corridor.policy.Policy;
import org.corridor.policy.Scenario;

/**
 * What a front end needs to offer choices on a data set: its scenarios, the span of its dated events, its
 * commodities (with their units), countries and every policy a what-if may switch, by id.
 *
 * @param dates the first and last day of the data set's dated events up to today, as the timeline takes them
 */
public record DataSetInfo(String name, String defaultScenario, List<ScenarioInfo> scenarios, DateSpan dates,
    List<CommodityInfo> commodities, List<CountryInfo> countries, List<PolicyInfo> policies) {

  public record ScenarioInfo(String name, String description, String extendsName, LocalDate asOf) {}

  public record DateSpan(LocalDate from, LocalDate to) {}

  /** @param unit the unit of a quantity, e.g. {@code Mt}; flows are in {@code unit} per year */
  public record CommodityInfo(String id, String name, String unit, String flowUnit) {}

  public record CountryInfo(String code, String name) {}

  /**
   * @param definedIn {@code base} for a policy of {@code policies.yaml}, else the scenario that defines it
   * @param from first day in force, or null for always; {@code to} likewise
   */
  public record PolicyInfo(String id, String kind, String description, LocalDate from, LocalDate to, String definedIn) {}

  static DataSetInfo of(DataSet data, LocalDate[] span) {
    var net = data.network();
    Map<String, String> definedIn = new TreeMap<>();
    data.policies().forEach(p -> definedIn.putIfAbsent(p.id(), "base"));
    new TreeMap<>(data.scenarios()).forEach((name, s) -> s.policies().forEach(p -> definedIn.putIfAbsent(p.id(), name)));
    List<PolicyInfo> policies = WhatIf.definedPolicies(data).values().stream()
        .map((Policy p) -> new PolicyInfo(p.id(), p.kind(), p.description(), p.validity().from(), p.validity().to(),
            definedIn.get(p.id())))
        .toList();
    return new DataSetInfo(data.folder().getFileName().toString(), data.defaultScenario(),
        new TreeMap<>(data.scenarios()).values().stream()
            .map((Scenario s) -> new ScenarioInfo(s.name(), s.description(), s.extendsName(), s.asOf())).toList(),
        new DateSpan(span[0], span[1]),
        net.commodities().values().stream().map(c -> new CommodityInfo(c.id(), c.name(), c.unit().symbol(),
            c.unit().perYear())).toList(),
        net.countries().values().stream().map(c -> new CountryInfo(c.code(), c.name())).toList(),
        policies);
  }
}
