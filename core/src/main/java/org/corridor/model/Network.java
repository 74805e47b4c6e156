package org.corridor.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The base data set: every table, keyed by id in file order. Built once by the loader, after
 * validation; immutable afterwards.
 */
public final class Network {
  private final Map<String, Source> sources;
  private final Map<String, Country> countries;
  private final Map<String, Bloc> blocs;
  private final List<Membership> memberships;
  private final Map<String, Commodity> commodities;
  private final List<Conversion> conversions;
  private final Map<String, Passage> passages;
  private final Map<String, Node> nodes;
  private final Map<String, Link> links;
  private final List<Supply> supply;
  private final List<Demand> demand;
  private final List<SeriesValue> series;
  private final List<Allocation> allocations;
  private final List<ReportedTotal> totals;
  private final List<Candidate> candidates;
  /** The dated values of each (table, key, field), by first day. */
  private final Map<String, List<SeriesValue>> seriesByKey;

  /** A network without dated values. */
  public Network(List<Source> sources, List<Country> countries, List<Bloc> blocs, List<Membership> memberships,
      List<Commodity> commodities, List<Conversion> conversions, List<Passage> passages, List<Node> nodes,
      List<Link> links, List<Supply> supply, List<Demand> demand) {
    this(sources, countries, blocs, memberships, commodities, conversions, passages, nodes, links, supply, demand,
        List.of());
  }

  /** A network without allocations or reported totals. */
  public Network(List<Source> sources, List<Country> countries, List<Bloc> blocs, List<Membership> memberships,
      List<Commodity> commodities, List<Conversion> conversions, List<Passage> passages, List<Node> nodes,
      List<Link> links, List<Supply> supply, List<Demand> demand, List<SeriesValue> series) {
    this(sources, countries, blocs, memberships, commodities, conversions, passages, nodes, links, supply, demand,
        series, List.of(), List.of());
  }

  public Network(List<Source> sources, List<Country> countries, List<Bloc> blocs, List<Membership> memberships,
      List<Commodity> commodities, List<Conversion> conversions, List<Passage> passages, List<Node> nodes,
      List<Link> links, List<Supply> supply, List<Demand> demand, List<SeriesValue> series,
      List<Allocation> allocations, List<ReportedTotal> totals) {
    this(sources, countries, blocs, memberships, commodities, conversions, passages, nodes, links, supply, demand,
        series, allocations, totals, List.of());
  }

