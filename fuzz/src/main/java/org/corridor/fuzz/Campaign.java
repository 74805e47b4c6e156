package org.corridor.fuzz;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.corridor.synthetic.SyntheticNetwork;

/**
 * Replays the corpus, then judges seeded mutants of the bundled data sets and of synthetic networks, with
 * a GLOP-against-CLP check on a fresh synthetic network every few mutants, until the budget is spent.
 */
public final class Campaign {
  /**
   * @param work scratch folder for mutants (emptied as it goes)
   * @param corpus recipes replayed first, in name order
   * @param log where progress lines go (one per new failure), or {@code null}
   */
  public record Config(Duration budget, long seed, Path work, List<Path> corpus, PrintStream log) {}

  private final Config config;
  private final Mutator mutator;
  private final Oracle oracle;
  private final Map<String, Long> outcomes = new TreeMap<>();
  private final Map<String, Map<String, Long>> byKind = new TreeMap<>();
  private final Map<String, Summary.Failure> failures = new LinkedHashMap<>();
  private long runs;
  private long mutants;
  private long differential;

  public Campaign(Config config, Bases bases, Oracle oracle) {
    this.config = config;
    this.mutator = new Mutator(bases);
    this.oracle = oracle;
  }

  public Summary run() {
    long start = System.nanoTime();
    long deadline = start + config.budget().toNanos();
    Random rnd = new Random(config.seed());
    int n = 0;
    for (Path p : config.corpus()) {
      if (System.nanoTime() > deadline) {
        break;
      }
      judge(Recipe.read(p), n++);
    }
    while (System.nanoTime() < deadline) {
      long seed = rnd.nextLong();
      if (n % 8 == 7) {
        SyntheticNetwork net = randomNetwork(rnd);
        judge(new Recipe(Bases.syntheticName(net), seed, Recipe.Mode.DIFFERENTIAL, List.of(), null), n++);
        continue;
      }
      int b = rnd.nextInt(8);
      String base = b < 5 ? "steppe" : b < 7 ? "eurasia" : Bases.syntheticName(randomNetwork(rnd));
      Path dir = config.work().resolve("m" + n);
      Recipe r;
      try {
        r = mutator.random(base, seed, dir);
      } catch (RuntimeException | StackOverflowError e) {
        // A defect of the fuzzer itself, not of Corridor: say so loudly and go on with the next mutant.
        System.err.println("fuzzer: mutant " + n + " of seed " + seed + " could not be made: " + e);
        delete(dir);
        continue;
      } finally {
        n++;
      }
      record(r, judgeFolder(dir, r.seed()));
      delete(dir);
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    return new Summary(config.seed(), elapsed, runs, mutants, differential, Map.copyOf(outcomes), copy(byKind),
        List.copyOf(failures.values()));
  }

  private void judge(Recipe r, int n) {
    if (r.mode() == Recipe.Mode.DIFFERENTIAL) {
      differential++;
      runs++;
      record(r, Differential.check(Bases.synthetic(r.base())));
      return;
    }
    Path dir = config.work().resolve("m" + n);
    mutator.replay(r, dir);
    record(r, judgeFolder(dir, r.seed()));
    delete(dir);
  }

  /** CLP joins GLOP on one mutant in four that passes validation, chosen by the mutant's seed. */
  private Oracle.Verdict judgeFolder(Path dir, long seed) {
    Oracle.Verdict v = oracle.judge(dir, Math.floorMod(seed, 4) == 0);
    runs += v.runs().size();
    return v;
  }

  private void record(Recipe r, Oracle.Verdict v) {
    if (r.mode() == Recipe.Mode.CLI) {
      mutants++;
    }
    String id = v.outcome().id();
    outcomes.merge(id, 1L, Long::sum);
    List<String> kinds = r.mode() == Recipe.Mode.DIFFERENTIAL ? List.of("differential")
        : r.ops().isEmpty() ? List.of("none") : r.labels();
    kinds.forEach(k -> byKind.computeIfAbsent(k, x -> new TreeMap<>()).merge(id, 1L, Long::sum));
    if (v.acceptable()) {
      return;
    }
    // Digits vary with the mutated line or value; without them one defect is one entry.
    String key = id + "|" + v.message().lines().findFirst().orElse("").replaceAll("[0-9]+", "N");
    Summary.Failure old = failures.get(key);
    if (old != null) {
      failures.put(key, new Summary.Failure(old.outcome(), old.message(), old.seen() + 1, old.recipe()));
      return;
    }
    String recipe = r.withComment("found: " + id + ": " + v.message().replace('\n', ' ')).text();
    failures.put(key, new Summary.Failure(id, v.message(), 1, recipe));
    if (config.log() != null) {
      config.log().println("[" + id + "] " + v.message());
    }
  }

  /** Small networks: a solve takes milliseconds, so the budget goes to many cases. */
  static SyntheticNetwork randomNetwork(Random rnd) {
    int nodes = 4 + rnd.nextInt(40);
    return new SyntheticNetwork(nodes, nodes + rnd.nextInt(2 * nodes), 1 + rnd.nextInt(3), 1 + rnd.nextInt(4),
        rnd.nextLong());
  }

  private static Map<String, Map<String, Long>> copy(Map<String, Map<String, Long>> m) {
    Map<String, Map<String, Long>> c = new TreeMap<>();
    m.forEach((k, v) -> c.put(k, Map.copyOf(v)));
    return c;
  }

  /**
   * Deletes the mutant and the files it put beside its folder; links are removed, never followed. Best effort:
   * a worker stopped after a hang may still be touching the folder, and a leftover in the temp folder must not
   * end the campaign.
   */
  static void delete(Path dir) {
    Fifos.unblock(dir);
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        if (Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
              Files.deleteIfExists(p);
            }
          }
        }
        Path parent = dir.toAbsolutePath().getParent();
        try (Stream<Path> s = Files.list(parent)) {
          for (Path p : s.filter(p -> p.getFileName().toString().startsWith(dir.getFileName() + "-outside-")).toList()) {
            Files.deleteIfExists(p);
          }
        }
        return;
      } catch (IOException | UncheckedIOException e) {
        try {
          Thread.sleep(200);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  /** The corpus files of a folder, in name order. */
  public static List<Path> recipes(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(folder)) {
      return new ArrayList<>(s.filter(p -> p.toString().endsWith(".recipe")).sorted().toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
