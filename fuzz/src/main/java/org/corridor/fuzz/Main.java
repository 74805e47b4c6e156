package org.corridor.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * {@code java org.corridor.fuzz.Main --minutes 60 [--seed S] [--out DIR] [--corpus DIR]}: runs a campaign and
 * writes summary.txt, summary.json and one recipe per failure into DIR (default out/fuzz). Exits 0 when
 * every outcome was acceptable, 1 otherwise.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    double minutes = 1;
    long seed = System.currentTimeMillis();
    Path out = Path.of("out/fuzz");
    Path corpus = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--minutes" -> minutes = Double.parseDouble(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--out" -> out = Path.of(args[++i]);
        case "--corpus" -> corpus = Path.of(args[++i]);
        default -> {
          System.err.println("usage: Main --minutes N [--seed S] [--out DIR] [--corpus DIR]");
          System.exit(2);
        }
      }
    }
    Bases bases = Bases.find();
    if (corpus == null) {
      corpus = bases.root().resolve("fuzz/src/test/resources/corpus");
    }
    System.out.println("corridor fuzz: seed " + seed + ", " + minutes + " min, output " + out);
    Path work = Files.createTempDirectory("corridor-fuzz");
    Campaign.Config config = new Campaign.Config(Duration.ofMillis((long) (minutes * 60_000)), seed, work,
        Campaign.recipes(corpus), System.out);
    Summary s = new Campaign(config, bases, new Oracle()).run();
    s.write(out);
    System.out.print(s.text());
    Files.deleteIfExists(work);
    // Stopped workers may leave daemon threads behind; exit does not wait for them.
    System.exit(s.failures().isEmpty() ? 0 : 1);
  }
}
