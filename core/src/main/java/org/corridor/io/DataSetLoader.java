package org.corridor.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.corridor.model.Allocation;
import org.corridor.model.Bloc;
import org.corridor.model.Candidate;
import org.corridor.model.Commodity;
import org.corridor.model.Conversion;
import org.corridor.model.Country;
import org.corridor.model.Demand;
import org.corridor.model.Link;
import org.corridor.model.Membership;
import org.corridor.model.Mode;
import org.corridor.model.Network;
import org.corridor.model.Node;
import org.corridor.model.Passage;
import org.corridor.model.ReportedTotal;
import org.corridor.model.SeriesValue;
import org.corridor.model.Source;
import org.corridor.model.Supply;
import org.corridor.model.Validity;
import org.corridor.policy.DataSet;
import org.corridor.policy.Policy;
import org.corridor.policy.RiskEvent;
import org.corridor.policy.Scenario;

/**
 * Loads and validates a data folder. Every problem is gathered before anything is returned; the caller
 * gets a complete {@link DataSet} or an {@link InvalidModelException} listing all errors. Nothing is
 * written.
 */
public final class DataSetLoader {
  /** A loaded data set and the warnings found on the way. */
  public record Result(DataSet dataSet, List<Problem> warnings) {}

  private DataSetLoader() {}

  /** Loads {@code folder}; with {@code strict}, warnings count as errors. */
  public static Result load(Path folder, boolean strict) throws InvalidModelException {
    Problems problems = new Problems();
    if (!Files.isDirectory(folder)) {
      problems.error(folder.toString(), 0, null, null, "not a folder", "give the path of a data set folder");
      throw new InvalidModelException(problems.list());
    }
    Map<String, List<CsvTable.Row>> raw = new LinkedHashMap<>();
    for (String table : Schema.TABLES) {
      List<CsvTable.Row> rows = CsvTable.read(folder, table, Schema.OPTIONAL_TABLES.contains(table), problems);
      String key = Schema.get().table(table).get(0).name();
      if (Schema.get().attribute(table, key).type().equals("id")) {
        CsvTable.checkUnique(rows, key, problems);
      }
      raw.put(table, rows);
    }
    Tables tables = new TableBuilder(raw, problems).build();
    Network network = tables.network();
    new NetworkChecks(tables, raw, problems).run();
    // The YAML files are read and checked against whatever tables did load, so that one run lists every
    // problem; references into a table that could not be read at all are counted, not listed.
    List<Policy> policies = readPolicies(folder, network, problems);
    ScenarioReader scenarioReader = new ScenarioReader(network, policies, problems);
    Map<String, Scenario> scenarios = scenarioReader.readFolder(folder, "scenarios");
    if (!problems.hasErrors()) {
      // Costs are checked on valid policies and scenarios only: a cost change must not make any cost negative.
      new CostChecks(folder, network, policies, scenarios, problems).run();
    }
    DatasetFile meta = readDatasetFile(folder, network, scenarios, problems);
    if (meta.defaultScenario() == null && scenarios.containsKey(Scenario.IMPLICIT)) {
      problems.error(scenarioReader.fileOf(Scenario.IMPLICIT), scenarioReader.nameLine(Scenario.IMPLICIT), "name",
          Scenario.IMPLICIT, "scenario `" + Scenario.IMPLICIT + "` clashes with the implicit scenario `"
              + Scenario.IMPLICIT + "` (the base data set as of today), which is used when dataset.yaml names no "
              + "default_scenario", "rename the scenario, or set `default_scenario: " + Scenario.IMPLICIT
              + "` in dataset.yaml");
    }
    List<org.corridor.model.Claim> claims = yamlFile(folder, "claims", problems)
        .map(path -> new ClaimReader(network, scenarios, problems, path.getFileName().toString()).read(folder, path))
        .orElse(List.of());
    RiskEvent.Register risks = yamlFile(folder, "risks", problems)
        .map(path -> new RiskReader(network, problems, path.getFileName().toString()).read(folder, path))
        .orElse(RiskEvent.Register.NONE);
    List<Problem> all = problems.list();
    boolean failed = problems.hasErrors() || (strict && !all.isEmpty());
    if (failed) {
      throw new InvalidModelException(strict ? all.stream().map(Problem::asError).toList() : all);
    }
    return new Result(new DataSet(folder, network, policies, scenarios, meta.defaultScenario(), meta.focus(),
        claims, risks), all);
  }