  public Network(List<Source> sources, List<Country> countries, List<Bloc> blocs, List<Membership> memberships,
      List<Commodity> commodities, List<Conversion> conversions, List<Passage> passages, List<Node> nodes,
      List<Link> links, List<Supply> supply, List<Demand> demand, List<SeriesValue> series,
      List<Allocation> allocations, List<ReportedTotal> totals, List<Candidate> candidates) {
    this.candidates = List.copyOf(candidates);
    this.allocations = List.copyOf(allocations);
    this.totals = List.copyOf(totals);
    this.sources = index(sources, Source::id);
    this.countries = index(countries, Country::code);
    this.blocs = index(blocs, Bloc::id);
    this.memberships = List.copyOf(memberships);
    this.commodities = index(commodities, Commodity::id);
    this.conversions = List.copyOf(conversions);
    this.passages = index(passages, Passage::id);
    this.nodes = index(nodes, Node::id);
    this.links = index(links, Link::id);
    this.supply = List.copyOf(supply);
    this.demand = List.copyOf(demand);
    this.series = List.copyOf(series);
    Map<String, List<SeriesValue>> byKey = new LinkedHashMap<>();
    for (SeriesValue v : this.series) {
      byKey.computeIfAbsent(seriesKey(v.table(), v.key(), v.field()), k -> new ArrayList<>()).add(v);
    }
    byKey.replaceAll((k, list) -> list.stream().sorted(java.util.Comparator.comparing(
        (SeriesValue v) -> v.validity().from(), java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())))
        .toList());
    this.seriesByKey = Collections.unmodifiableMap(byKey);
  }

  private static String seriesKey(SeriesValue.Table table, String key, SeriesValue.Field field) {
    return table + "|" + key + "|" + field;
  }

  private static <T> Map<String, T> index(List<T> rows, Function<T, String> id) {
    Map<String, T> map = new LinkedHashMap<>();
    // A row whose id failed validation has none; it cannot be referred to, so it is not indexed (a null key
    // would reach every lookup and "did you mean" among the known ids).
    rows.stream().filter(r -> id.apply(r) != null).forEach(r -> map.put(id.apply(r), r));
    return Collections.unmodifiableMap(map);
  }

  public Map<String, Source> sources() { return sources; }
  public Map<String, Country> countries() { return countries; }
  public Map<String, Bloc> blocs() { return blocs; }
  public List<Membership> memberships() { return memberships; }
  public Map<String, Commodity> commodities() { return commodities; }
  public List<Conversion> conversions() { return conversions; }
  public Map<String, Passage> passages() { return passages; }
  public Map<String, Node> nodes() { return nodes; }
  public Map<String, Link> links() { return links; }
  public List<Supply> supply() { return supply; }
  public List<Demand> demand() { return demand; }
  /** The dated values of series.csv, in file order. */
  public List<SeriesValue> series() { return series; }
  /** The capacity allocations of allocations.csv, in file order. */
  public List<Allocation> allocations() { return allocations; }
  /** The reported national totals of totals.csv, in file order. */
  public List<ReportedTotal> totals() { return totals; }
  /** The projects of candidates.csv, in file order. */
  public List<Candidate> candidates() { return candidates; }

  /** The allocations in force on {@code date}, in file order. */
  public List<Allocation> allocationsOn(LocalDate date) {
    return allocations.stream().filter(a -> a.validity().contains(date)).toList();
  }

  /** The reported total of a country, commodity, year and flow, if totals.csv has one. */
  public Optional<ReportedTotal> total(String country, String commodity, int year, ReportedTotal.Flow flow) {
    return totals.stream().filter(t -> t.country().equals(country) && t.commodity().equals(commodity)
        && t.year() == year && t.flow() == flow).findFirst();
  }

  /**
   * The dated value of a base row's column on {@code date}, if one applies: the row of that (table, key,
   * field) with the latest first day on or before {@code date}, unless its own last day is before
   * {@code date} (then the date falls in a gap or after the last period, and the base value applies). The
   * loader refuses overlapping periods, so at most one row applies.
   */
  public Optional<Double> dated(SeriesValue.Table table, String key, SeriesValue.Field field, LocalDate date) {
    List<SeriesValue> rows = seriesByKey.get(seriesKey(table, key, field));
    if (rows == null || date == null) {
      return Optional.empty();
    }
    SeriesValue applies = null;
    for (SeriesValue v : rows) {
      if (v.validity().from() == null || !v.validity().from().isAfter(date)) {
        applies = v;
      }
    }
    if (applies == null || (applies.validity().to() != null && applies.validity().to().isBefore(date))) {
      return Optional.empty();
    }
    return Optional.of(applies.value());
  }

  /** {@link #dated} or {@code base} when no dated value applies. */
  public double dated(SeriesValue.Table table, String key, SeriesValue.Field field, LocalDate date, double base) {
    return dated(table, key, field, date).orElse(base);
  }

  public Node node(String id) {
    Node n = nodes.get(id);
    if (n == null) {
      throw new IllegalArgumentException("unknown node " + id);
    }
    return n;
  }

  /** The unit a commodity's quantities are given in. */
  public Unit unitOf(String commodity) {
    Commodity c = commodities.get(commodity);
    if (c == null) {
      throw new IllegalArgumentException("unknown commodity " + commodity);
    }
    return c.unit();
  }

  public String countryOf(String nodeId) {
    return node(nodeId).country();
  }

  /**
   * The countries a name stands for on a date: a country code stands for itself, a bloc id for its
   * members on that date.
   */
  public Set<String> expand(String countryOrBloc, LocalDate date) {
    if (countries.containsKey(countryOrBloc)) {
      return Set.of(countryOrBloc);
    }
    Set<String> members = new LinkedHashSet<>();
    for (Membership m : memberships) {
      if (m.bloc().equals(countryOrBloc) && m.isMemberOn(date)) {
        members.add(m.country());
      }
    }
    return members;
  }

  public Set<String> expandAll(List<String> names, LocalDate date) {
    Set<String> all = new LinkedHashSet<>();
    names.forEach(n -> all.addAll(expand(n, date)));
    return all;
  }

  /** The countries a link's {@code via} entries name, passages mapped to their countries. */
  public List<String> viaCountries(Link link) {
    List<String> out = new ArrayList<>();
    for (String v : link.via()) {
      Passage p = passages.get(v);
      out.add(p != null ? p.country() : v);
    }
    return out;
  }

  /**
   * The countries whose transit bans cover a link: {@link #viaCountries} without the countries that the link
   * reaches only through free-transit passages ({@link Passage#freeTransit()}). A country named directly in
   * {@code via}, or through another passage, still counts.
   */
  public List<String> deniableViaCountries(Link link) {
    List<String> out = new ArrayList<>();
    for (String v : link.via()) {
      Passage p = passages.get(v);
      if (p == null) {
        out.add(v);
      } else if (!p.freeTransit()) {
        out.add(p.country());
      }
    }
    return out;
  }

  /** Units of {@code capacityUnit} that one unit of the commodity takes up, if known. */
  public Optional<Double> conversionFactor(String commodity, Unit capacityUnit) {
    Commodity carried = commodities.get(commodity);
    Unit own = carried == null ? null : carried.unit();
    if (own == null || capacityUnit == null) {
      return Optional.empty();
    }
    if (own == capacityUnit) {
      return Optional.of(1.0);
    }
    for (Conversion c : conversions) {
      // A conversion row whose commodity failed validation has none: compare from the known side.
      if (commodity.equals(c.commodity()) && c.unit() == capacityUnit) {
        return Optional.of(c.factor());
      }
    }
    return own.factorTo(capacityUnit);
  }
}
