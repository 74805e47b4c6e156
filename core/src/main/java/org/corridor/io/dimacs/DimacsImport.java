package org.corridor.io.dimacs;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import org.corridor.io.InvalidModelException;
import org.corridor.io.Schema;

/**
 * Turns a DIMACS minimum-cost-flow file into a Corridor data set whose optimal welfare gives back the
 * instance's optimal cost:
 *
 * <pre>
 *   min cost = P·D − welfare
 * </pre>
 *
 * <p>Node i becomes {@code Ni} in one region ({@code XN}); arc k (1-based, in file order) becomes link
 * {@code Ak} of one commodity (a node with neither arcs nor supply is left out) ({@code flow}, unit Mt) with the arc's capacity and cost; a node's positive
 * supply becomes a {@code supply.csv} row at cost 0, a negative one a {@code demand.csv} row of quantity −b at
 * price P. D is the total demand. Welfare is Σ P·delivered − Σ cost·flow, so when every demand is met it
 * is P·D minus the flow's cost. P is chosen so that meeting every demand always pays:
 *
 * <pre>
 *   P = min(1e6, (nodes − 1)·max cost + 1)
 * </pre>
 *
 * Any path carries a unit for at most (nodes − 1)·max cost, so with that P no optimum leaves a demand unmet
 * that a feasible flow could meet. Where the first term binds (Corridor's prices stop at 1e6 per unit,
 * {@link Schema#MONEY}), the formula holds as long as the solve delivers all of D, which the solution shows
 * (delivered = D) and the benchmark report checks. Everything stays integral: P, D, capacities and costs
 * are whole numbers, so P·D − welfare is a whole number up to 1e15.
 */
public final class DimacsImport {
  public static final String COUNTRY = "XN";
  public static final String COMMODITY = "flow";
  public static final String SCENARIO = "dimacs";
  private static final String SOURCE = "dimacs";

  /** What was written: the sizes and the mapping's constants. */
  public record Result(Path folder, int nodes, int arcs, long price, long totalDemand, boolean capped) {
    /** The DIMACS optimal cost for an optimal Corridor welfare that delivers all of D. */
    public double minCost(double welfare) {
      return (double) price * totalDemand - welfare;
    }
  }

  private DimacsImport() {}

