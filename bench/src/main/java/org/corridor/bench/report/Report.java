package org.corridor.bench.report;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.corridor.bench.Networks;
import org.corridor.io.dimacs.DimacsImport;
import org.corridor.io.dimacs.DimacsNetwork;
import org.corridor.io.dimacs.DimacsReader;
import org.corridor.solve.LinearProgram;
import org.corridor.solve.OriginTags;
import org.corridor.solve.TransitFormulation;
import org.corridor.synthetic.netgen.Netgen;

/**
 * The speed issue's table, measured in one command: each row runs Corridor and its peers as child
 * processes, interleaved (Corridor, then each peer, then the next round), keeps the minimum time of the
 * rounds and the largest peak resident set, checks that every side found the same optimum (1e-9
 * relative; a row whose optima differ fails), and writes a markdown table of ratios against the goals
 * between the {@code bench-report} markers of docs/performance.md.
 *
 * <pre>
 *   java -cp bench/target/benchmarks.jar org.corridor.bench.Report [--rows mcf4k,mcf16k,multiclass,n1,analyze,startup]
 *       [--rounds 3] [--cases 5] [--links 10000] [--timeout 900] [--jar cli/target/corridor.jar]
 *       [--launcher corridor] [--peers bench/peers] [--work bench/target/report] [--write docs/performance.md]
 * </pre>
 */
public final class Report {
  static final String BEGIN = "<!-- bench-report:begin -->";
  static final String END = "<!-- bench-report:end -->";
  static final String NETGEN_4K = "13502460 12 4096 64 64 32768 1 10000 64000 0 0 100 100 1 1000";
  static final String NETGEN_16K = "13502460 14 16384 128 128 131072 1 10000 128000 0 0 100 100 1 1000";
  private static final double SAME = 1e-9;
  private static final String EVERY = "corridor, every origin";
  private static final String EVERY_SWEEP = "corridor, every origin";
  private static final String HIGHS_MERGED = "highs, merged LP";

  private final Map<String, String> opt;
  private final Path work;
  private final Path peers;
  private final int rounds;
  private final long timeout;
  private final Map<String, String> skipped = new LinkedHashMap<>();
  private final List<String> rows = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private boolean failed;

