package org.corridor.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
    Units units, List<CommodityInfo> commodities, List<CountryInfo> countries, List<NodeInfo> nodes,
    List<LinkInfo> links, List<PolicyInfo> policies) {
  /** Units of the figures answers carry: money per year, shares, and each commodity's flow unit ({@code flowUnit}). */
  public record Units(String money, String share, String flow) {
    static final Units STANDARD = new Units("USD m/yr", "share (0 to 1)",
        "the commodity's unit per year (commodities[].flowUnit); a link's capacity in its capacityUnit");
  }

  /** A node as a map places it: longitude and latitude in degrees (WGS 84). */
  public record NodeInfo(String id, String name, String country, String kind, double lat, double lon) {}

  /**
   * A link as a what-if edits it: its base capacity (no series row or policy applied) in {@code capacityUnit},
   * or null for none.
   */
  public record LinkInfo(String id, String name, String from, String to, String mode, List<String> commodities,
      Double capacity, String capacityUnit) {}

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
        new DateSpan(span[0], span[1]), Units.STANDARD,
        net.commodities().values().stream().map(c -> new CommodityInfo(c.id(), c.name(), c.unit().symbol(),
            c.unit().perYear())).toList(),
        net.countries().values().stream().map(c -> new CountryInfo(c.code(), c.name())).toList(),
        net.nodes().values().stream().map(n -> new NodeInfo(n.id(), n.name(), n.country(),
            n.kind().name().toLowerCase(Locale.ROOT), n.lat(), n.lon())).toList(),
        net.links().values().stream().map(l -> new LinkInfo(l.id(), l.name() == null ? "" : l.name(), l.from(), l.to(),
            l.mode().name().toLowerCase(Locale.ROOT), l.commodities(), Double.isFinite(l.capacity()) ? l.capacity() : null,
            l.capacityUnit() == null ? null : l.capacityUnit().perYear())).toList(),
        policies);
  }
}
