package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.corridor.io.ExampleCopy;
import org.corridor.solve.LinearProgram;
import org.corridor.solve.LpSolution;
import org.corridor.solve.LpSolver;
import org.corridor.solve.LpStatus;
import org.corridor.solve.SolveOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code solve --period} and {@code diff --period} end to end, on the example network with a three-day strike
 * that closes the CPC inside the longer outage that cuts it to 65%:
 * <pre>
 *   OILFIELD(KZ) 60 ─▶ ATYRAU ──CPC 60──▶ NOVO ─▶ WORLD     KZ crude: 40 by the CPC, 15 to China, 5 by the Caspian
 *                        ├─ KCP ─▶ CN_MARKET (takes 15)
 *                        └─ Caspian 5 ─▶ WORLD
 *   cpc-outage-2025  CPC × 0.65   17 Feb – 31 May 2025      the CPC carries 39
 *   strike           CPC × 0      17 – 19 Feb 2025          the CPC carries 0
 * </pre>
 * Kazakh exports by sub-period: 60 (47 days), 20 (3 days), 59 (101 days), 60 (214 days).
 */
class PeriodTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path tmp;

  private String fixture() {
    return ExampleCopy.in(tmp.resolve("strike")).append("policies.yaml", """
        - id: strike
          kind: capacity_change
          link: CPC
          factor: 0
          from: 2025-02-17
          to: 2025-02-19
          description: A three-day strike stops the pipeline (test).
          sources: "estimate: test"
        """).dir().toString();
  }

  private static JsonNode table(JsonNode doc, String name) {
    for (JsonNode t : doc.get("tables")) {
      if (t.get("name").asText().equals(name)) {
        return t.get("rows");
      }
    }
    throw new AssertionError("no table " + name);
  }

  private static JsonNode row(JsonNode rows, String column, String value, String column2, String value2) {
    for (JsonNode r : rows) {
      if (r.get(column).asText().equals(value) && r.get(column2).asText().equals(value2)) {
        return r;
      }
    }
    throw new AssertionError("no row " + column + "=" + value + ", " + column2 + "=" + value2 + " in " + rows);
  }

  @Test
  void aThreeDayStrikeReportsTheVolumeItCutOverItsThreeDaysAndItsRate() throws Exception {
    Run r = Run.of("solve", fixture(), "--period", "2025", "--format", "json", "--threads", "1");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode doc = JSON.readTree(r.out());
    assertThat(doc.at("/summary/status").asText()).isEqualTo("optimal");
    JsonNode parts = table(doc, "sub-periods");
    assertThat(parts).hasSize(4);
    assertThat(parts.get(1).get("from").asText()).isEqualTo("2025-02-17");
    assertThat(parts.get(1).get("days").asInt()).isEqualTo(3);

    JsonNode events = table(doc, "period-events");
    JsonNode strike = row(events, "policy", "strike", "commodity", "crude");
    // Without the strike the CPC would carry 39 (the outage is in force too): 39 Mt/yr over 3 of 365 days.
    assertThat(strike.get("days").asInt()).isEqualTo(3);
    assertThat(strike.get("lost").asDouble()).isCloseTo(39 * 3 / 365.0, within(1e-6));
    assertThat(strike.get("rate").asDouble()).isCloseTo(39, within(1e-6));
    assertThat(strike.get("volume_unit").asText()).isEqualTo("Mt");
    assertThat(strike.get("unit").asText()).isEqualTo("Mt/yr");
    // The outage costs 1 Mt/yr on its 101 days without the strike, nothing on the strike's 3.
    JsonNode outage = row(events, "policy", "cpc-outage-2025", "commodity", "crude");
    assertThat(outage.get("days").asInt()).isEqualTo(104);
    assertThat(outage.get("lost").asDouble()).isCloseTo(101 / 365.0, within(1e-6));
    assertThat(outage.get("rate").asDouble()).isCloseTo(101 / 104.0, within(1e-6));

    JsonNode cpc = row(table(doc, "period-flows"), "link", "CPC", "origin", "KZ");
    assertThat(cpc.get("volume").asDouble()).isCloseTo((40 * 261 + 39 * 101) / 365.0, within(1e-6));
    assertThat(cpc.get("rate").asDouble()).isCloseTo(cpc.get("volume").asDouble(), within(1e-9));
    double exports = 0;
    for (JsonNode d : table(doc, "period-deliveries")) {
      if (d.get("origin").asText().equals("KZ") && d.get("commodity").asText().equals("crude")) {
        exports += d.get("volume").asDouble();
      }
    }
    assertThat(exports).isCloseTo((60 * 47 + 20 * 3 + 59 * 101 + 60 * 214) / 365.0, within(1e-6));
    assertThat(doc.at("/summary/findings").toString())
        .contains("strike (2025-02-17 to 2025-02-19, 3 days in the period) cut Kazakhstan's crude exports by 0.32 Mt"
            + " over those 3 days (a rate of 39.00 Mt/yr)");
  }

  @Test
  void textListsTheSubPeriodsAndLabelsVolumesAndRates() throws Exception {
    Run r = Run.of("solve", fixture(), "--period", "2025-02", "--threads", "1");
    assertThat(r.exitCode()).as(r.err()).isZero();
    Golden.assertMatches("solve-period-steppe-strike.txt", r.out());
  }

  @Test
  void csvIsThePeriodFlowsTable() throws Exception {
    Run r = Run.of("solve", fixture(), "--period", "2025-01-01..2025-06-30", "--format", "csv", "--threads", "1");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines().findFirst().orElseThrow()).contains("period_from", "period_to", "days",
        "volume [see volume_unit]", "rate [see unit]");
    assertThat(r.out()).contains(",2025-01-01,2025-06-30,181,CPC,");
  }

  @Test
  void theAnswerIsTheSameBytesOnAnyNumberOfThreads() {
    String data = fixture();
    Run one = Run.of("solve", data, "--period", "2025", "--format", "json", "--threads", "1");
    assertThat(one.exitCode()).as(one.err()).isZero();
    for (String threads : new String[] {"2", "4"}) {
      assertThat(Run.of("solve", data, "--period", "2025", "--format", "json", "--threads", threads).out())
          .as("%s threads", threads).isEqualTo(one.out());
    }
    Run diff1 = Run.of("diff", data, "base-2024", "russia-denies-kz-crude", "--period", "2025", "--format", "json",
        "--threads", "1");
    assertThat(diff1.exitCode()).as(diff1.err()).isZero();
    assertThat(Run.of("diff", data, "base-2024", "russia-denies-kz-crude", "--period", "2025", "--format", "json",
        "--threads", "3").out()).isEqualTo(diff1.out());
  }

  @Test
  void diffOverAPeriodReportsTheVolumeLostAndTheRate() throws Exception {
    Run r = Run.of("diff", fixture(), "base-2024", "russia-denies-kz-crude", "--period", "2025", "--format", "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode changes = table(JSON.readTree(r.out()), "diff-period");
    // With Russia closed to Kazakh crude the CPC carries none of it: all its 2025 volume is lost or rerouted.
    JsonNode cpc = row(changes, "kind", "flow", "key", "CPC ATYRAU→NOVO crude from KZ");
    assertThat(cpc.get("before").asDouble()).isCloseTo((40 * 261 + 39 * 101) / 365.0, within(1e-6));
    assertThat(cpc.get("after").asDouble()).isZero();
    assertThat(cpc.get("delta").asDouble()).isCloseTo(-cpc.get("before").asDouble(), within(1e-9));
    assertThat(cpc.get("delta_rate").asDouble()).isCloseTo(cpc.get("delta").asDouble(), within(1e-9));
    assertThat(cpc.get("volume_unit").asText()).isEqualTo("Mt");
    assertThat(cpc.get("status").asText()).isEqualTo("optimal");
  }

  /**
   * OR-Tools, except that a program whose CPC capacity row is closed stops at the time limit: the strike's
   * sub-period, and nothing else, fails.
   */
  private static final class FailsWhenCpcIsClosed implements LpSolver {
    private final LpSolver glop = new org.corridor.solve.ortools.OrToolsSolver();

    @Override
    public LpSession open(LinearProgram lp, SolveOptions options) {
      LpSession inner = glop.open(lp, options);
      int row = java.util.stream.IntStream.range(0, lp.rows()).filter(i -> lp.rowName(i).equals("Link-capacity[CPC]"))
          .findFirst().orElse(-1);
      double[] upper = {row < 0 ? 1 : lp.rowUpper(row)};
      return new LpSession() {
        @Override
        public LpSolution solve() {
          return upper[0] == 0 ? new LpSolution(LpStatus.TIME_LIMIT, Double.NaN, new double[0], new double[0], 0,
              "glop", 0) : inner.solve();
        }

        @Override
        public void setColumnBounds(int column, double lo, double up) {
          inner.setColumnBounds(column, lo, up);
        }

        @Override
        public void setRowBounds(int i, double lo, double up) {
          upper[0] = i == row ? up : upper[0];
          inner.setRowBounds(i, lo, up);
        }

        @Override
        public void setObjective(double[] coefficients) {
          inner.setObjective(coefficients);
        }

        @Override
        public void reset() {
          inner.reset();
        }

        @Override
        public void close() {
          inner.close();
        }
      };
    }
  }

  @Test
  void aSubPeriodThatFailsPrintsTheTablesWithItsStatusThenExitsWithFour() {
    String data = fixture();
    var before = Front.solvers;
    Front.solvers = FailsWhenCpcIsClosed::new;
    Run r;
    try {
      r = Run.of("solve", data, "--period", "2025-02", "--threads", "1");
    } finally {
      Front.solvers = before;
    }
    assertThat(r.exitCode()).as(r.err()).isEqualTo(4);
    assertThat(r.out()).contains("over 2025-02 (2025-02-01 to 2025-02-28, 28 days in 3 sub-periods): time-limit",
        "The sub-period 2025-02-17 to 2025-02-19 did not solve (time-limit): the period has no volumes.");
    assertThat(r.out().lines().filter(l -> l.startsWith("base-2024  2025-02-17  2025-02-19")))
        .singleElement().asString().contains("time-limit");
    assertThat(r.err()).contains("error: base-2024 over 2025-02 did not solve in every sub-period (time-limit)")
        .doesNotContain("\tat ");
  }

  @Test
  void theSubPeriodsTableCountsPoliciesInTextAndListsTheirIdsInCsv() {
    String data = fixture();
    Run text = Run.of("solve", data, "--period", "2025-02", "--threads", "1");
    assertThat(text.out()).contains("base-2024  2025-02-17  2025-02-19       3    0.008  optimal         3\n");
    Run csv = Run.of("solve", data, "--period", "2025-02", "--format", "csv", "--table", "sub-periods");
    assertThat(csv.exitCode()).as(csv.err()).isZero();
    assertThat(csv.out()).contains(",2025-02-17,2025-02-19,3,").contains("cpc-outage-2025; kz-grain-transit-ban; strike");
  }

  private static JsonNode row(JsonNode rows, String date, String indicator) {
    return row(rows, "date", date, "indicator", indicator);
  }

  @Test
  void aQuarterlyTimelineShowsAStrikeBetweenItsDatesAsVolumeLost() throws Exception {
    Run r = Run.of("timeline", fixture(), "--period", "2025", "--step", "quarter", "--format", "json", "--threads", "1");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode doc = JSON.readTree(r.out());
    JsonNode volumes = table(doc, "timeline-volumes");
    // Q1 (90 days): 60 Mt/yr for 47 days, 20 for the strike's 3, 59 for the outage's first 40. On 1 January the
    // rate is 60, so reading that rate for the quarter misses 40 × 3 + 1 × 40 = 160 Mt/yr-days.
    JsonNode q1 = row(volumes, "2025-01-01", "KZ crude exports");
    assertThat(q1.get("to").asText()).isEqualTo("2025-03-31");
    assertThat(q1.get("days").asInt()).isEqualTo(90);
    assertThat(q1.get("volume").asDouble()).isCloseTo((60 * 47 + 20 * 3 + 59 * 40) / 365.0, within(1e-6));
    assertThat(q1.get("at_date").asDouble()).isCloseTo(60, within(1e-6));
    assertThat(q1.get("missed").asDouble()).isCloseTo(-160 / 365.0, within(1e-6));
    assertThat(q1.get("mean").asDouble()).isCloseTo(q1.get("volume").asDouble() / (90 / 365.0), within(1e-6));
    // A share has no volume of its own: empty, not NaN.
    for (JsonNode v : volumes) {
      if (v.get("indicator").asText().contains("share")) {
        assertThat(v.get("volume").isNull()).as("%s", v).isTrue();
        assertThat(v.get("missed").isNull()).as("%s", v).isTrue();
      }
    }
    // The point timeline on the same dates sees nothing of the strike.
    assertThat(row(table(doc, "timeline"), "2025-01-01", "KZ crude exports").get("value").asDouble())
        .isCloseTo(60, within(1e-6));
    // The windows tile the year: their volumes add up to the year's, as solve --period gives it.
    double year = 0;
    for (JsonNode v : volumes) {
      if (v.get("indicator").asText().equals("KZ crude exports")) {
        year += v.get("volume").asDouble();
      }
    }
    assertThat(year).isCloseTo((60 * 47 + 20 * 3 + 59 * 101 + 60 * 214) / 365.0, within(1e-6));
    // A share is a ratio of the window's volumes: what crossed Russia over what was exported.
    JsonNode share = row(volumes, "2025-01-01", "KZ crude share crossing RU");
    JsonNode crossing = row(volumes, "2025-01-01", "KZ crude crossing RU");
    assertThat(share.get("mean").asDouble()).isCloseTo(crossing.get("volume").asDouble() / q1.get("volume").asDouble(),
        within(1e-7));
    assertThat(share.get("volume").isNull()).isTrue();
    // One sweep over the year cut at its changes and at the quarter dates.
    assertThat(table(doc, "sub-periods")).extracting(p -> p.get("from").asText()).contains("2025-01-01", "2025-02-17",
        "2025-02-20", "2025-04-01", "2025-06-01", "2025-07-01", "2025-10-01");
  }

  @Test
  void onTheBundledDataTheFebruary2025StrikeShowsInTheFirstQuarterAsKazakhCrudeLost() throws Exception {
    Run r = Run.of("timeline", "../data/eurasia", "--period", "2025", "--step", "quarter", "--format", "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode doc = JSON.readTree(r.out());
    assertThat(table(doc, "sub-periods")).extracting(p -> p.get("from").asText()).contains("2025-02-17", "2025-03-24");
    JsonNode q1 = row(table(doc, "timeline-volumes"), "2025-01-01", "KZ crude exports");
    // The strike (17 Feb – 23 Mar) falls between the 1 January and 1 April dates; only the window sees it.
    assertThat(q1.get("missed").asDouble()).isLessThan(-0.5);
    assertThat(q1.get("mean").asDouble()).isLessThan(q1.get("at_date").asDouble());
  }

  @Test
  void aTimelineOverAPeriodIsTheSameBytesOnAnyNumberOfThreadsAndRefusesWhatItCannotAnswer() {
    String data = fixture();
    Run one = Run.of("timeline", data, "--period", "2025", "--step", "month", "--format", "json", "--threads", "1");
    assertThat(one.exitCode()).as(one.err()).isZero();
    assertThat(Run.of("timeline", data, "--period", "2025", "--step", "month", "--format", "json", "--threads", "3")
        .out()).isEqualTo(one.out());
    Run both = Run.of("timeline", data, "--period", "2025", "--from", "2025-01-01");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("without --from and --to").doesNotContain("\tat ");
    Run huge = Run.of("timeline", data, "--period", "1900-01-01..2200-12-31", "--step", "month");
    assertThat(huge.exitCode()).isEqualTo(2);
    assertThat(huge.err()).contains("more than " + org.corridor.api.Corridor.MAX_TIMELINE_DATES).doesNotContain("\tat ");
  }

  @Test
  void badPeriodsAndDatesAreUsageErrorsNamingTheOption() {
    Run bad = Run.of("solve", CliTest.EXAMPLE, "--period", "2025-13");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("`2025-13` is not a period for --period", "2025-01-01..2025-06-30")
        .doesNotContain("Exception", "\tat ");
    Run both = Run.of("solve", CliTest.EXAMPLE, "--period", "2025", "--as-of", "2025-03-01");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("without a date").doesNotContain("\tat ");
    Run dated = Run.of("diff", CliTest.EXAMPLE, "base-2024@2025-01-01", "cpc-outage", "--period", "2025");
    assertThat(dated.exitCode()).isEqualTo(2);
    assertThat(dated.err()).contains("without a date");
  }
}
