package org.corridor.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridor.model.Link;
import org.corridor.model.Network;
import org.corridor.model.SeriesValue;
import org.corridor.model.SourceRef;

/**
 * Cross-table checks on a built network: references, units, sources, and warnings about a network that
 * is well-formed but probably not what the user meant. Each record carries the file and line it was read
 * from, so a problem names its own row even after a duplicate or a bad row was left out of the network.
 */
final class NetworkChecks {
  private final DataSetLoader.Tables tables;
  private final Network net;
  private final Map<String, List<CsvTable.Row>> raw;
  private final Problems problems;

  NetworkChecks(DataSetLoader.Tables tables, Map<String, List<CsvTable.Row>> raw, Problems problems) {
    this.tables = tables;
    this.net = tables.network();
    this.raw = raw;
    this.problems = problems;
  }

  void run() {
    checkSources();
    each(tables.memberships(), (m, row) -> {
      ref(row, "bloc", m.bloc(), net.blocs().keySet(), "bloc");
      ref(row, "country", m.country(), net.countries().keySet(), "country");
    });
    each(tables.conversions(), (c, row) -> ref(row, "commodity", c.commodity(),
        net.commodities().keySet(), "commodity"));
    each(tables.passages(), (p, row) -> ref(row, "country", p.country(),
        net.countries().keySet(), "country"));
    each(tables.nodes(), (n, row) -> ref(row, "country", n.country(), net.countries().keySet(),
        "country"));
    checkLinks();
    checkNodeCapacityUnits();
    checkSupplyAndDemand();
    checkSeries();
    new AllocationChecks(net, tables.allocations(), problems).run();
    checkTotals();
    new CandidateChecks(net, tables.candidates(), problems).run();
    warnDisconnected();
  }

  private interface RowCheck<T> {
    void check(T record, Located<T> row);
  }

  /** Runs a check on every loaded record of a table, with the line the record was read from. */
  private static <T> void each(List<Located<T>> located, RowCheck<T> check) {
    for (Located<T> l : located) {
      check.check(l.record(), l);
    }
  }

  private void ref(Located<?> row, String field, String value, Collection<String> known, String what) {
    if (value != null && !known.contains(value) && !problems.skipsReference(what)) {
      problems.error(row.file(), row.line(), field, value, "unknown " + what + " `" + value + "`",
          Problems.didYouMean(value, known));
    }
  }

  private void checkSources() {
    for (String table : Schema.TABLES) {
      for (CsvTable.Row row : raw.get(table)) {
        if (!row.cells().containsKey("sources")) {
          continue;
        }
        SourceRef ref = SourceRef.parse(row.cells().get("sources"));
        for (String id : ref.sourceIds()) {
          if (!net.sources().containsKey(id) && !problems.skipsReference("source")) {
            problems.error(row.file(), row.line(), "sources", id, "unknown source `" + id + "`",
                Problems.didYouMean(id, net.sources().keySet()));
          }
        }
      }
    }
  }

  private void checkLinks() {
    Set<String> supplied = new HashSet<>();
    net.supply().forEach(s -> supplied.add(s.commodity()));
    Set<String> places = new HashSet<>(net.countries().keySet());
    places.addAll(net.passages().keySet());
    each(tables.links(), (l, row) -> {
      ref(row, "from", l.from(), net.nodes().keySet(), "node");
      ref(row, "to", l.to(), net.nodes().keySet(), "node");
      ref(row, "tariff_country", l.tariffCountry(), net.countries().keySet(), "country");
      for (String v : l.via()) {
        ref(row, "via", v, places, "country or passage");
      }
      if (l.from() != null && l.from().equals(l.to())) {
        problems.error(row.file(), row.line(), "to", l.to(), "link starts and ends at the same node", null);
      }
      if (l.commodities().isEmpty()) {
        problems.error(row.file(), row.line(), "commodities", "", "link carries no commodity", null);
      }
      for (String c : l.commodities()) {
        if (!net.commodities().containsKey(c)) {
          ref(row, "commodities", c, net.commodities().keySet(), "commodity");
        } else if (!supplied.contains(c) && !problems.isUnavailable("supply")) {
          problems.error(row.file(), row.line(), "commodities", c, "link carries `" + c + "` but nothing supplies it",
              "add a supply row for `" + c + "` or remove it from the link");
        } else if (l.capacityUnit() != null && net.commodities().get(c).unit() != null
            && net.conversionFactor(c, l.capacityUnit()).isEmpty()) {
          problems.error(row.file(), row.line(), "capacity_unit", l.capacityUnit().symbol(), "no conversion from `"
              + c + "` (" + net.commodities().get(c).unit() + ") to " + l.capacityUnit(),
              conversionHint(c, l.capacityUnit()));
        }
      }
    });
  }

