package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code corridor import dimacs} end to end: import, then solve the data set it wrote. */
class ImportDimacsTest {
  /** The hand-checked instance kept as an example: optimal cost 14. */
  private static final String SMALL = "../data/examples/dimacs/small.min";

  @Test
  void importsThenSolvesToTheKnownCost(@TempDir Path dir) throws Exception {
    Run r = Run.of("import", "dimacs", SMALL, dir.resolve("ds").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("4 nodes, 5 links; P = 10, D = 4; min cost = 10·4 − welfare.");
    Run solve = Run.of("solve", dir.resolve("ds").toString(), "--format", "json");
    assertThat(solve.exitCode()).as(solve.err()).isZero();
    // welfare 26 = 10·4 − 14, the instance's optimal cost
    assertThat(solve.out()).contains("\"objective\" : 26.0");
  }

  @Test
  void aBadFileIsListedByLineWithoutAStackTrace(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.min");
    Files.writeString(file, "p min 2 1\nn 1 1\nn 2 -1\na 1 2 3 4 5\n");
    Run r = Run.of("import", "dimacs", file.toString(), dir.resolve("ds").toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains("bad.min:4").contains("low").doesNotContain("Exception");
    assertThat(dir.resolve("ds")).doesNotExist();
  }

  @Test
  void aMissingFileIsAUsageError(@TempDir Path dir) {
    Run r = Run.of("import", "dimacs", dir.resolve("none.min").toString(), dir.resolve("ds").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("none.min").contains("not a readable file");
  }
}