  private Report(Map<String, String> opt) throws IOException {
    this.opt = opt;
    this.work = Path.of(opt.getOrDefault("work", "bench/target/report")).toAbsolutePath();
    this.peers = Path.of(opt.getOrDefault("peers", "bench/peers")).toAbsolutePath();
    this.rounds = Integer.parseInt(opt.getOrDefault("rounds", "3"));
    this.timeout = Long.parseLong(opt.getOrDefault("timeout", "900"));
    Files.createDirectories(work);
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> opt = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --option value, found `" + args[i] + "`");
      }
      opt.put(args[i].substring(2), args[i + 1]);
    }
    Report r = new Report(opt);
    String markdown = r.run(List.of(opt.getOrDefault("rows", "mcf4k,mcf16k,multiclass,n1,analyze,startup").split(",")));
    System.out.println(markdown);
    if (opt.containsKey("write")) {
      write(Path.of(opt.get("write")), markdown);
    }
    System.exit(r.failed ? 1 : 0);
  }

  private String run(List<String> which) throws Exception {
    String loadBefore = loadAverage();
    for (String peer : List.of("lemon", "networkx", "highs")) {
      Child c = Child.run(List.of(peers.resolve(peer + ".sh").toString(), "--check"), work, 3600);
      if (!c.ok()) {
        skipped.put(peer, c.err().strip().lines().reduce((a, b) -> b).orElse("not available"));
      }
    }
    for (String row : which) {
      System.err.println("row " + row + ", load average " + loadAverage());
      switch (row) {
        case "mcf4k" -> mcf("single-commodity min-cost flow, NETGEN-8 4,096 nodes / 32,768 arcs, solve only", NETGEN_4K,
            false);
        case "mcf16k" -> mcf("single-commodity min-cost flow, NETGEN-8 16,384 nodes / 131,072 arcs, solve only", NETGEN_16K,
            true);
        case "multiclass" -> multiclass(Integer.parseInt(opt.getOrDefault("links", "10000")));
        case "n1" -> n1(Integer.parseInt(opt.getOrDefault("links", "10000")),
            Integer.parseInt(opt.getOrDefault("cases", "5")));
        case "analyze" -> wall("`analyze data/eurasia`, wall clock (JVM start included)", 1.0,
            List.of("analyze", "data/eurasia", "--out", work.resolve("analyze-out").toString()));
        case "startup" -> wall("start-up: `solve data/eurasia`, wall clock", 0.4, List.of("solve", "data/eurasia"));
        default -> throw new IllegalArgumentException("unknown row `" + row + "`");
      }
    }
    return markdown(loadBefore, loadAverage());
  }

  // --- rows -----------------------------------------------------------------------------------------

  private void mcf(String title, String line, boolean large) throws Exception {
    Path min = netgen(line);
    Path data = work.resolve(min.getFileName() + ".data");
    DimacsImport.Result imported = importOnce(min, data);
    // The warm-up instance: the same NETGEN line with the next seed, so the JIT meets the same sizes.
    Path warmMin = netgen(nextSeed(line));
    Path warm = work.resolve(warmMin.getFileName() + ".data");
    importOnce(warmMin, warm);
    Path mps = work.resolve(min.getFileName() + ".mps");
    if (!Files.exists(mps)) {
      Mps.write(Mps.minCostFlow(read(min)), mps);
    }
    Path dualNoPresolve = options("mcf.opt", "solver = simplex\nsimplex_strategy = 1\npresolve = off\n");
    Map<String, List<Child>> runs = rounds(Map.of(
        "corridor", java(Probe.class, "mcf", data.toString(), warm.toString(), Long.toString(imported.price()),
            Long.toString(imported.totalDemand())),
        "lemon", List.of(peers.resolve("lemon.sh").toString(), min.toString()),
        "networkx", List.of(peers.resolve("networkx.sh").toString(), min.toString()),
        "highs", List.of(peers.resolve("highs.sh").toString(), mps.toString(), "--options_file", dualNoPresolve.toString())),
        List.of("corridor", "lemon", "highs", "networkx"));
    Side corridor = side("corridor", runs, 1);
    Side lemon = side("lemon", runs, 1);
    Side networkx = side("networkx", runs, 1);
    Side highs = side("highs", runs, 1);
    String same = sameOptimum(title, corridor, lemon, networkx, highs);
    List<String> ratios = new ArrayList<>();
    List<Boolean> pass = new ArrayList<>();
    ratio(ratios, pass, "time / LEMON", corridor.seconds, lemon.seconds, 3, true);
    if (large) {
      ratio(ratios, pass, "memory / HiGHS", corridor.peakMb, highs.peakMb, 1.5, true);
    } else {
      ratio(ratios, pass, "NetworkX / time (speed-up)", networkx.seconds, corridor.seconds, 50, false);
    }
    row(title, List.of(corridor, lemon, highs, networkx), ratios, large ? "≤ 3× LEMON; ≤ 1.5× HiGHS memory"
        : "≤ 3× LEMON; ≥ 50× NetworkX's speed", pass, same);
    if (corridor.extra != null) {
      notes.add(title + ": Corridor answered with `" + corridor.extra + "`; P = " + imported.price() + ", D = "
          + imported.totalDemand() + ", cost = P·D − welfare. Its time is a solve in a warmed JVM (10 solves of "
          + "the same NETGEN line with the next seed first); the first, cold solve of that instance took "
          + values(runs, "corridor", "cold_seconds") + " s.");
    }
  }

  /**
   * The multi-class LP solved by Corridor with merged origins (its answer: the synthetic network has no rules, so
   * each commodity ships as one class, {@link OriginTags}) and with a class per origin, against HiGHS on the
   * row's LP (a class per origin) and, for a like-for-like view, on the merged LP. All four must agree on welfare.
   */
  private void multiclass(int links) throws Exception {
    String title = "multi-class LP, " + links + " links × 20 classes (bench synthetic network), solve only";
    Path mps = work.resolve("multiclass-" + links + ".mps");
    Path mergedMps = work.resolve("multiclass-" + links + "-merged.mps");
    if (!Files.exists(mps)) {
      Mps.write(TransitFormulation.build(Networks.snapshot(links)).lp(), mps);
    }
    if (!Files.exists(mergedMps)) {
      Mps.write(TransitFormulation.build(Networks.snapshot(links), OriginTags.DISTINGUISHED).lp(), mergedMps);
    }
    Path ipm = options("multiclass.opt", "solver = ipm\npresolve_rule_off = 1024\n");
    Map<String, List<Child>> runs = rounds(Map.of(
        "corridor", java(Probe.class, "multiclass", Integer.toString(links), "merged"),
        EVERY, java(Probe.class, "multiclass", Integer.toString(links), "every"),
        "highs", highs(mps, ipm),
        HIGHS_MERGED, highs(mergedMps, ipm)),
        List.of("corridor", EVERY, "highs", HIGHS_MERGED));
    Side corridor = side("corridor", runs, 1);
    Side every = side(EVERY, runs, 1);
    Side highs = side("highs", runs, -1);
    Side highsMerged = side(HIGHS_MERGED, runs, -1);
    String same = sameOptimum(title, corridor, every, highs, highsMerged);
    List<String> ratios = new ArrayList<>();
    List<Boolean> pass = new ArrayList<>();
    ratio(ratios, pass, "time / HiGHS", corridor.seconds, highs.seconds, 0.5, true);
    ratio(ratios, pass, "memory / HiGHS", corridor.peakMb, highs.peakMb, 1.2, true);
    info(ratios, "every origin: time / HiGHS", every.seconds, highs.seconds);
    info(ratios, "time / HiGHS on the merged LP", corridor.seconds, highsMerged.seconds);
    row(title, List.of(corridor, every, highs, highsMerged), ratios, "≤ 0.5× HiGHS time; ≤ 1.2× HiGHS memory", pass,
        same);
    notes.add(title + ": `corridor` is Corridor's answer with merged origins (no rule of this network tells its "
        + "5 origins apart, so its 20 classes become 4: " + values(runs, "corridor", "columns") + " columns, "
        + values(runs, "corridor", "rows") + " rows, against " + values(runs, EVERY, "columns") + " and "
        + values(runs, EVERY, "rows") + "); `" + EVERY + "` solves the row's LP with a class per origin. `highs` "
        + "solves the row's LP, `" + HIGHS_MERGED + "` the merged one; both run interior point with presolve's "
        + "dependent-equations rule off (`presolve_rule_off = 1024`), the best setting of the research notes; "
        + "HiGHS's time is its run time (presolve and solve, not reading). Corridor's time is its whole answer, "
        + "tie-break stage included. The goal's ratios compare the answer with HiGHS on the row's LP.");
  }

  /**
   * N-1 per case: Corridor's sweep with merged origins, each case started from the base basis, and the sweep as
   * the analyses run it (a class per origin, each case started as {@code CaseStart.BY_SIZE} decides), against a cold HiGHS solve of each side's
   * first case on the row's LP (a class per origin).
   */
  private void n1(int links, int cases) throws Exception {
    String title = "N-1 over flowed links, " + links + " links × 20 classes: per case";
    String l = Integer.toString(links);
    String k = Integer.toString(cases);
    Map<String, List<Child>> runs = rounds(Map.of(
        "corridor", java(Probe.class, "n1", l, k, "merged", "basis"),
        EVERY_SWEEP, java(Probe.class, "n1", l, k, "every", "by-size")), List.of("corridor", EVERY_SWEEP));
    Side corridor = side("corridor", runs, 1);
    Side every = side(EVERY_SWEEP, runs, 1);
    Map<String, Side> highsByLink = new LinkedHashMap<>();
    for (String side : List.of("corridor", EVERY_SWEEP)) {
      String link = caseLink(runs, side);
      if (link != null && !highsByLink.containsKey(link)) {
        highsByLink.put(link, highsCase(links, link));
      }
    }
    Side highs = highsByLink.getOrDefault(caseLink(runs, "corridor"), Side.missing("highs", "no case link"));
    Side highsEvery = highsByLink.getOrDefault(caseLink(runs, EVERY_SWEEP), Side.missing("highs", "no case link"));
    String same = sameOptimum(title, corridor, highs);
    String sameEvery = sameOptimum(title, every, highsEvery);
    List<String> ratios = new ArrayList<>();
    List<Boolean> pass = new ArrayList<>();
    ratio(ratios, pass, "HiGHS cold / Corridor per case", highs.seconds, corridor.seconds, 50, false);
    info(ratios, "every origin: HiGHS cold / Corridor per case", highsEvery.seconds, every.seconds);
    row(title, List.of(corridor, every, highs), ratios, "≥ 50× a cold HiGHS solve per case", pass,
        same.startsWith("**FAIL**") ? same : sameEvery.startsWith("**FAIL**") ? sameEvery : same);
    Child any = runs.getOrDefault("corridor", List.of()).stream().filter(Child::ok).findFirst().orElse(null);
    Child anyEvery = runs.getOrDefault(EVERY_SWEEP, List.of()).stream().filter(Child::ok).findFirst().orElse(null);
    if (any != null && anyEvery != null) {
      notes.add(title + ": each Corridor figure is the mean of " + any.values().get("cases") + " cases (of "
          + any.values().get("flowed_links") + " flowed links) in one `ScenarioSweep`, tie-break included. "
          + "`corridor`: merged origins, each case started from the base basis and steered back after it, after a "
          + "base solve of " + any.values().get("base_seconds") + " s. `" + EVERY_SWEEP + "`: a class per origin, "
          + "each case started as sweeps decide by program size (`CaseStart.BY_SIZE`; from the base basis: "
          + anyEvery.values().get("from_base_basis") + "), what `chokepoints` runs, as it reports losses per "
          + "country, after a base solve of " + anyEvery.values().get("base_seconds") + " s. HiGHS solves each side's first case (`"
          + String.join("`, `", highsByLink.keySet()) + "` closed) cold from an MPS file of the row's LP; "
          + "optima: " + same + " (corridor), " + sameEvery + " (" + EVERY_SWEEP + ").");
    }
  }

  private String caseLink(Map<String, List<Child>> runs, String side) {
    return runs.getOrDefault(side, List.of()).stream().filter(Child::ok).map(c -> c.values().get("case_link"))
        .findFirst().orElse(null);
  }

  /** A cold HiGHS solve, over the rounds, of the row's LP with {@code link} closed. */
  private Side highsCase(int links, String link) throws Exception {
    if (skipped.containsKey("highs")) {
      return Side.missing("highs", skipped.get("highs"));
    }
    Path mps = work.resolve("n1-" + links + "-" + link + ".mps");
    Mps.write(closed(links, link), mps);
    Path ipm = options("multiclass.opt", "solver = ipm\npresolve_rule_off = 1024\n");
    return side("highs", rounds(Map.of("highs", highs(mps, ipm)), List.of("highs")), -1);
  }

  private List<String> highs(Path mps, Path options) {
    return List.of(peers.resolve("highs.sh").toString(), mps.toString(), "--options_file", options.toString());
  }

  /** What the rounds of one side printed for {@code key}, once if they agree. */
  private static String values(Map<String, List<Child>> runs, String side, String key) {
    List<String> v = runs.getOrDefault(side, List.of()).stream().filter(Child::ok).map(c -> c.values().get(key))
        .distinct().toList();
    return v.isEmpty() ? "—" : String.join("/", v);
  }

  /**
   * A command of the command line, wall clock from start to exit, JVM start included: as users run it, through
   * the launcher ({@code ./corridor}: class data sharing, the client compiler for short commands, the serial
   * collector), after one untimed run that makes its class-data archive in a cache folder of the report's own;
   * and as {@code java -jar} with no options, for comparison.
   */
  private void wall(String title, double goal, List<String> args) throws Exception {
    Path jar = Path.of(opt.getOrDefault("jar", "cli/target/corridor.jar")).toAbsolutePath();
    Path launcher = Path.of(opt.getOrDefault("launcher", "corridor")).toAbsolutePath();
    List<String> viaLauncher = new ArrayList<>(List.of("/usr/bin/env",
        "CORRIDOR_CACHE=" + work.resolve("launcher-cache"), launcher.toString()));
    viaLauncher.addAll(args);
    List<String> plain = new ArrayList<>(List.of(javaBin(), "-jar", jar.toString()));
    plain.addAll(args);
    Child first = Child.run(viaLauncher, work, timeout);
    System.err.printf(Locale.ROOT, "  untimed launcher run: exit %d, %.3f s wall%n", first.exit(), first.wallSeconds());
    Map<String, List<Child>> runs = rounds(Map.of("corridor", viaLauncher, JAVA_JAR, plain), List.of("corridor", JAVA_JAR));
    Side corridor = wallSide("corridor", runs);
    Side plainJar = wallSide(JAVA_JAR, runs);
    List<String> ratios = new ArrayList<>();
    List<Boolean> pass = new ArrayList<>();
    ratio(ratios, pass, "seconds", corridor.seconds, 1, goal, true);
    info(ratios, "`java -jar`: seconds", plainJar.seconds, 1);
    row(title, List.of(corridor, plainJar), ratios, "under " + goal + " s", pass, "—");
  }

  private static final String JAVA_JAR = "java -jar";

  private static Side wallSide(String name, Map<String, List<Child>> runs) {
    List<Child> all = runs.getOrDefault(name, List.of());
    List<Child> ok = all.stream().filter(Child::ok).toList();
    return ok.isEmpty() ? Side.missing(name, all.isEmpty() ? "did not run" : all.get(0).why())
        : new Side(name, ok.stream().mapToDouble(Child::wallSeconds).min().orElse(Double.NaN),
            ok.stream().mapToDouble(Child::peakRssMb).max().orElse(Double.NaN), Double.NaN, null, null);
  }

  // --- running --------------------------------------------------------------------------------------

  /** Each side once per round, in {@code order}; sides whose peer is skipped do not run. */
  private Map<String, List<Child>> rounds(Map<String, List<String>> commands, List<String> order) throws Exception {
    Map<String, List<Child>> runs = new LinkedHashMap<>();
    for (int r = 0; r < rounds; r++) {
      for (String side : order) {
        if (skipped.containsKey(peer(side)) || !commands.containsKey(side)) {
          continue;
        }
        Child c = Child.run(commands.get(side), work, timeout);
        System.err.printf(Locale.ROOT, "  round %d %s: exit %d, %.3f s wall, %s%n", r + 1, side, c.exit(),
            c.wallSeconds(), c.values());
        runs.computeIfAbsent(side, k -> new ArrayList<>()).add(c);
      }
    }
    return runs;
  }

  /** A side's figures over its rounds; {@code sign} turns HiGHS's minimised objective into the row's optimum. */
  private Side side(String name, Map<String, List<Child>> runs, int sign) {
    if (skipped.containsKey(peer(name))) {
      return Side.missing(name, skipped.get(peer(name)));
    }
    List<Child> all = runs.getOrDefault(name, List.of());
    List<Child> ok = all.stream().filter(Child::ok).map(Report::highsValues).toList();
    if (ok.isEmpty()) {
      return Side.missing(name, all.isEmpty() ? "did not run" : all.get(0).why());
    }
    double seconds = ok.stream().mapToDouble(c -> c.number("solve_seconds")).min().orElse(Double.NaN);
    double peak = ok.stream().mapToDouble(Child::peakRssMb).max().orElse(Double.NaN);
    double optimum = sign * ok.get(0).number("optimum");
    for (Child c : ok) {
      if (!close(sign * c.number("optimum"), optimum)) {
        notes.add(name + ": rounds found different optima (" + optimum + ", " + sign * c.number("optimum") + ")");
        failed = true;
      }
    }
    String status = ok.get(0).values().get("status");
    if (status != null && !status.equalsIgnoreCase("optimal")) {
      return Side.missing(name, "status " + status);
    }
    return new Side(name, seconds, peak, optimum, ok.get(0).values().get("solver"), null);
  }

  private static final Pattern HIGHS_OBJECTIVE = Pattern.compile("Objective value\\s*:\\s*(\\S+)");
  private static final Pattern HIGHS_TIME = Pattern.compile("HiGHS run time\\s*:\\s*(\\S+)");
  private static final Pattern HIGHS_STATUS = Pattern.compile("Model status\\s*:\\s*(.+)");

  /** The HiGHS command line prints prose; its objective, run time and status become key-value lines. */
  private static Child highsValues(Child c) {
    Matcher obj = HIGHS_OBJECTIVE.matcher(c.out());
    if (!obj.find()) {
      return c;
    }
    Map<String, String> v = new LinkedHashMap<>(c.values());
    v.put("optimum", obj.group(1));
    Matcher t = HIGHS_TIME.matcher(c.out());
    if (t.find()) {
      v.put("solve_seconds", t.group(1));
    }
    Matcher s = HIGHS_STATUS.matcher(c.out());
    if (s.find()) {
      v.put("status", s.group(1).strip());
    }
    return new Child(c.exit(), c.wallSeconds(), v, c.out(), c.err());
  }

  private String sameOptimum(String title, Side reference, Side... others) {
    if (Double.isNaN(reference.optimum)) {
      return "not checked (" + reference.name + " " + reference.missing + ")";
    }
    List<String> checked = new ArrayList<>();
    for (Side o : others) {
      if (Double.isNaN(o.optimum)) {
        continue;
      }
      if (!close(reference.optimum, o.optimum)) {
        failed = true;
        String msg = String.format(Locale.ROOT, "**FAIL**: optimum %.10g, %s %.10g", reference.optimum, o.name,
            o.optimum);
        System.err.println(title + ": " + msg);
        return msg;
      }
      checked.add(o.name);
    }
    return checked.isEmpty() ? "no peer to compare"
        : String.format(Locale.ROOT, "%.10g, same as %s", reference.optimum, String.join(", ", checked));
  }

  /** The program a side runs: {@code highs, merged LP} is HiGHS. */
  private static String peer(String side) {
    int comma = side.indexOf(',');
    return comma < 0 ? side : side.substring(0, comma);
  }

  /** A ratio shown beside the goal's, which does not decide the row. */
  private static void info(List<String> ratios, String what, double num, double den) {
    ratios.add(what + " " + (Double.isNaN(num) || Double.isNaN(den) ? "not measured" : fmt(num / den)));
  }

  private static boolean close(double a, double b) {
    return Math.abs(a - b) <= SAME * Math.max(1, Math.abs(b));
  }

  private static void ratio(List<String> ratios, List<Boolean> pass, String what, double num, double den, double goal,
      boolean atMost) {
    if (Double.isNaN(num) || Double.isNaN(den)) {
      ratios.add(what + ": not measured");
      pass.add(null);
      return;
    }
    double r = num / den;
    ratios.add(String.format(Locale.ROOT, "%s %s", what, fmt(r)));
    pass.add(atMost ? r <= goal : r >= goal);
  }

  private void row(String title, List<Side> sides, List<String> ratios, String goal, List<Boolean> pass,
      String optimum) {
    StringBuilder figures = new StringBuilder();
    for (Side s : sides) {
      if (figures.length() > 0) {
        figures.append("; ");
      }
      figures.append(s.name).append(' ');
      if (s.missing != null) {
        figures.append("not measured (").append(s.missing.replace("|", "/")).append(')');
      } else {
        figures.append(fmt(s.seconds)).append(" s");
        if (!Double.isNaN(s.peakMb)) {
          figures.append(", ").append(Math.round(s.peakMb)).append(" MB");
        }
      }
    }
    String result;
    if (optimum.startsWith("**FAIL**")) {
      result = "**fail** (optimum)";
    } else if (pass.contains(null)) {
      result = "not measured";
    } else {
      result = pass.stream().allMatch(b -> b) ? "**pass**" : "fail";
    }
    rows.add("| " + title + " | " + figures + " | " + String.join("; ", ratios) + " | " + goal + " | " + result
        + " | " + optimum + " |");
  }

  private record Side(String name, double seconds, double peakMb, double optimum, String extra, String missing) {
    static Side missing(String name, String why) {
      return new Side(name, Double.NaN, Double.NaN, Double.NaN, null, why);
    }
  }

  // --- inputs ---------------------------------------------------------------------------------------

  /** The same NETGEN parameter line with the seed (its first number) plus one. */
  static String nextSeed(String line) {
    String[] v = line.split("\\s+");
    v[0] = Long.toString(Long.parseLong(v[0]) + 1);
    return String.join(" ", v);
  }

  private Path netgen(String line) throws IOException {
    long[] v = Arrays.stream(line.split("\\s+")).mapToLong(Long::parseLong).toArray();
    Path file = work.resolve("netgen-" + v[2] + "-" + v[0] + ".min");
    if (!Files.exists(file)) {
      StringBuilder b = new StringBuilder();
      Netgen.generate(v[0], v[1], Netgen.Params.of(Arrays.copyOfRange(v, 2, 15))).writeDimacs(b);
      Files.writeString(file, b, StandardCharsets.US_ASCII);
    }
    return file;
  }

  private static DimacsImport.Result importOnce(Path min, Path data) throws Exception {
    DimacsNetwork net = read(min);
    if (Files.exists(data.resolve("links.csv"))) {
      return new DimacsImport.Result(data, net.nodes(), net.arcs(), DimacsImport.price(net), net.totalDemand(),
          DimacsImport.capped(net));
    }
    return DimacsImport.importFile(min, data);
  }

  private static DimacsNetwork read(Path min) throws Exception {
    return DimacsReader.read(new StringReader(Files.readString(min, StandardCharsets.US_ASCII)),
        min.getFileName().toString());
  }

  /** The multi-class LP with {@code link}'s capacity set to 0, as ScenarioSweep closes it. */
  private static LinearProgram closed(int links, String link) {
    TransitFormulation f = TransitFormulation.build(Networks.snapshot(links));
    LinearProgram v = f.lp().withOwnBounds();
    for (TransitFormulation.Capacity c : f.linkCapacities()) {
      if (f.snapshot().links().get(c.link()).id().equals(link)) {
        if (c.isBound()) {
          v.setColumnUpper(c.column(), 0);
        } else {
          v.setRowUpper(c.row(), 0);
        }
      }
    }
    return v;
  }

  private Path options(String name, String text) throws IOException {
    Path file = work.resolve(name);
    Files.writeString(file, text);
    return file;
  }

  /**
   * A probe's JVM, with the launcher's collector and starting heap ({@code ./corridor}: the serial collector from
   * 16 MB, so the process keeps only the memory it needs) and the optimising compiler, as {@code corridor serve}
   * and {@code risk} run.
   */
  private static List<String> java(Class<?> main, String... args) {
    List<String> cmd = new ArrayList<>(List.of(javaBin(), "-XX:+UseSerialGC", "-Xms16m", "-cp",
        System.getProperty("java.class.path"), main.getName()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  // --- output ---------------------------------------------------------------------------------------

  private String markdown(String loadBefore, String loadAfter) throws IOException {
    StringBuilder b = new StringBuilder();
    b.append(BEGIN).append('\n');
    b.append("### Bench report, ").append(ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern(
        "yyyy-MM-dd HH:mm 'UTC'"))).append("\n\n");
    b.append("Written by `org.corridor.bench.Report` (see *How to run*). Machine: ").append(machine())
        .append(". Load average (1, 5, 15 min) ").append(loadBefore).append(" before and ").append(loadAfter)
        .append(" after. ").append(rounds).append(" round(s), sides interleaved; times are the minimum of the "
            + "rounds, memory the largest peak resident set (VmHWM, JVM included for Corridor).\n\n");
    b.append("| row | figures | ratios | goal | result | optimum |\n|---|---|---|---|---|---|\n");
    rows.forEach(r -> b.append(r).append('\n'));
    b.append('\n');
    if (skipped.isEmpty()) {
      b.append("Peers skipped: none.\n");
    } else {
      b.append("Peers skipped: ");
      List<String> s = new ArrayList<>();
      skipped.forEach((k, v) -> s.add(k + " (" + v + ")"));
      b.append(String.join("; ", s)).append(".\n");
    }
    for (String n : notes) {
      b.append("\n- ").append(n);
    }
    b.append(notes.isEmpty() ? "" : "\n").append(END).append('\n');
    return b.toString();
  }

  static void write(Path doc, String block) throws IOException {
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    int from = text.indexOf(BEGIN);
    int to = text.indexOf(END);
    String updated;
    if (from >= 0 && to > from) {
      updated = text.substring(0, from) + block + text.substring(to + END.length() + (text.startsWith("\n", to + END.length()) ? 1 : 0));
    } else {
      updated = text + (text.endsWith("\n") ? "" : "\n") + "\n## Bench report (the speed issue's table)\n\n" + block;
    }
    Files.writeString(doc, updated, StandardCharsets.UTF_8);
  }

  private static String machine() throws IOException {
    String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
        .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
    long memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
        .findFirst().map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).orElse(0L);
    return String.format(Locale.ROOT, "%d cores (%s), %d GB RAM, Java %s", Runtime.getRuntime().availableProcessors(),
        cpu, Math.round(memKb / 1024.0 / 1024.0), System.getProperty("java.version"));
  }

  private static String loadAverage() throws IOException {
    String[] f = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
    return f[0] + ", " + f[1] + ", " + f[2];
  }

  private static String fmt(double v) {
    if (Double.isNaN(v)) {
      return "—";
    }
    return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : v >= 1 ? String.format(Locale.ROOT, "%.2f", v)
        : String.format(Locale.ROOT, "%.3g", v);
  }
}
