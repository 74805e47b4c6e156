package org.corridor.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.corridor.model.Commodity;
import org.corridor.model.Country;
import org.corridor.model.Demand;
import org.corridor.model.Link;
import org.corridor.model.Network;
import org.corridor.model.Node;
import org.corridor.model.Source;
import org.corridor.model.Supply;

/**
 * Writes a generated network as a data folder (the required tables only), so loading and validation can be
 * measured on sizes no hand-made data set reaches. Only what the generators produce is written: no series,
 * allocations, policies or scenarios, and every link without dates or via-countries.
 *
 * <pre>
 *   java -cp bench/target/benchmarks.jar org.corridor.bench.CsvDataSet OUT NODES
 * </pre>
 * writes {@link SingleCommodity}'s network of {@code NODES} nodes and 8 × {@code NODES} links (16,384 nodes:
 * 131,072 links) into the folder {@code OUT}, which must not exist yet.
 */
public final class CsvDataSet {
  private CsvDataSet() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]);
    int nodes = Integer.parseInt(args[1]);
    write(SingleCommodity.network(nodes, 8 * nodes, 20250101L).network(), out);
    System.out.printf(Locale.ROOT, "%s: %d nodes, %d links%n", out, nodes, 8 * nodes);
  }

  /** Writes {@code net} into the new folder {@code out}. */
  static void write(Network net, Path out) throws IOException {
    Files.createDirectory(out);
    table(out, "sources", "id,title,publisher,date,address,note", net.sources().values(), (Source s) ->
        row(s.id(), s.title(), s.publisher(), s.date().toString(), s.address(), s.note()));
    table(out, "countries", "code,name,kind,sources", net.countries().values(), (Country c) ->
        row(c.code(), c.name(), c.isRegion() ? "region" : "state", c.sources().toString()));
    table(out, "commodities", "id,name,unit,value,sources", net.commodities().values(), (Commodity c) ->
        row(c.id(), c.name(), c.unit().symbol(), num(c.value()), c.sources().toString()));
    table(out, "nodes", "id,name,country,kind,lat,lon,sources", net.nodes().values(), (Node n) ->
        row(n.id(), n.name(), n.country(), lower(n.kind()), num(n.lat()), num(n.lon()), n.sources().toString()));
    table(out, "links", "id,from,to,mode,commodities,capacity,capacity_unit,sharing,direction,cost,tariff,sources",
        net.links().values(), (Link l) -> row(l.id(), l.from(), l.to(), lower(l.mode()), String.join(";", l.commodities()),
            num(l.capacity()), l.capacityUnit() == null ? "" : l.capacityUnit().symbol(), lower(l.sharing()),
            l.bothWays() ? "both" : "forward", num(l.cost()), num(l.tariff()), l.sources().toString()));
    table(out, "supply", "node,commodity,quantity,cost,sources", net.supply(), (Supply s) ->
        row(s.node(), s.commodity(), num(s.quantity()), num(s.cost()), s.sources().toString()));
    table(out, "demand", "node,commodity,quantity,price,sources", net.demand(), (Demand d) ->
        row(d.node(), d.commodity(), num(d.quantity()), num(d.price()), d.sources().toString()));
  }

  private static <T> void table(Path out, String name, String header, Iterable<T> rows,
      java.util.function.Function<T, String> line) throws IOException {
    try (Writer w = Files.newBufferedWriter(out.resolve(name + ".csv"))) {
      w.write(header + "\n");
      for (T r : rows) {
        w.write(line.apply(r) + "\n");
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static String row(String... cells) {
    return List.of(cells).stream().map(CsvDataSet::cell).collect(Collectors.joining(","));
  }

  /** A cell quoted where it holds a comma or a quote. */
  private static String cell(String s) {
    if (s == null) {
      return "";
    }
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  /** Plain decimal notation, as the data format asks (no exponent). */
  private static String num(double v) {
    return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