  private static List<Policy> readPolicies(Path folder, Network network, Problems problems) {
    return yamlFile(folder, "policies", problems).flatMap(path -> {
      String file = path.getFileName().toString();
      return YamlTree.read(folder, path, file, problems).map(tree -> new PolicyReader(network, problems)
          .readList(tree, file));
    }).orElse(List.of());
  }

  /**
   * The file {@code stem.yaml} or {@code stem.yml} (the extension in any case) of the folder, if there is
   * one. Two such files would define the same thing twice: the second is an error and is not read.
   */
  static Optional<Path> yamlFile(Path folder, String stem, Problems problems) {
    List<Path> found = DataFiles.list(folder, folder, folder.toString(), YAML_EXTENSIONS, problems).stream()
        .filter(p -> stemOf(p).equals(stem)).toList();
    for (Path other : found.subList(Math.min(1, found.size()), found.size())) {
      problems.error(other.getFileName().toString(), 0, null, null, "defines the same as "
          + found.get(0).getFileName() + ", which is read instead", "keep one of the two files");
    }
    return found.stream().findFirst();
  }

  /** Extensions of YAML files, matched in any case. */
  static final List<String> YAML_EXTENSIONS = List.of("yaml", "yml");

  /** The file name without its extension. */
  static String stemOf(Path p) {
    String n = p.getFileName().toString();
    int dot = n.lastIndexOf('.');
    return dot < 0 ? n : n.substring(0, dot);
  }

  private record DatasetFile(String defaultScenario, List<DataSet.Focus> focus) {}

  /** {@code dataset.yaml}: optional; names the default scenario and the pairs reports lead with. */
  private static DatasetFile readDatasetFile(Path folder, Network network, Map<String, Scenario> scenarios,
      Problems problems) {
    DatasetFile none = new DatasetFile(null, List.of());
    Optional<Path> path = yamlFile(folder, "dataset", problems);
    if (path.isEmpty()) {
      return none;
    }
    String file = path.get().getFileName().toString();
    YamlFields f = YamlTree.read(folder, path.get(), file, problems)
        .map(t -> YamlFields.of(t, file, problems, file)).orElse(null);
    if (f == null) {
      return none;
    }
    f.allowOnly(Set.of("name", "description", "default_scenario", "focus"));
    String name = f.text("default_scenario", false);
    if (name != null && !scenarios.containsKey(name)) {
      problems.error(file, f.line("default_scenario"), "default_scenario", name,
          "unknown scenario `" + name + "`", Problems.didYouMean(name, scenarios.keySet()));
      name = null;
    }
    List<DataSet.Focus> focus = new ArrayList<>();
    if (f.node("focus") instanceof YamlTree.YList list) {
      for (YamlTree.YNode item : list.items()) {
        YamlFields pair = YamlFields.of(item, file, problems, "a focus entry");
        if (pair == null) {
          continue;
        }
        String exporter = pair.text("exporter", true);
        String commodity = pair.text("commodity", true);
        pair.checkRefs("exporter", exporter == null ? List.of() : List.of(exporter), network.countries().keySet(), "country");
        pair.checkRefs("commodity", commodity == null ? List.of() : List.of(commodity), network.commodities().keySet(), "commodity");
        String transit = pair.text("transit", false);
        pair.checkRefs("transit", transit == null ? List.of() : List.of(transit), network.countries().keySet(), "country");
        focus.add(new DataSet.Focus(exporter, commodity, transit));
      }
    }
    return new DatasetFile(name, focus);
  }

  /** The built network, and each loaded record of the tables that cross-table checks visit, with its line. */
  record Tables(Network network, List<Located<Membership>> memberships, List<Located<Conversion>> conversions,
      List<Located<Passage>> passages, List<Located<Node>> nodes, List<Located<Link>> links,
      List<Located<Supply>> supply, List<Located<Demand>> demand, List<Located<SeriesValue>> series,
      List<Located<Allocation>> allocations, List<Located<ReportedTotal>> totals,
      List<Located<Candidate>> candidates) {}

  /** Turns raw rows into records; bad cells become problems and the row is still built where possible. */
  private static final class TableBuilder {
    private final Map<String, List<CsvTable.Row>> raw;
    private final Problems problems;

    TableBuilder(Map<String, List<CsvTable.Row>> raw, Problems problems) {
      this.raw = raw;
      this.problems = problems;
    }