  /**
   * A node's throughput capacity counts, converted into its capacity unit, every commodity supplied at the
   * node and every commodity a link carries into it (TransitFormulation: the head of each arc, and a link
   * may run both ways, so both ends of every link count). Each such (commodity, node) pair needs a
   * conversion, or the LP cannot be built; the check covers every link whatever its status or dates,
   * because a scenario may activate it.
   */
  private void checkNodeCapacityUnits() {
    Map<String, Located<?>> rowOf = new HashMap<>();
    each(tables.nodes(), (n, row) -> rowOf.putIfAbsent(n.id(), row));
    each(tables.supply(), (s, row) -> {
      var n = s.node() == null ? null : net.nodes().get(s.node());
      if (lacksConversion(s.commodity(), n)) {
        problems.error(row.file(), row.line(), "commodity", s.commodity(), "supply of `" + s.commodity() + "` ("
            + net.commodities().get(s.commodity()).unit() + ") at node " + n.id() + ", whose capacity is in "
            + n.capacityUnit() + ", and there is no conversion", conversionHint(s.commodity(), n.capacityUnit()));
      }
    });
    each(tables.links(), (l, row) -> {
      for (String end : List.of(l.from() == null ? "" : l.from(), l.to() == null ? "" : l.to())) {
        var n = net.nodes().get(end);
        for (String c : l.commodities()) {
          if (lacksConversion(c, n)) {
            Located<?> at = rowOf.getOrDefault(end, row);
            problems.error(at.file(), at.line(), "capacity_unit", n.capacityUnit().symbol(), "link " + l.id()
                + " brings `" + c + "` (" + net.commodities().get(c).unit()
                + ") to node " + end + ", whose capacity is in " + n.capacityUnit() + ", and there is no conversion",
                conversionHint(c, n.capacityUnit()));
          }
        }
      }
    });
  }

  /** Whether the LP would need {@code commodity} in the node's capacity unit and cannot convert it. */
  private boolean lacksConversion(String commodity, org.corridor.model.Node n) {
    if (n == null || n.capacity() == null || n.capacityUnit() == null || commodity == null) {
      return false;
    }
    var c = net.commodities().get(commodity);
    return c != null && c.unit() != null && net.conversionFactor(commodity, n.capacityUnit()).isEmpty();
  }

  private static String conversionHint(String commodity, org.corridor.model.Unit unit) {
    return "add a row `" + commodity + "," + unit.symbol() + ",FACTOR,SOURCES` to conversions.csv (FACTOR: "
        + unit.symbol() + " per unit of " + commodity + ")";
  }

  private void checkSupplyAndDemand() {
    Map<String, Integer> seen = new HashMap<>();
    each(tables.supply(), (s, row) -> {
      ref(row, "node", s.node(), net.nodes().keySet(), "node");
      ref(row, "commodity", s.commodity(), net.commodities().keySet(), "commodity");
      Integer first = seen.putIfAbsent("S" + s.node() + "/" + s.commodity(), row.line());
      if (first != null) {
        problems.error(row.file(), row.line(), "node", s.node(), "second supply row for " + s.node() + "/"
            + s.commodity(), "first on line " + first + "; merge them");
      }
    });
    each(tables.demand(), (d, row) -> {
      ref(row, "node", d.node(), net.nodes().keySet(), "node");
      ref(row, "commodity", d.commodity(), net.commodities().keySet(), "commodity");
      Integer first = seen.putIfAbsent("D" + d.node() + "/" + d.commodity(), row.line());
      if (first != null) {
        problems.error(row.file(), row.line(), "node", d.node(), "second demand row for " + d.node() + "/"
            + d.commodity(), "first on line " + first + "; merge them");
      }
    });
  }

  /**
   * Dated values: the key exists in its table, the field belongs to the table (a node's capacity only when
   * its base row has one), periods of one (table, key, field) do not overlap (an error naming both lines),
   * and a gap between two periods is a warning: the base value applies in it, which is rarely meant.
   */
  private void checkSeries() {
    Map<String, List<Located<SeriesValue>>> byKey = new java.util.LinkedHashMap<>();
    each(tables.series(), (v, row) -> {
      if (!checkSeriesRow(v, row)) {
        return;
      }
      byKey.computeIfAbsent(v.table() + "|" + v.key() + "|" + v.field(), k -> new ArrayList<>()).add(row);
    });
    byKey.values().forEach(this::checkPeriods);
  }

