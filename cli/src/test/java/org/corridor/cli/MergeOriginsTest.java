package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code corridor solve --merge-origins} end to end on the bundled Eurasia data set. */
class MergeOriginsTest {
  private static final String EURASIA = "../data/eurasia";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void mergedOriginsGiveTheSameWelfareOnFewerClasses() throws Exception {
    Run every = Run.of("solve", EURASIA, "--format", "json");
    Run merged = Run.of("solve", EURASIA, "--merge-origins", "--format", "json");
    assertThat(every.exitCode()).as(every.err()).isZero();
    assertThat(merged.exitCode()).as(merged.err()).isZero();
    JsonNode a = JSON.readTree(every.out());
    JsonNode b = JSON.readTree(merged.out());
    double welfare = a.at("/summary/objective").asDouble();
    assertThat(b.at("/summary/objective").asDouble()).isCloseTo(welfare,
        org.assertj.core.api.Assertions.within(1e-9 * Math.abs(welfare)));
    assertThat(b.at("/summary/classes").asInt()).isLessThan(a.at("/summary/classes").asInt());
    assertThat(names(b)).containsExactly("routes", "shares", "flows", "deliveries", "stranded", "capacity-prices");
    assertThat(rows(b, "flows")).anyMatch(r -> r.get("origin").asText().equals("*"));
    // The focus exporters keep their classes, so their routes are those of an optimum of the full program.
    assertThat(rows(b, "routes")).isNotEmpty();
    assertThat(rows(b, "flows")).anyMatch(r -> r.get("origin").asText().equals("KZ"));
  }

  @Test
  void aPeriodCannotBeMerged() {
    Run r = Run.of("solve", EURASIA, "--merge-origins", "--period", "2025");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("--merge-origins and --period cannot be combined");
  }

  private static List<String> names(JsonNode answer) {
    List<String> out = new ArrayList<>();
    answer.get("tables").forEach(t -> out.add(t.get("name").asText()));
    return out;
  }

  private static List<JsonNode> rows(JsonNode answer, String table) {
    List<JsonNode> out = new ArrayList<>();
    answer.get("tables").forEach(t -> {
      if (t.get("name").asText().equals(table)) {
        t.get("rows").forEach(out::add);
      }
    });
    return out;
  }
}