    /** Every row of the table that could be built, with the line it came from. */
    private <T> List<Located<T>> rows(String table, Function<RowReader, T> build) {
      List<Located<T>> out = new ArrayList<>();
      String key = Schema.get().table(table).get(0).name();
      key = Schema.get().attribute(table, key).type().equals("id") ? key : null;
      for (CsvTable.Row row : raw.get(table)) {
        RowReader reader = new RowReader(row, table, problems);
        T t = build.apply(reader);
        reader.finish();
        // A record of a keyed table whose id is bad (already reported) is left out: nothing can refer to it.
        if (t != null && (key == null || reader.id(key) != null)) {
          out.add(Located.of(t, row));
        }
      }
      return out;
    }

    private static <T> List<T> records(List<Located<T>> located) {
      return located.stream().map(Located::record).toList();
    }

    Tables build() {
      List<Located<Source>> sources = rows("sources", r -> new Source(r.id("id"), r.text("title"),
          r.text("publisher"), r.date("date"), r.text("address"), r.text("note")));
      List<Located<Country>> countries = rows("countries", r -> new Country(r.id("code"), r.text("name"),
          "region".equals(r.text("kind")), r.sources()));
      List<Located<Bloc>> blocs = rows("blocs", r -> new Bloc(r.id("id"), r.text("name"), r.sources()));
      List<Located<Membership>> memberships = rows("memberships", r -> new Membership(r.id("bloc"),
          r.id("country"), r.enumValue("status", Membership.Status.class), validity(r), r.sources()));
      List<Located<Commodity>> commodities = rows("commodities", r -> new Commodity(r.id("id"), r.text("name"),
          r.unit("unit"), r.number("value", 0), r.sources()));
      Map<String, Commodity> byId = new LinkedHashMap<>();
      commodities.forEach(c -> byId.put(c.record().id(), c.record()));
      List<Located<Conversion>> conversions = rows("conversions", r -> new Conversion(r.id("commodity"),
          r.unit("unit"), r.number("factor", 1), r.sources()));
      List<Located<Passage>> passages = rows("passages", r -> new Passage(r.id("id"), r.text("name"),
          r.id("country"), r.sources(), r.bool("free_transit")));
      List<Located<Node>> nodes = rows("nodes", TableBuilder::node);
      List<Located<Link>> links = rows("links", r -> link(r, byId));
      List<Located<Supply>> supply = rows("supply", r -> new Supply(r.id("node"), r.id("commodity"),
          r.number("quantity", 0), r.number("cost", 0), r.sources()));
      List<Located<Demand>> demand = rows("demand", r -> demand(r, byId));
      List<Located<SeriesValue>> series = rows("series", TableBuilder::seriesValue);
      List<Located<Allocation>> allocations = rows("allocations", TableBuilder::allocation);
      List<Located<ReportedTotal>> totals = rows("totals", TableBuilder::total);
      List<Located<Candidate>> candidates = rows("candidates", TableBuilder::candidate);
      Network network = new Network(records(sources), records(countries), records(blocs), records(memberships),
          records(commodities), records(conversions), records(passages), records(nodes), records(links),
          records(supply), records(demand), records(series), records(allocations), records(totals),
          records(candidates));
      return new Tables(network, memberships, conversions, passages, nodes, links, supply, demand, series,
          allocations, totals, candidates);
    }

    private static Demand demand(RowReader r, Map<String, Commodity> commodities) {
      String commodity = r.id("commodity");
      Commodity c = commodity == null ? null : commodities.get(commodity);
      double price = r.number("price", c == null ? 0 : c.value());
      return new Demand(r.id("node"), commodity, r.number("quantity", 0), price, r.sources());
    }

    /**
     * A row of series.csv; null (left out) when a cell it needs is bad or empty, which is reported. The value
     * is checked against the range of the column the row dates (a capacity against quantities per year, a
     * cost against money per unit).
     */
    private static SeriesValue seriesValue(RowReader r) {
      SeriesValue.Table table = r.enumValue("table", SeriesValue.Table.class);
      SeriesValue.Field field = r.enumValue("field", SeriesValue.Field.class);
      Double value = r.number("value", field == null ? null
          : Schema.fieldRange(table == null ? null : table.schemaName(), field.schemaName()));
      String key = r.text("key");
      var from = r.date("valid_from");
      var to = r.date("valid_to");
      if (from != null && to != null && to.isBefore(from)) {
        r.error("valid_to", to.toString(), "valid_to " + to + " is before valid_from " + from,
            "a period runs from valid_from to valid_to, both days included; swap the dates or fix the typo");
        return null;
      }
      SeriesValue.Status status = r.enumValue("status", SeriesValue.Status.class);
      var sources = r.sources();
      if (table == null || field == null || value == null || key == null || from == null) {
        return null;
      }
      return new SeriesValue(table, key, field, new Validity(from, to), value,
          status == null ? SeriesValue.Status.ACTUAL : status, sources, r.line());
    }

