package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code corridor import dimacs} end to end: import, then solve the data set it wrote. */
class ImportDimacsTest {
  private static final String SMALL = """
      p min 4 5
      n 1 4
      n 4 -4
      a 1 2 0 4 2
      a 1 3 0 2 2
      a 2 3 0 2 1
      a 2 4 0 3 3
      a 3 4 0 5 1
      """;

  @Test
  void importsThenSolvesToTheKnownCost(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("small.min");
    Files.writeString(file, SMALL);
    Run r = Run.of("import", "dimacs", file.toString(), dir.resolve("ds").toString());
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
