package org.corridor.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.corridor.synthetic.SyntheticNetwork;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays every recipe under reproducers/ (one per failure class the fuzzer found) and corpus/, and asserts
 * the oracle's goal on each. A recipe whose outcome is in known-open.txt is printed, not failed.
 */
class ReproducersTest {
  static final Path REPRODUCERS = Path.of("src/test/resources/reproducers");
  static final Path CORPUS = Path.of("src/test/resources/corpus");

  @TempDir
  Path tmp;

  @TestFactory
  Stream<DynamicTest> everyStoredRecipeKeepsThePromise() {
    Set<String> open = KnownOpen.classes();
    Mutator mutator = new Mutator(Bases.find());
    Oracle oracle = new Oracle();
    List<Path> recipes = Stream.concat(Campaign.recipes(REPRODUCERS).stream(), Campaign.recipes(CORPUS).stream()).toList();
    assertThat(Campaign.recipes(REPRODUCERS)).as("stored reproducers").isNotEmpty();
    return recipes.stream().map(p -> DynamicTest.dynamicTest(p.getParent().getFileName() + "/" + p.getFileName(), () -> {
      Recipe r = Recipe.read(p);
      Oracle.Verdict v;
      if (r.mode() == Recipe.Mode.DIFFERENTIAL) {
        SyntheticNetwork net = Bases.synthetic(r.base());
        v = Differential.check(net);
      } else {
        Path dir = Files.createDirectories(tmp).resolve(p.getFileName().toString().replace(".recipe", ""));
        mutator.replay(r, dir);
        v = oracle.judge(dir, true);
        Campaign.delete(dir);
      }
      if (!v.acceptable() && open.contains(v.outcome().id())) {
        System.out.println("KNOWN OPEN " + p.getFileName() + ": [" + v.outcome().id() + "] " + v.message());
        return;
      }
      assertThat(v.acceptable()).as("%s (%s): [%s] %s", p.getFileName(), r.comment(), v.outcome().id(), v.message()).isTrue();
    }));
  }
}
