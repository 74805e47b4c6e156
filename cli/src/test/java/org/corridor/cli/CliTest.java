package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.corridor.io.ExampleCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** End-to-end tests of the command line on the example data set. */
class CliTest {
  static final String EXAMPLE = "../data/examples/steppe";

  @TempDir
  Path tmp;

  @Test
  void validateReportsCounts() throws Exception {
    Run r = Run.of("validate", EXAMPLE, "--strict");
    assertThat(r.exitCode()).isZero();
    Golden.assertMatches("validate-steppe.txt", r.out());
  }

  @Test
  void solvePrintsReadableTables() throws Exception {
    Run r = Run.of("solve", EXAMPLE);
    assertThat(r.exitCode()).as(r.err()).isZero();
    Golden.assertMatches("solve-steppe.txt", r.out());
  }

  @Test
  void solveAScenarioAsCsv() throws Exception {
    Run r = Run.of("solve", EXAMPLE, "--scenario", "russia-denies-kz-crude", "--format", "csv");
    assertThat(r.exitCode()).as(r.err()).isZero();
    Golden.assertMatches("solve-steppe-russia-denies-kz-crude.csv", r.out());
  }

  @Test
  void sharesAnswersTheExporterTransitQuestion() throws Exception {
    Run r = Run.of("shares", EXAMPLE, "--exporter", "KZ", "--commodity", "crude");
    assertThat(r.exitCode()).as(r.err()).isZero();
    Golden.assertMatches("shares-steppe-kz-crude.txt", r.out());
  }

  @Test
  void checkEvaluatesEveryClaim() throws Exception {
    Run r = Run.of("check", EXAMPLE);
    assertThat(r.exitCode()).as(r.err()).isZero();
    Golden.assertMatches("check-steppe.txt", r.out());
  }

  @Test
  void checkExitsFiveWhenAClaimFails() {
    ExampleCopy copy = ExampleCopy.in(tmp.resolve("claims")).replace("claims.yaml", "expect: {value: 15, tolerance: 0.5}",
        "expect: {value: 20, tolerance: 0.5}");
    Run r = Run.of("check", copy.dir().toString());
    assertThat(r.exitCode()).isEqualTo(5);
    assertThat(r.out()).contains("6 of 7 claims pass.");
  }

