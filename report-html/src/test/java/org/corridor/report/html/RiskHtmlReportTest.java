package org.corridor.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.corridor.analysis.Exceedance;
import org.corridor.analysis.RiskMeasures;
import org.corridor.analysis.RiskYears;
import org.corridor.api.Answer;
import org.corridor.model.Country;
import org.corridor.report.RiskFindings;
import org.corridor.report.RiskReport;
import org.junit.jupiter.api.Test;

/** The risk page embeds one curve per line with a loss, its points in order and starting at P(loss). */
class RiskHtmlReportTest {
  private static final int N = 4000;
  private static final List<RiskYears.Line> LINES = List.of(
      new RiskYears.Line("KZ", "crude", RiskYears.Measure.EXPORTS, "Mt"),
      new RiskYears.Line("UZ", "gas", RiskYears.Measure.EXPORTS, "bcm"),
      new RiskYears.Line("KZ", "all", RiskYears.Measure.WELFARE, "USD m"));

  /** KZ crude loses in about 30% of years (heavy tail), UZ gas never, KZ welfare in proportion to crude. */
  private static List<double[]> losses() {
    Random r = new Random(7);
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < N; i++) {
      double crude = r.nextDouble() < 0.3 ? Math.exp(r.nextGaussian()) : 0;
      out.add(new double[] {crude, 0, 400 * crude});
    }
    return out;
  }

  private static Answer answer() {
    List<double[]> x = losses();
    List<RiskMeasures.Row> rows = RiskMeasures.table(LINES, x);
    Map<String, Country> countries = Map.of("KZ", new Country("KZ", "Kazakhstan", false, null));
    RiskReport.Summary summary = new RiskReport.Summary("base", 2024, 1, N, N, 0, false, 3, List.of(),
        RiskFindings.of(rows, countries));
    return new Answer(summary, RiskReport.tables(rows, Exceedance.of(LINES, x), 2024).stream()
        .map(t -> t.withRun("0123456789ab", "base")).toList(), "risk");
  }

  private static JsonNode embedded(String html) throws Exception {
    int from = html.indexOf("const DATA = ") + "const DATA = ".length();
    int to = html.indexOf(";</script>", from);
    return new ObjectMapper().readTree(html.substring(from, to));
  }

  @Test
  void eachLineWithALossHasAnOrderedCurveThatStartsAtItsProbabilityOfLoss() throws Exception {
    Answer a = answer();
    String html = RiskHtmlReport.render((RiskReport.Summary) a.summary(), a.table("risk"), a.table("risk-exceedance"),
        Map.of("KZ", new Country("KZ", "Kazakhstan", false, null)),
        "Risk <test>");
    assertThat(html).contains("<title>Risk &lt;test&gt;</title>").contains("const CorridorExceedance")
        .contains("const CorridorPanels");
    JsonNode lines = embedded(html).get("lines");
    assertThat(lines).hasSize(2);
    double[] crude = losses().stream().mapToDouble(s -> s[0]).toArray();
    for (JsonNode line : lines) {
      assertThat(line.get("country").asText()).isEqualTo("KZ");
      assertThat(line.get("name").asText()).isEqualTo("Kazakhstan");
      JsonNode points = line.get("points");
      assertThat(points.size()).isBetween(Exceedance.TAIL, 400);
      for (int i = 1; i < points.size(); i++) {
        assertThat(points.get(i).get("loss").asDouble()).isGreaterThan(points.get(i - 1).get("loss").asDouble());
        assertThat(points.get(i).get("probability").asDouble())
            .isLessThan(points.get(i - 1).get("probability").asDouble());
      }
      assertThat(points.get(0).get("probability").asDouble()).isEqualTo(line.get("p_loss").asDouble());
      JsonNode last = points.get(points.size() - 1);
      assertThat(last.get("years").asLong()).isEqualTo(1);
      assertThat(last.get("probability").asDouble()).isEqualTo(1.0 / N);
      assertThat(line.get("var95").asDouble()).isPositive();
      assertThat(line.get("cvar99").asDouble()).isGreaterThan(line.get("var99").asDouble());
    }
    double max = Arrays.stream(crude).max().orElseThrow();
    JsonNode kzCrude = lines.get(0);
    assertThat(kzCrude.get("measure").asText()).isEqualTo("exports");
    assertThat(kzCrude.get("points").get(kzCrude.get("points").size() - 1).get("loss").asDouble()).isEqualTo(max);
    assertThat(embedded(html).get("findings")).hasSize(2);
    assertThat(embedded(html).get("findings").get(0).asText()).startsWith("Kazakhstan (KZ) loses crude exports in ");
  }
}
