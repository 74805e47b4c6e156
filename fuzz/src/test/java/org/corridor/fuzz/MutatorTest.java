package org.corridor.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MutatorTest {
  @TempDir
  Path tmp;

  private final Mutator mutator = new Mutator(Bases.find());

  @Test
  void aRecipeReplaysToTheSameFolder() throws IOException {
    Set<String> levels = new TreeSet<>();
    for (long seed = 0; seed < 60; seed++) {
      String base = seed % 3 == 0 ? "eurasia" : seed % 3 == 1 ? "steppe" : "synthetic:12:20:2:3:" + seed;
      Path a = tmp.resolve("a" + seed);
      Path b = tmp.resolve("b" + seed);
      Recipe r = mutator.random(base, seed, a);
      Recipe back = Recipe.parse(r.text());
      assertThat(back).as("recipe text round trip").isEqualTo(r);
      mutator.replay(back, b);
      assertThat(snapshot(b)).as("replay of\n%s", r.text()).isEqualTo(snapshot(a));
      r.ops().forEach(op -> levels.add(op.level()));
      Campaign.delete(a);
      Campaign.delete(b);
    }
    assertThat(levels).containsExactlyInAnyOrder(Mutator.LEVELS);
  }

  @Test
  void theSameSeedGivesTheSameRecipe() {
    Recipe a = mutator.random("steppe", 42, tmp.resolve("a"));
    Recipe b = mutator.random("steppe", 42, tmp.resolve("b"));
    assertThat(a).isEqualTo(b);
    assertThat(a.ops()).isNotEmpty();
  }

  @Test
  void cellOperationsReplaceOneCellAndQuoteWhenNeeded() throws IOException {
    Path d = tmp.resolve("c");
    mutator.replay(Recipe.parse("base steppe\nseed 0\nop cell.edge cell links.csv 2 6 =HYPERLINK(%22x%22)\n"), d);
    String line = Files.readAllLines(d.resolve("links.csv")).get(1);
    assertThat(line).startsWith("CPC,Export pipeline to the Black Sea,ATYRAU,NOVO,pipeline,crude,\"=HYPERLINK(\"\"x\"\")\",Mt,");
  }

  @Test
  @SuppressWarnings("unchecked")
  void yamlOperationsEditTheTree() throws IOException {
    Path d = tmp.resolve("y");
    mutator.replay(Recipe.parse("base steppe\nseed 0\nop yaml.negative-cost yset policies.yaml 0/cost_delta -1\n"
        + "op yaml.drop-key ydrop policies.yaml 1/actor\n"), d);
    java.util.List<?> policies = (java.util.List<?>) Mutator.loadYaml(d.resolve("policies.yaml"));
    assertThat((Map<Object, Object>) policies.get(0)).containsEntry("cost_delta", -1);
    assertThat((Map<Object, Object>) policies.get(1)).containsEntry("id", "kz-grain-transit-ban").doesNotContainKey("actor");
  }

  /** Every entry of the folder: content of regular files, target of links, "fifo" for pipes. */
  static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> m = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.toList()) {
        String k = dir.relativize(p).toString();
        if (Files.isSymbolicLink(p)) {
          Path t = Files.readSymbolicLink(p);
          m.put(k, "link to " + (t.startsWith(dir.getParent()) ? dir.getParent().relativize(t).toString()
              .replaceFirst("^[ab][0-9]*-", "") : t));
        } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
          m.put(k, java.util.HexFormat.of().formatHex(Files.readAllBytes(p)));
        } else if (Fifos.isFifo(p)) {
          m.put(k, "fifo");
        } else {
          m.put(k, "dir");
        }
      }
    }
    return m;
  }
}