  /** Whether the row names an existing key and a field of its table; else reported. */
  private boolean checkSeriesRow(SeriesValue v, Located<SeriesValue> row) {
    String table = v.table().schemaName();
    String field = v.field().schemaName();
    Collection<String> keys;
    String what;
    switch (v.table()) {
      case SUPPLY -> {
        keys = net.supply().stream().map(s -> s.node() + "/" + s.commodity()).toList();
        what = "supply";
      }
      case DEMAND -> {
        keys = net.demand().stream().map(d -> d.node() + "/" + d.commodity()).toList();
        what = "demand";
      }
      case LINKS -> {
        keys = net.links().keySet();
        what = "link";
      }
      default -> {
        keys = net.nodes().keySet();
        what = "node";
      }
    }
    boolean ok = true;
    if (!keys.contains(v.key())) {
      if (!problems.skipsReference(what)) {
        String guess = Problems.didYouMean(v.key(), keys);
        problems.error(row.file(), row.line(), "key", v.key(), "unknown " + what + " `" + v.key() + "` in "
            + table + ".csv", (v.table() == SeriesValue.Table.SUPPLY || v.table() == SeriesValue.Table.DEMAND
                ? "write the key as NODE/commodity of a row of " + table + ".csv" : "write the id of a row of "
                + table + ".csv") + (guess == null ? "" : "; " + guess));
      }
      ok = false;
    }
    List<String> fields = seriesFields(table);
    if (!fields.contains(field)) {
      problems.error(row.file(), row.line(), "field", field, "`" + field + "` is not a dated field of " + table,
          "the fields of " + table + " that can be dated: " + String.join(", ", fields));
      ok = false;
    } else if (ok && v.table() == SeriesValue.Table.NODES && net.nodes().get(v.key()).capacity() == null) {
      problems.error(row.file(), row.line(), "key", v.key(), "node `" + v.key() + "` has no capacity in nodes.csv, "
          + "so it has no capacity to date", "give the node a capacity and capacity_unit in nodes.csv (the value "
          + "where no dated value applies), or leave its capacity unlimited");
      ok = false;
    }
    return ok;
  }

  /** The columns of {@code table} a series row may date: the series field values that are numbers of the table. */
  static List<String> seriesFields(String table) {
    return Schema.get().attribute("series", "field").valueType().values().stream()
        .filter(f -> Schema.get().table(table).stream()
            .anyMatch(a -> a.name().equals(f) && a.valueType().kind() == Schema.Type.Kind.NUMBER))
        .toList();
  }

  /** Overlaps (errors) and gaps (warnings) among the periods of one (table, key, field). */
  private void checkPeriods(List<Located<SeriesValue>> rows) {
    List<Located<SeriesValue>> sorted = new ArrayList<>(rows);
    sorted.sort(java.util.Comparator.comparing((Located<SeriesValue> l) -> l.record().validity().from())
        .thenComparingInt(Located::line));
    for (int i = 0; i < sorted.size(); i++) {
      SeriesValue a = sorted.get(i).record();
      String name = a.table().schemaName() + " " + a.key() + " " + a.field().schemaName();
      for (int j = i + 1; j < sorted.size(); j++) {
        SeriesValue b = sorted.get(j).record();
        // b starts on or after a; an open end runs until the next row, so only a written end can overlap.
        boolean overlap = b.validity().from().equals(a.validity().from())
            || (a.validity().to() != null && !a.validity().to().isBefore(b.validity().from()));
        if (overlap) {
          Located<SeriesValue> first = sorted.get(i).line() < sorted.get(j).line() ? sorted.get(i) : sorted.get(j);
          Located<SeriesValue> second = first == sorted.get(i) ? sorted.get(j) : sorted.get(i);
          problems.error(second.file(), second.line(), "valid_from", String.valueOf(second.record().validity().from()), "the period "
              + second.record().validity() + " of " + name + " overlaps the period " + first.record().validity()
              + " on line " + first.line(), "periods of one table, key and field may not overlap; end the earlier "
              + "one (valid_to) the day before the later one starts");
        }
      }
      if (i + 1 < sorted.size() && a.validity().to() != null
          && a.validity().to().plusDays(1).isBefore(sorted.get(i + 1).record().validity().from())) {
        Located<SeriesValue> next = sorted.get(i + 1);
        problems.warning(next.file(), next.line(), "valid_from", next.record().validity().from().toString(),
            "gap in " + name + " from " + a.validity().to().plusDays(1) + " to "
                + next.record().validity().from().minusDays(1) + " after the period ending on line "
                + sorted.get(i).line() + ": the base value applies in it", "end the earlier period the day before "
                + "the later one starts, or leave its valid_to empty to run until the next row");
      }
    }
  }

  /** Reported totals: the country and commodity exist, and one row per (country, commodity, year, flow). */
  private void checkTotals() {
    Map<String, Integer> seen = new HashMap<>();
    each(tables.totals(), (t, row) -> {
      ref(row, "country", t.country(), net.countries().keySet(), "country");
      ref(row, "commodity", t.commodity(), net.commodities().keySet(), "commodity");
      String key = t.country() + "|" + t.commodity() + "|" + t.year() + "|" + t.flow();
      Integer first = seen.putIfAbsent(key, row.line());
      if (first != null) {
        problems.error(row.file(), row.line(), "year", String.valueOf(t.year()), "second total of "
            + t.flow().schemaName() + " of " + t.commodity() + " for " + t.country() + " in " + t.year(),
            "first on line " + first + "; keep one row per country, commodity, year and flow");
      }
    });
  }

  private void warnDisconnected() {
    if (problems.isUnavailable("links")) {
      return;
    }
    Set<String> linked = new HashSet<>();
    for (Link l : net.links().values()) {
      linked.add(l.from());
      linked.add(l.to());
    }
    each(tables.nodes(), (n, row) -> {
      if (n.id() != null && !linked.contains(n.id())) {
        problems.warning(row.file(), row.line(), "id", n.id(), "node `" + n.id() + "` has no link", "connect it or remove it");
      }
    });
  }
}
