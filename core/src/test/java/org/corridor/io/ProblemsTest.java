package org.corridor.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemsTest {
  @Test
  void suggestsCaseInsensitiveMatchFirstThenNearSpelling() {
    assertThat(Problems.didYouMean("atyrau", List.of("AKTAU", "ATYRAU"))).isEqualTo("did you mean `ATYRAU`?");
    assertThat(Problems.didYouMean("crud", List.of("crude", "gas"))).isEqualTo("did you mean `crude`?");
    assertThat(Problems.didYouMean("zzzzzz", List.of("crude", "gas"))).isNull();
  }

  @Test
  void suggestionsSkipNullAndBlankNamesAndValues() {
    java.util.List<String> known = new java.util.ArrayList<>(java.util.Arrays.asList(null, "", "ATYRAU"));
    assertThat(Problems.didYouMean("atyrau", known)).isEqualTo("did you mean `ATYRAU`?");
    assertThat(Problems.didYouMean("\u00c4", known)).isNull();
    assertThat(Problems.didYouMean("", known)).isNull();
    assertThat(Problems.didYouMean(null, known)).isNull();
  }

  @Test
  void rendersFileLineFieldMessageAndHint() {
    Problem p = Problem.error("links.csv", 12, "from", "x", "unknown node `x`", "did you mean `X`?");
    assertThat(p).hasToString("links.csv:12: from: unknown node `x`; did you mean `X`?");
    assertThat(Problem.error("links.csv", 0, null, null, "file is missing", null)).hasToString("links.csv (whole file): file is missing");
  }

  @Test
  void oversizedYamlIsRefused() {
    Problems problems = new Problems();
    String big = "a: \"" + "x".repeat(YamlTree.MAX_BYTES + 10) + "\"\n";
    assertThat(YamlTree.parse(big, "big.yaml", problems)).isEmpty();
    assertThat(problems.hasErrors()).isTrue();
  }
}
