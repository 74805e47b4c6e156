package org.corridor.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.corridor.model.Commodity;
import org.corridor.model.Country;
import org.corridor.model.Demand;
import org.corridor.model.Link;
import org.corridor.model.Network;
import org.corridor.model.Node;
import org.corridor.model.Supply;
import org.corridor.policy.DataSet;
import org.corridor.synthetic.SyntheticNetwork;

/** The data sets mutants start from: the bundled ones, found from the repository root, and synthetic ones. */
public final class Bases {
  private final Path root;

  /** @param root the repository root (holds {@code data/}) */
  public Bases(Path root) {
    this.root = root;
  }

  /** Walks up from the working directory to the folder holding {@code data/examples/steppe}. */
  public static Bases find() {
    Path p = Path.of("").toAbsolutePath();
    for (Path q = p; q != null; q = q.getParent()) {
      if (Files.isDirectory(q.resolve("data/examples/steppe"))) {
        return new Bases(q);
      }
    }
    throw new IllegalStateException("no data/examples/steppe above " + p);
  }

  public Path root() {
    return root;
  }

  /** Writes base {@code name} into the empty or absent folder {@code dir}. */
  public void materialise(String name, Path dir) {
    try {
      Files.createDirectories(dir);
      switch (name.split(":")[0]) {
        case "steppe" -> copyTree(root.resolve("data/examples/steppe"), dir);
        case "eurasia" -> copyTree(root.resolve("data/eurasia"), dir);
        case "synthetic" -> write(synthetic(name).generate(), dir);
        default -> throw new IllegalArgumentException("unknown base " + name);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code synthetic:NODES:LINKS:COMMODITIES:COUNTRIES:SEED}. */
  public static SyntheticNetwork synthetic(String name) {
    String[] w = name.split(":");
    if (w.length != 6 || !w[0].equals("synthetic")) {
      throw new IllegalArgumentException("not a synthetic base: " + name);
    }
    return new SyntheticNetwork(Integer.parseInt(w[1]), Integer.parseInt(w[2]), Integer.parseInt(w[3]),
        Integer.parseInt(w[4]), Long.parseLong(w[5]));
  }

  public static String syntheticName(SyntheticNetwork n) {
    return "synthetic:" + n.nodes() + ":" + n.links() + ":" + n.commodities() + ":" + n.countries() + ":" + n.seed();
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path p : files.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  /** Writes a generated network as a data set folder, so the loader and the mutator see real files. */
  static void write(DataSet data, Path dir) throws IOException {
    Network n = data.network();
    String src = "synthetic";
    List<String> rows = new ArrayList<>();
    rows.add("id,title,publisher,date,address,note");
    n.sources().values().forEach(s -> rows.add(String.join(",", s.id(), s.title(), s.publisher(), s.date().toString(),
        s.address(), s.note() == null ? "" : s.note())));
    Files.write(dir.resolve("sources.csv"), rows);
    Files.write(dir.resolve("countries.csv"), lines("code,name,kind,sources", List.copyOf(n.countries().values()),
        (Country c) -> String.join(",", c.code(), c.name(), c.isRegion() ? "region" : "state", src)));
    Files.write(dir.resolve("commodities.csv"), lines("id,name,unit,value,sources", List.copyOf(n.commodities().values()),
        (Commodity c) -> String.join(",", c.id(), c.name(), "Mt", num(c.value()), src)));
    Files.write(dir.resolve("nodes.csv"), lines("id,name,country,kind,lat,lon,capacity,capacity_unit,aggregate,sources",
        List.copyOf(n.nodes().values()), (Node x) -> String.join(",", x.id(), x.name(), x.country(), x.kind().name().toLowerCase(Locale.ROOT),
            num(x.lat()), num(x.lon()), "", "", "", src)));
    Files.write(dir.resolve("links.csv"), lines("id,from,to,mode,commodities,capacity,capacity_unit,direction,cost,tariff,sources",
        List.copyOf(n.links().values()), (Link l) -> String.join(",", l.id(), l.from(), l.to(), l.mode().name().toLowerCase(Locale.ROOT),
            String.join(";", l.commodities()), num(l.capacity()), "Mt", l.bothWays() ? "both" : "forward",
            num(l.cost()), num(l.tariff()), src)));
    Files.write(dir.resolve("supply.csv"), lines("node,commodity,quantity,cost,sources", n.supply(),
        (Supply s) -> String.join(",", s.node(), s.commodity(), num(s.quantity()), num(s.cost()), src)));
    Files.write(dir.resolve("demand.csv"), lines("node,commodity,quantity,price,sources", n.demand(),
        (Demand d) -> String.join(",", d.node(), d.commodity(), num(d.quantity()), num(d.price()), src)));
  }

  private static <T> List<String> lines(String header, List<T> items, java.util.function.Function<T, String> row) {
    return Stream.concat(Stream.of(header), items.stream().map(row)).collect(Collectors.toList());
  }

  /** Shortest text that reads back as the same double. */
  private static String num(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
  }
}
