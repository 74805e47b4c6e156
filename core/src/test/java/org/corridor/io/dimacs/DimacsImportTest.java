package org.corridor.io.dimacs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.corridor.io.DataSetLoader;
import org.corridor.io.InvalidModelException;
import org.corridor.io.Problem;
import org.corridor.policy.DataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DimacsImportTest {
  /**
   * <pre>
   *   (1) supply 4 ──2, cap 4──▶ (2) ──3, cap 3──▶ (4) demand 4
   *    │                          │                ▲
   *    └───2, cap 2──▶ (3) ◀──1, cap 2──┘          │
   *                     └────────1, cap 5──────────┘
   * </pre>
   * Optimal cost 14: 2 units 1→3→4 (cost 3 each), 2 units 1→2→3→4 (cost 4 each). Kept in
   * data/examples/dimacs/small.min.
   */
  static final String SMALL = small();

  /** The instance as the repository keeps it, an example for users too. */
  private static String small() {
    try {
      return Files.readString(Path.of("../data/examples/dimacs/small.min"), StandardCharsets.US_ASCII);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void readsTheSmallInstance() throws Exception {
    DimacsNetwork n = DimacsReader.read(new StringReader(SMALL), "small.min");
    assertThat(n.nodes()).isEqualTo(4);
    assertThat(n.arcs()).isEqualTo(5);
    assertThat(n.supply()).containsExactly(4, 0, 0, -4);
    assertThat(n.totalDemand()).isEqualTo(4);
    assertThat(n.maxCost()).isEqualTo(3);
    assertThat(DimacsImport.price(n)).as("(nodes − 1)·max cost + 1").isEqualTo(10);
  }

  @Test
  void priceStopsAtCorridorsLargestPrice() throws Exception {
    DimacsNetwork n = DimacsReader.read(new StringReader("p min 5000 1\nn 1 1\nn 2 -1\na 1 2 0 1 10000\n"), "f");
    assertThat(DimacsImport.price(n)).isEqualTo(1_000_000);
  }

  @Test
  void writesADataSetThatLoads(@TempDir Path dir) throws Exception {
    DimacsNetwork n = DimacsReader.read(new StringReader(SMALL), "small.min");
    DimacsImport.Result r = DimacsImport.write(n, dir.resolve("ds"), "small.min", LocalDate.of(2026, 1, 2), "ab12");
    assertThat(r.price()).isEqualTo(10);
    assertThat(r.totalDemand()).isEqualTo(4);
    assertThat(r.minCost(26)).isEqualTo(14);
    DataSet d = DataSetLoader.load(dir.resolve("ds"), true).dataSet();
    assertThat(d.network().nodes()).hasSize(4);
    assertThat(d.network().links()).hasSize(5);
    assertThat(d.scenarios()).hasSize(1);
    assertThat(Files.readString(dir.resolve("ds/links.csv"))).contains("A4,N2,N4,pipeline,flow,3,3,dimacs");
    assertThat(Files.readString(dir.resolve("ds/demand.csv"))).contains("N4,flow,4,10,dimacs");
    assertThat(Files.readString(dir.resolve("ds/sources.csv"))).contains("P = 10 and D = 4");
  }

  @Test
  void sameFileSameBytes(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("small.min");
    Files.writeString(file, SMALL, StandardCharsets.US_ASCII);
    DimacsImport.importFile(file, dir.resolve("a"));
    DimacsImport.importFile(file, dir.resolve("b"));
    for (String f : List.of("sources.csv", "nodes.csv", "links.csv", "supply.csv", "demand.csv", "dataset.yaml",
        "scenarios/dimacs.yaml")) {
      assertThat(Files.readAllBytes(dir.resolve("a").resolve(f))).as(f)
          .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(f)));
    }
  }

  @Test
  void refusesAFolderThatIsNotEmpty(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("x.txt"), "x");
    DimacsNetwork n = DimacsReader.read(new StringReader(SMALL), "small.min");
    assertThat(catchThrowableOfType(() -> DimacsImport.write(n, dir, "s", LocalDate.of(2026, 1, 1), "0"),
        java.io.IOException.class)).hasMessageContaining("is not empty");
  }

  @Test
  void locatesEveryProblem() {
    String bad = """
        c line 1
        n 1 4
        p min 3 2
        n 1 4
        n 3 -3
        a 1 2 1 4 2
        a 2 2 0 4 -1
        x 1
        a 1 3 0 4
        """;
    List<Problem> ps = problems(bad);
    assertThat(ps).extracting(Problem::line).containsExactly(0, 2, 6, 7, 7, 8, 9);
    assertThat(ps.get(0).message()).contains("sum to 1");
    assertThat(ps.get(1).message()).contains("before the problem line");
    assertThat(ps.get(2).field()).isEqualTo("low");
    assertThat(ps.get(3).field()).isEqualTo("cost");
    assertThat(ps.get(4).message()).contains("to itself");
    assertThat(ps.get(5).message()).contains("unknown line kind");
    assertThat(ps.get(6).message()).contains("expected `a FROM TO LOW CAP COST`");
    assertThat(ps).allMatch(p -> p.file().equals("bad.min"));
    assertThat(ps.get(2).toString()).contains("bad.min").contains("6");
  }

  @Test
  void refusesOtherProblemKindsAndMissingLines() {
    assertThat(problems("p max 2 1\n").get(0).message()).contains("only `min`");
    assertThat(problems("c nothing\n").get(0).message()).contains("no problem line");
    assertThat(problems("p min 2 2\nn 1 1\nn 2 -1\na 1 2 0 1 1\n").get(0).message())
        .contains("announces 2 arcs, the file has 1");
    assertThat(problems("p min 2 1\nn 1 1\nn 2 -1\na 1 5 0 1 1\n").get(0).field()).isEqualTo("to");
    assertThat(problems("p min 2 1\nn 1 1\nn 1 1\na 1 2 0 1 1\n")).anyMatch(p -> p.message().contains("second `n` line"));
    assertThat(problems("p min 2 1\nn 1 1\nn 2 -1\na 1 2 0 2000000000 1\n").get(0).field()).isEqualTo("cap");
  }

  private static List<Problem> problems(String text) {
    InvalidModelException e = catchThrowableOfType(() -> DimacsReader.read(new StringReader(text), "bad.min"),
        InvalidModelException.class);
    assertThat(e).as("refused").isNotNull();
    return e.problems();
  }
}