  /** Reads {@code file} and writes the data set into {@code folder} (created; must be empty if it exists). */
  public static Result importFile(Path file, Path folder) throws IOException, InvalidModelException {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JVM has no SHA-256", e);
    }
    DimacsNetwork net;
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
      net = DimacsReader.read(new InputStreamReader(in, StandardCharsets.US_ASCII), file.getFileName().toString());
    }
    LocalDate date = LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC);
    return write(net, folder, file.getFileName().toString(), date, HexFormat.of().formatHex(sha.digest()));
  }

  /** P for {@code net}; see the class comment. */
  public static long price(DimacsNetwork net) {
    long max = (long) Schema.MONEY.max();
    long c = net.maxCost();
    if (c > 0 && net.nodes() - 1 > (max - 1) / c) {
      return max;
    }
    return Math.min(max, (long) (net.nodes() - 1) * c + 1);
  }

  /** Whether P stops at 1e6, below (nodes − 1)·max cost + 1, so that the formula needs all of D delivered. */
  public static boolean capped(DimacsNetwork net) {
    long p = price(net);
    return net.maxCost() > 0 && (net.nodes() - 1) > (p - 1) / net.maxCost();
  }

  /**
   * Writes {@code net} as a data set; {@code name}, {@code date} and {@code sha256} describe the file in
   * {@code sources.csv}, so the same file gives the same bytes.
   */
  public static Result write(DimacsNetwork net, Path folder, String name, LocalDate date, String sha256)
      throws IOException {
    if (Files.exists(folder)) {
      try (var entries = Files.list(folder)) {
        if (entries.findAny().isPresent()) {
          throw new IOException("`" + folder + "` is not empty; import into a new or empty folder");
        }
      }
    }
    Files.createDirectories(folder.resolve("scenarios"));
    long p = price(net);
    long d = net.totalDemand();
    try (Writer w = writer(folder, "sources.csv")) {
      w.write("id,title,publisher,date,address,note\n");
      w.write(SOURCE + "," + csv("DIMACS min-cost-flow instance " + name) + ",DIMACS format file," + date + ","
          + csv(name) + "," + csv(String.format(Locale.ROOT, "SHA-256 %s; %d nodes, %d arcs; min cost = P·D − welfare "
              + "with P = %d and D = %d", sha256, net.nodes(), net.arcs(), p, d)) + "\n");
    }
    try (Writer w = writer(folder, "countries.csv")) {
      w.write("code,name,kind,sources\n" + COUNTRY + ",Network of the DIMACS instance,region," + SOURCE + "\n");
    }
    try (Writer w = writer(folder, "commodities.csv")) {
      w.write("id,name,unit,value,sources\n" + COMMODITY + ",Flow of the DIMACS instance,Mt," + p + "," + SOURCE + "\n");
    }
    try (Writer w = writer(folder, "nodes.csv")) {
      w.write("id,name,country,kind,lat,lon,sources\n");
      boolean[] linked = new boolean[net.nodes()];
      for (int k = 0; k < net.arcs(); k++) {
        linked[net.from()[k] - 1] = true;
        linked[net.to()[k] - 1] = true;
      }
      for (int i = 0; i < net.nodes(); i++) {
        long b = net.supply()[i];
        if (b == 0 && !linked[i]) {
          continue; // a node without arcs or supply changes nothing, and a data set flags it as a mistake
        }
        String kind = b > 0 ? "field" : b < 0 ? "market" : "junction";
        w.write("N" + (i + 1) + ",Node " + (i + 1) + "," + COUNTRY + "," + kind + ",0,0," + SOURCE + "\n");
      }
    }
    try (Writer w = writer(folder, "links.csv")) {
      w.write("id,from,to,mode,commodities,capacity,cost,sources\n");
      for (int k = 0; k < net.arcs(); k++) {
        w.write("A" + (k + 1) + ",N" + net.from()[k] + ",N" + net.to()[k] + ",pipeline," + COMMODITY + ","
            + net.capacity()[k] + "," + net.cost()[k] + "," + SOURCE + "\n");
      }
    }
    try (Writer s = writer(folder, "supply.csv"); Writer m = writer(folder, "demand.csv")) {
      s.write("node,commodity,quantity,cost,sources\n");
      m.write("node,commodity,quantity,price,sources\n");
      for (int i = 0; i < net.nodes(); i++) {
        long b = net.supply()[i];
        if (b > 0) {
          s.write("N" + (i + 1) + "," + COMMODITY + "," + b + ",0," + SOURCE + "\n");
        } else if (b < 0) {
          m.write("N" + (i + 1) + "," + COMMODITY + "," + (-b) + "," + p + "," + SOURCE + "\n");
        }
      }
    }
    try (Writer w = writer(folder, "dataset.yaml")) {
      w.write("name: " + yaml(name) + "\ndescription: " + yaml("DIMACS min-cost-flow instance " + name
          + "; min cost = " + p + "·" + d + " − welfare") + "\ndefault_scenario: " + SCENARIO + "\n");
    }
    try (Writer w = writer(folder.resolve("scenarios"), SCENARIO + ".yaml")) {
      w.write("name: " + SCENARIO + "\ndescription: The instance as imported.\nas_of: " + date + "\n");
    }
    return new Result(folder, net.nodes(), net.arcs(), p, d, capped(net));
  }

  private static Writer writer(Path folder, String file) throws IOException {
    return new BufferedWriter(Files.newBufferedWriter(folder.resolve(file), StandardCharsets.UTF_8), 1 << 16);
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }

  private static String yaml(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