    /** A row of allocations.csv; null (left out) when a cell it needs is bad or empty, which is reported. */
    private static Allocation allocation(RowReader r) {
      String link = r.id("link");
      String shipper = r.id("shipper");
      Double share = r.number("share");
      Validity validity = validity(r);
      var sources = r.sources();
      if (link == null || shipper == null || share == null) {
        return null;
      }
      return new Allocation(link, shipper, share, validity, sources, r.line());
    }

    /** A row of totals.csv; null (left out) when a cell it needs is bad or empty, which is reported. */
    private static ReportedTotal total(RowReader r) {
      String country = r.id("country");
      String commodity = r.id("commodity");
      Double year = r.number("year");
      if (year != null && year != Math.rint(year)) {
        r.error("year", String.valueOf(year), "year `" + year + "` is not a whole number",
            "write the calendar year, e.g. 2024");
        year = null;
      }
      ReportedTotal.Flow flow = r.enumValue("flow", ReportedTotal.Flow.class);
      Double quantity = r.number("quantity");
      ReportedTotal.Status status = r.enumValue("status", ReportedTotal.Status.class);
      var sources = r.sources();
      if (country == null || commodity == null || year == null || flow == null || quantity == null) {
        return null;
      }
      return new ReportedTotal(country, commodity, year.intValue(), flow, quantity,
          status == null ? ReportedTotal.Status.ACTUAL : status, sources);
    }

    /** A row of candidates.csv; null (left out) when a cell it needs is bad or empty, which is reported. */
    private static Candidate candidate(RowReader r) {
      String id = r.id("id");
      String name = r.text("name");
      List<String> expands = r.list("expands");
      double added = r.number("capacity_added", 0);
      Double capex = r.number("capex");
      var online = r.date("online");
      Candidate.Status status = r.enumValue("status", Candidate.Status.class);
      var sources = r.sources();
      if (id == null || expands.isEmpty() || capex == null || online == null || status == null) {
        return null;
      }
      return new Candidate(id, name, expands, added, capex, online, status, sources, r.line());
    }

    private static Node node(RowReader r) {
      Node.Kind kind = r.enumValue("kind", Node.Kind.class);
      Double capacity = r.number("capacity");
      var unit = r.unit("capacity_unit");
      if (capacity != null && unit == null) {
        r.error("capacity_unit", "", "a node with a capacity needs a capacity_unit", null);
      }
      return new Node(r.id("id"), r.text("name"), r.id("country"), kind, r.number("lat", 0), r.number("lon", 0),
          capacity, unit, r.sources(), r.bool("aggregate"));
    }

    private static Link link(RowReader r, Map<String, Commodity> commodities) {
      Link.Sharing sharing = r.enumValue("sharing", Link.Sharing.class);
      Link.Status status = r.enumValue("status", Link.Status.class);
      List<String> carried = r.list("commodities");
      var unit = r.unit("capacity_unit");
      if (unit == null && !carried.isEmpty() && commodities.containsKey(carried.get(0))) {
        unit = commodities.get(carried.get(0)).unit();
      }
      return new Link(r.id("id"), r.text("name"), r.id("from"), r.id("to"), r.enumValue("mode", Mode.class),
          carried, r.number("capacity", 0), unit,
          sharing == null ? Link.Sharing.SHARED : sharing, "both".equals(r.text("direction")), r.number("cost", 0),
          r.number("tariff", 0), r.text("tariff_country"), status == null ? Link.Status.OPERATING : status,
          r.text("operator"), validity(r), r.list("via"), r.text("corridor"), r.sources());
    }

    private static Validity validity(RowReader r) {
      var from = r.date("valid_from");
      var to = r.date("valid_to");
      if (from != null && to != null && to.isBefore(from)) {
        r.error("valid_to", to.toString(), "valid_to " + to + " is before valid_from " + from, null);
      }
      return new Validity(from, to);
    }
  }
}