  @Test
  void jsonIsValidAndKeyedByTable() throws Exception {
    Run r = Run.of("solve", EXAMPLE, "--format", "json", "--as-of", "2025-03-01");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("summary").get("status").asText()).isEqualTo("optimal");
    assertThat(doc.get("summary").get("asOf").asText()).isEqualTo("2025-03-01");
    assertThat(doc.get("flows").isArray()).isTrue();
    double cpc = 0;
    for (JsonNode f : doc.get("flows")) {
      if (f.get("link").asText().equals("CPC")) {
        cpc += f.get("quantity").asDouble();
      }
    }
    assertThat(cpc).isEqualTo(39.0); // the outage policy applies on 2025-03-01
  }

  @Test
  void outWritesEveryTableAsAFile() throws Exception {
    Path out = tmp.resolve("results");
    Run r = Run.of("solve", EXAMPLE, "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(out.resolve("flows.csv")).exists();
    assertThat(out.resolve("node-prices.csv")).exists();
    assertThat(Files.readString(out.resolve("welfare.csv"))).startsWith("scenario,country,sales");
    try (var left = Files.list(tmp)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("results");
    }
  }

  @Test
  void brokenDataSetListsEveryPlantedErrorAndWritesNothing() throws Exception {
    ExampleCopy copy = ExampleCopy.in(tmp.resolve("broken"))
        .replace("links.csv", "CPC,Export pipeline to the Black Sea,ATYRAU", "CPC,Export pipeline to the Black Sea,atyrau")
        .replace("supply.csv", "OILFIELD,crude,60", "OILFIELD,crude,-60")
        .replace("commodities.csv", "crude,Crude oil,Mt", "crude,Crude oil,MT")
        .replace("memberships.csv", "EAEU,RU,member,2015-01-01", "EAEU,RU,member,2015-02-30")
        .append("nodes.csv", "NOVO,Second Novorossiysk,RU,port,44.7,37.8,,,,\n");
    Path out = tmp.resolve("out");
    Run r = Run.of("solve", copy.dir().toString(), "--out", out.toString());
    assertThat(r.exitCode()).isEqualTo(3);
    assertThat(r.err()).contains(
        "error: links.csv:2: from: unknown node `atyrau`; did you mean `ATYRAU`?",
        "error: supply.csv:2: quantity: `-60` is negative",
        "error: commodities.csv:2: unit: unknown unit `MT`",
        "error: memberships.csv:2: valid_from: `2015-02-30` is not a valid date",
        "error: nodes.csv:15: id: duplicate id `NOVO`; first defined on line 6",
        "error: nodes.csv:15: sources: row has no source");
    assertThat(r.err()).doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(out).doesNotExist();
    assertThat(Run.of("validate", copy.dir().toString()).exitCode()).isEqualTo(3);
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(Run.of("solve", EXAMPLE, "--bogus").exitCode()).isEqualTo(2);
    Run unknown = Run.of("solve", EXAMPLE, "--scenario", "nope");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown scenario `nope`");
    assertThat(Run.of("solve", EXAMPLE, "--solver", "cplex").exitCode()).isEqualTo(2);
    assertThat(Run.of("shares", EXAMPLE).exitCode()).as("--exporter is required").isEqualTo(2);
    assertThat(Run.of("validate", tmp.resolve("missing").toString()).exitCode()).isEqualTo(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"validate", "solve", "shares", "check"})
  void everyCommandHasHelp(String command) {
    Run r = Run.of(command, "--help");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Usage: corridor " + command);
  }

  @Test
  void aFailedBaselineExitsWithFourNamingScenarioDateSolverAndReason() throws Exception {
    var data = org.corridor.io.DataSetLoader.load(Path.of(EXAMPLE), true).dataSet();
    var snap = new org.corridor.policy.ScenarioResolver(data).resolve("base-2024", null);
    var timedOut = org.corridor.solve.FlowResult.from(org.corridor.solve.TransitFormulation.build(snap),
        new org.corridor.solve.LpSolution(org.corridor.solve.LpStatus.TIME_LIMIT, Double.NaN, new double[0],
            new double[0], 2.0, "glop", 100), 0);
    @CommandLine.Command(name = "failing")
    class Failing implements Runnable {
      public void run() {
        throw new org.corridor.api.SolveFailedException(timedOut);
      }
    }
    CommandLine cl = new CommandLine(new Failing());
    var err = new java.io.StringWriter();
    cl.setErr(new java.io.PrintWriter(err));
    cl.setExecutionExceptionHandler(CorridorCommand::handle);
    assertThat(cl.execute()).isEqualTo(4);
    assertThat(err.toString()).isEqualTo("error: scenario `base-2024` as of 2024-06-30 is time-limit with solver glop. "
        + "Maybe raise the time limit.\n");
  }

  @Test
  void badOptionValuesAreUsageErrorsWithAReasonAndNoStackTrace() {
    Run date = Run.of("solve", EXAMPLE, "--as-of", "28.11.2024");
    assertThat(date.exitCode()).isEqualTo(2);
    assertThat(date.err()).contains("`28.11.2024` is not a date for --as-of").doesNotContain("Exception")
        .doesNotContain("Usage:");
    assertThat(Run.of("leverage", EXAMPLE, "--threads", "0").exitCode()).isEqualTo(2);
    assertThat(Run.of("leverage", EXAMPLE, "--threads", "-2").err()).contains("threads must be at least 1");
    assertThat(Run.of("solve", EXAMPLE, "--time-limit", "-1").err()).contains("time limit");
    assertThat(Run.of("timeline", EXAMPLE, "--step", "fortnight").exitCode()).isEqualTo(2);
    assertThat(Run.of("analyze", EXAMPLE, "--timeline-step", "3").exitCode()).as("one vocabulary: month, quarter, year")
        .isEqualTo(2);
    Run lever = Run.of("leverage", EXAMPLE, "--lever", "tariff");
    assertThat(lever.exitCode()).isEqualTo(2);
    assertThat(lever.err()).contains("unknown lever `tariff`");
  }

  @Test
  void anUnwritableOutFolderIsAUsageErrorThatSaysWhy() throws Exception {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    Run r = Run.of("solve", EXAMPLE, "--out", file.resolve("sub").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("cannot write to " + file.resolve("sub").toAbsolutePath());
  }
}
