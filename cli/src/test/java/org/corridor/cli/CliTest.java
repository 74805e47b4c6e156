package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
  void checkExitsFiveWhenACalibrationClaimFails() {
    ExampleCopy copy = ExampleCopy.in(tmp.resolve("claims")).replace("claims.yaml", "expect: {value: 15, tolerance: 0.5}",
        "expect: {value: 20, tolerance: 0.5}");
    Run r = Run.of("check", copy.dir().toString());
    assertThat(r.exitCode()).isEqualTo(5);
    assertThat(r.out()).contains("Calibration claims: 3 of 4 pass.", "Test claims: 3 of 3 pass (100%)");
  }

  @Test
  void aFailingTestClaimIsReportedWithThePassRateButDoesNotFailTheCheck() {
    ExampleCopy copy = ExampleCopy.in(tmp.resolve("test-claims")).replace("claims.yaml", "expect: {max: 25}",
        "expect: {max: 15}");
    Run r = Run.of("check", copy.dir().toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("Calibration claims: 4 of 4 pass.", "Test claims: 2 of 3 pass (67%)");
  }

  @Test
  void checkFlagsATestClaimThatOnlyEchoesABound() {
    // kcp-flow's 15 Mt is the CN_MARKET demand; marked as a test, the detector must name that bound.
    ExampleCopy copy = ExampleCopy.in(tmp.resolve("echo")).replace("claims.yaml",
        "  # the 15 Mt is the CN_MARKET crude demand.\n  kind: calibration", "  kind: test");
    Run r = Run.of("check", copy.dir().toString(), "--format", "csv");
    assertThat(r.exitCode()).as(r.err()).isZero();
    String kcp = r.out().lines().filter(l -> l.contains(",kcp-flow,")).findFirst().orElseThrow();
    assertThat(kcp).contains(",test,2024,", ",demand CN_MARKET/crude,");
    assertThat(r.out().lines().filter(l -> l.contains(",test,")).filter(l -> !l.contains(",kcp-flow,")))
        .hasSize(3).allMatch(l -> l.contains(",true,,"), "no other test claim is flagged");
  }

  @Test
  void jsonIsValidAndHoldsTypedTables() throws Exception {
    Run r = Run.of("solve", EXAMPLE, "--format", "json", "--as-of", "2025-03-01");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("summary").get("status").asText()).isEqualTo("optimal");
    assertThat(doc.get("summary").get("asOf").asText()).isEqualTo("2025-03-01");
    JsonNode flows = table(doc, "flows");
    double cpc = 0;
    for (JsonNode f : flows.get("rows")) {
      if (f.get("link").asText().equals("CPC")) {
        cpc += f.get("quantity").asDouble();
        assertThat(f.get("unit").asText()).isEqualTo("Mt/yr");
      }
    }
    assertThat(cpc).isEqualTo(39.0); // the outage policy applies on 2025-03-01
  }

  @Test
  void everyColumnOfSolveJsonHasATypeAndAUnitAndEveryRowARunAndScenario() throws Exception {
    Run r = Run.of("solve", EXAMPLE, "--format", "json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertThat(doc.get("tables")).hasSizeGreaterThanOrEqualTo(8);
    String runId = doc.get("tables").get(0).get("run_id").asText();
    assertThat(runId).matches("[0-9a-f]{12}");
    for (JsonNode t : doc.get("tables")) {
      assertTyped(t, runId);
      for (JsonNode row : t.get("rows")) {
        assertThat(row.get("scenario").asText()).as(t.get("name").asText()).isEqualTo("base-2024");
      }
    }
    JsonNode prices = table(doc, "capacity-prices");
    assertThat(prices.get("rows").get(0).get("unit").asText()).isEqualTo("USD m/yr per Mt/yr");
    assertThat(Run.of("solve", EXAMPLE, "--format", "json").out()).as("the run id is deterministic").isEqualTo(r.out());
  }

  @Test
  void solveCsvIsOneTableThatParsesAsOneCsv() throws Exception {
    Run r = Run.of("solve", EXAMPLE, "--format", "csv");
    assertThat(r.exitCode()).as(r.err()).isZero();
    var records = org.apache.commons.csv.CSVFormat.DEFAULT.parse(new java.io.StringReader(r.out())).getRecords();
    assertThat(records.get(0).toList()).containsExactly("run_id", "scenario", "link", "from", "to", "commodity", "origin",
        "quantity [see unit]", "unit");
    assertThat(records).hasSizeGreaterThan(10);
    assertThat(records).allSatisfy(rec -> assertThat(rec.size()).isEqualTo(records.get(0).size()));
    assertThat(r.out()).doesNotContain("#").doesNotContain("\n\n");

    Run welfare = Run.of("solve", EXAMPLE, "--format", "csv", "--table", "welfare");
    assertThat(welfare.exitCode()).as(welfare.err()).isZero();
    var rows = org.apache.commons.csv.CSVFormat.DEFAULT.parse(new java.io.StringReader(welfare.out())).getRecords();
    assertThat(rows.get(0).toList()).startsWith("run_id", "scenario", "country", "sales [USD m/yr]");
    assertThat(rows).allSatisfy(rec -> assertThat(rec.size()).isEqualTo(rows.get(0).size()));
    assertThat(rows.get(1).get(0)).isEqualTo(records.get(1).get(0));

    Run unknown = Run.of("solve", EXAMPLE, "--format", "csv", "--table", "nope");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown table `nope`", "flows", "welfare", "capacity-prices");
  }

  @Test
  void aDatedCapacityChangesTheFlowsOnlyInsideItsPeriod() throws Exception {
    ExampleCopy copy = ExampleCopy.in(tmp.resolve("series")).write("series.csv",
        "table,key,field,valid_from,valid_to,value,status,sources\n"
            + "links,KCP,capacity,2025-01-01,2025-12-31,5,actual,estimate: test\n");
    Run inside = Run.of("solve", copy.dir().toString(), "--as-of", "2025-06-01", "--format", "csv");
    Run outside = Run.of("solve", copy.dir().toString(), "--as-of", "2026-06-01", "--format", "csv");
    Run plain = Run.of("solve", EXAMPLE, "--as-of", "2026-06-01", "--format", "csv");
    assertThat(inside.exitCode()).as(inside.err()).isZero();
    assertThat(outside.exitCode()).as(outside.err()).isZero();
    assertThat(kcpFlow(inside)).isEqualTo(5);
    assertThat(kcpFlow(outside)).isGreaterThan(5).isEqualTo(kcpFlow(plain));
    assertThat(withoutRunIds(outside.out())).as("outside its period the row changes nothing")
        .isEqualTo(withoutRunIds(plain.out()));
  }

  /** The total flow on link KCP in a solve's flows CSV. */
  private static double kcpFlow(Run r) throws Exception {
    var records = org.apache.commons.csv.CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new java.io.StringReader(r.out())).getRecords();
    return records.stream().filter(rec -> rec.get("link").equals("KCP"))
        .mapToDouble(rec -> Double.parseDouble(rec.get("quantity [see unit]"))).sum();
  }

  private static String withoutRunIds(String csv) {
    return csv.lines().map(l -> l.substring(l.indexOf(',') + 1)).collect(java.util.stream.Collectors.joining("\n"));
  }

  @Test
  void tableChoosesOneTableInEveryFormat() throws Exception {
    Run text = Run.of("shares", EXAMPLE, "--exporter", "KZ", "--table", "routes");
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).startsWith("Export routes of KZ").doesNotContain("transit_share");
    Run json = Run.of("shares", EXAMPLE, "--exporter", "KZ", "--format", "json", "--table", "routes");
    JsonNode t = new ObjectMapper().readTree(json.out());
    assertThat(t.get("name").asText()).isEqualTo("routes");
    assertThat(t.get("rows").get(0).get("share").isNumber()).isTrue();
  }

  /**
   * A JSON table object is typed: every column has a known type and a unit (a number never `-`, a `{col}`
   * unit names a column of the table), and every row has the table's run id, a scenario and every column.
   */
  static void assertTyped(JsonNode t, String runId) {
    String name = t.get("name").asText();
    assertThat(t.get("run_id").asText()).as(name).isEqualTo(runId);
    java.util.Set<String> names = new java.util.HashSet<>();
    t.get("columns").forEach(c -> names.add(c.get("name").asText()));
    assertThat(names).as(name).contains("run_id", "scenario");
    for (JsonNode c : t.get("columns")) {
      String where = name + "." + c.get("name").asText();
      String type = c.get("type").asText();
      String unit = c.get("unit").asText();
      assertThat(type).as(where).isIn("string", "id", "number", "integer", "date", "boolean", "share");
      assertThat(unit).as(where).isNotBlank();
      if (type.equals("number") || type.equals("share")) {
        assertThat(unit).as(where + ": a number has a unit").isNotEqualTo("-");
      }
      if (unit.startsWith("{")) {
        assertThat(names).as(where + " refers to its unit column").contains(unit.substring(1, unit.length() - 1));
      }
    }
    for (JsonNode row : t.get("rows")) {
      assertThat(row.get("run_id").asText()).as(name).isEqualTo(runId);
      assertThat(row.get("scenario").asText()).as(name).isNotBlank();
      assertThat(row.size()).as(name).isEqualTo(t.get("columns").size());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"shares --exporter KZ", "check", "diff base-2024 grain-war", "leverage --threads 1 --no-db",
      "chokepoints --threads 1 --no-db", "timeline --from 2024-10-01 --to 2025-01-01"})
  void everyCommandsJsonIsTyped(String command) throws Exception {
    String[] words = command.split(" ");
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(words[0], EXAMPLE));
    args.addAll(java.util.List.of(words).subList(1, words.length));
    args.addAll(java.util.List.of("--format", "json"));
    Run r = Run.of(args.toArray(String[]::new));
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode doc = new ObjectMapper().readTree(r.out());
    String runId = doc.get("tables").get(0).get("run_id").asText();
    assertThat(runId).matches("[0-9a-f]{12}");
    for (JsonNode t : doc.get("tables")) {
      assertTyped(t, runId);
    }
  }

  static JsonNode table(JsonNode doc, String name) {
    for (JsonNode t : doc.get("tables")) {
      if (t.get("name").asText().equals(name)) {
        return t;
      }
    }
    throw new AssertionError("no table " + name);
  }

  @Test
  void outWritesEveryTableAsAFile() throws Exception {
    Path out = tmp.resolve("results");
    Run r = Run.of("solve", EXAMPLE, "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(out.resolve("flows.csv")).exists();
    assertThat(out.resolve("node-prices.csv")).exists();
    assertThat(Files.readString(out.resolve("welfare.csv"))).startsWith("run_id,scenario,country,sales [USD m/yr],");
    assertThat(Files.readString(out.resolve("flows.csv")))
        .startsWith("run_id,scenario,link,");
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

  @Test
  void theUsageAndAMistypedCommandStillSeeEverySubcommand() {
    String all = Run.withAll("--help").out();
    for (String command : List.of("validate", "solve", "shares", "check", "analyze", "leverage", "chokepoints", "diff",
        "timeline", "risk", "serve", "import", "help")) {
      assertThat(Run.of("--help").out()).contains("  " + command + " ");
      assertThat(Run.of("help", command).out()).contains("Usage: corridor " + command);
    }
    assertThat(Run.of("--help").out()).isEqualTo(all);
    Run typo = Run.of("slove", EXAMPLE);
    assertThat(typo.exitCode()).isEqualTo(2);
    assertThat(typo.err()).contains("Did you mean: corridor serve");
    assertThat(CorridorCommand.commandLine("solve", EXAMPLE).getSubcommands()).containsOnlyKeys("solve");
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
    assertThat(err.toString()).isEqualTo("error: scenario `base-2024` as of 2024-11-28 is time-limit with solver glop. "
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

  // Fuzz findings: validate passes only what solve can solve, every problem located, exit 3 never 1.

  private static void invalid(Run r, String... messages) {
    assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
    assertThat(r.err()).contains(messages).doesNotContain("internal error").doesNotContain("Exception");
  }

  @Test
  void hugeOrNonDecimalNumbersAreInvalidNotASolveFailure() {
    ExampleCopy copy = ExampleCopy.in(tmp.resolve("huge")).replace("supply.csv", "OILFIELD,crude,60,", "OILFIELD,crude,1e18,")
        .replace("supply.csv", "RU_OIL,crude,30,", "RU_OIL,crude,0x1p3,");
    String[] messages = {"error: supply.csv:2: quantity: `1e18` is outside 0 to 1e9, the range of quantities and "
        + "capacities per year; use a value from 0 to 1e9", "error: supply.csv:3: quantity: `0x1p3` is not a number; "
        + "write a plain decimal number"};
    invalid(Run.of("validate", copy.dir().toString()), messages);
    invalid(Run.of("solve", copy.dir().toString(), "--solver", "clp"), messages);
  }

  @Test
  void policyDatesOutsideTheWindowAreInvalid() {
    ExampleCopy copy = ExampleCopy.in(tmp.resolve("dates")).replace("policies.yaml", "from: 2025-02-17", "from: 0001-01-01");
    invalid(Run.of("timeline", copy.dir().toString()), "error: policies.yaml:6: from: `0001-01-01` is outside "
        + "1900-01-01 to 2200-12-31; write a date from 1900-01-01 to 2200-12-31");
  }

  @Test
  void conversionFactorOfZeroIsInvalid() {
    ExampleCopy copy = ExampleCopy.in(tmp.resolve("zero")).write("conversions.csv",
        "commodity,unit,factor,sources\ncrude,TEU,0,estimate: t\n");
    invalid(Run.of("validate", copy.dir().toString()), "error: conversions.csv:2: factor: `0` is outside 0 (excluded) "
        + "to 1e6, the range of conversion factors");
  }

  @Test
  void aBadConversionRowExitsThreeNotOne() {
    ExampleCopy copy = ExampleCopy.in(tmp.resolve("npe")).write("conversions.csv",
            "commodity,unit,factor,sources\ncrude oil,TEU,2,estimate: t\n")
        .replace("links.csv", "ATYRAU,NOVO,pipeline,crude,60,Mt,", "ATYRAU,NOVO,pipeline,crude,60,TEU,");
    invalid(Run.of("validate", copy.dir().toString()), "error: conversions.csv:2: commodity: `crude oil` is not a valid id",
        "error: links.csv:2: capacity_unit: no conversion from `crude` (Mt) to TEU; add a row `crude,TEU,FACTOR,SOURCES` "
            + "to conversions.csv");
  }

  @Test
  void supplyNeedingANodeConversionFailsValidateInsteadOfSolve() {
    ExampleCopy copy = ExampleCopy.in(tmp.resolve("conv")).append("commodities.csv", "gas,Natural gas,bcm,300,estimate: t\n")
        .append("supply.csv", "NOVO,gas,10,0,estimate: t\n")
        .replace("nodes.csv", "NOVO,Novorossiysk,RU,port,44.7,37.8,,,", "NOVO,Novorossiysk,RU,port,44.7,37.8,300,Mt,");
    String message = "error: supply.csv:6: commodity: supply of `gas` (bcm) at node NOVO, whose capacity is in Mt, "
        + "and there is no conversion; add a row `gas,Mt,FACTOR,SOURCES` to conversions.csv";
    invalid(Run.of("validate", copy.dir().toString()), message);
    invalid(Run.of("solve", copy.dir().toString()), message);
  }

  @Test
  void aCostDeltaThatMakesACostNegativeIsInvalid() {
    ExampleCopy copy = ExampleCopy.in(tmp.resolve("cycle")).append("policies.yaml", "- id: cheap\n  kind: cost_change\n"
        + "  link: CASPIAN\n  cost_delta: -30\n  sources: \"estimate: t\"\n");
    invalid(Run.of("validate", copy.dir().toString()), "error: policies.yaml:22: cost_delta: cost_delta -30 makes the "
        + "cost of link CASPIAN (operating cost + tariff) -10 MUSD/unit on 1900-01-01");
  }

  @Test
  void controlCharactersFromTheDataReachTheTerminalEscaped() {
    ExampleCopy bad = ExampleCopy.in(tmp.resolve("esc-id")).replace("nodes.csv", "AKTAU,Aktau port", "AK\u001b[2JTAU,Aktau port");
    Run v = Run.of("validate", bad.dir().toString());
    assertThat(v.exitCode()).isEqualTo(3);
    assertThat(v.err()).contains("error: nodes.csv:4: id: `AK\\u001b[2JTAU` is not a valid id").doesNotContain("\u001b");

    ExampleCopy named = ExampleCopy.in(tmp.resolve("esc-table")).replace("links.csv", ",KCP,estimate", ",KCP\u001b[31m,estimate");
    Run r = Run.of("shares", named.dir().toString(), "--exporter", "KZ", "--commodity", "crude");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("KCP\\u001b[31m").doesNotContain("\u001b");
  }

  @Test
  void csvOutputKeepsFormulasFromTheDataInert() throws Exception {
    ExampleCopy copy = ExampleCopy.in(tmp.resolve("formula")).replace("links.csv", ",KCP,estimate", ",=1+2,estimate");
    Run r = Run.of("shares", copy.dir().toString(), "--exporter", "KZ", "--commodity", "crude", "--format", "csv",
        "--table", "routes");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains(",'=1+2,").doesNotContain(",=1+2,");
  }

  @Test
  void theReportOfANodeNamedLikeAnHtmlCommentStillParses() throws Exception {
    ExampleCopy copy = ExampleCopy.in(tmp.resolve("html")).replace("nodes.csv", "AKTAU,Aktau port", "AKTAU,<!--<script>");
    Path out = tmp.resolve("report");
    Run r = Run.of("analyze", copy.dir().toString(), "--out", out.toString(), "--threads", "1");
    assertThat(r.exitCode()).as(r.err()).isZero();
    String html = Files.readString(out.resolve("report.html"));
    String start = "<script>const DATA = ";
    int from = html.indexOf(start) + start.length();
    String json = html.substring(from, html.indexOf(";</script>", from));
    assertThat(json).doesNotContain("<!--", "</script", "<");
    JsonNode data = new ObjectMapper().readTree(json);
    assertThat(data.get("nodes").findValuesAsText("name")).contains("<!--<script>");
    assertThat(html.split("<script>", -1).length).isEqualTo(html.split("</script>", -1).length);
  }

  /**
   * In a separate process, because native solvers write to the process's standard output, which an
   * in-process run does not capture: HiGHS's banner once went into the JSON.
   */
  @ParameterizedTest
  @ValueSource(strings = {"auto", "glop", "highs", "clp", "pdlp"})
  void jsonStaysStrictJsonWithEverySolver(String solver) throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        System.getProperty("java.class.path"), "org.corridor.cli.Main", "solve", EXAMPLE, "--solver", solver,
        "--format", "json").redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor()).as(out).isZero();
    // Jackson's default parser is strict: no NaN, no banner before or after the document.
    JsonNode doc = new ObjectMapper().enable(com.fasterxml.jackson.databind.DeserializationFeature
        .FAIL_ON_TRAILING_TOKENS).readTree(out);
    // The summary names the algorithm that answered: auto gives the example (several flow classes) to GLOP.
    assertThat(doc.get("summary").get("solver").asText()).isEqualTo(solver.equals("auto") ? "glop" : solver);
    assertThat(out.strip()).startsWith("{").endsWith("}");
  }

  /** Runs validate on a planted data set: exit 3, the given message, no stack trace and no internal error. */
  private static Run invalid(ExampleCopy copy, String message) {
    Run r = Run.of("validate", copy.dir().toString());
    assertThat(r.exitCode()).as(r.err()).isEqualTo(3);
    assertThat(r.err()).contains(message).doesNotContain("internal error").doesNotContain("\tat ")
        .doesNotContain("Exception");
    return r;
  }

  @Test
  @org.junit.jupiter.api.Timeout(60)
  void validateRefusesSpecialFilesAndLinksOutOfTheFolder() throws Exception {
    ExampleCopy zero = ExampleCopy.in(tmp.resolve("zero")).delete("supply.csv");
    Files.createSymbolicLink(zero.dir().resolve("supply.csv"), Path.of("/dev/zero"));
    invalid(zero, "error: supply.csv (whole file): is a link to `/dev/zero`, which is outside the data folder");
    ExampleCopy fifo = ExampleCopy.in(tmp.resolve("fifo")).delete("supply.csv");
    Process p;
    try {
      p = new ProcessBuilder("mkfifo", fifo.dir().resolve("supply.csv").toString()).start();
    } catch (java.io.IOException e) {
      org.junit.jupiter.api.Assumptions.assumeTrue(false, "mkfifo is not available here");
      return;
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo failed");
    invalid(fifo, "error: supply.csv (whole file): is not a regular file");
  }

  @Test
  void validateReadsAByteOrderMarkAndLocatesABadByte() throws Exception {
    ExampleCopy bom = ExampleCopy.in(tmp.resolve("bom"));
    bom.write("sources.csv", "\uFEFF" + bom.read("sources.csv"));
    Run r = Run.of("validate", bom.dir().toString(), "--strict");
    assertThat(r.exitCode()).as(r.err()).isZero();
    ExampleCopy latin = ExampleCopy.in(tmp.resolve("latin"));
    Files.write(latin.dir().resolve("countries.csv"), "KZ2,Kaz\u00e4khstan,state,seed-report\n"
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), java.nio.file.StandardOpenOption.APPEND);
    invalid(latin, "error: countries.csv:10: byte 0xE4 is not UTF-8 text; save the file as UTF-8");
  }

  @Test
  void validateReportsABadIdWithoutCrashing() {
    invalid(ExampleCopy.in(tmp.resolve("id")).replace("nodes.csv", "NOVO,Novorossiysk", "-X,Novorossiysk"),
        "error: nodes.csv:6: id: `-X` is not a valid id; an id starts with an ASCII letter or digit");
  }

  @Test
  void validateLocatesHeaderProblems() {
    ExampleCopy comma = ExampleCopy.in(tmp.resolve("comma"));
    comma.write("supply.csv", comma.read("supply.csv").replaceFirst("sources\n", "sources,\n"));
    invalid(comma, "error: supply.csv:1: column 6 of the header has no name");
    ExampleCopy semi = ExampleCopy.in(tmp.resolve("semi"));
    semi.write("supply.csv", semi.read("supply.csv").replace(',', ';'));
    Run r = invalid(semi, "error: supply.csv:1: the columns are separated by `;`");
    assertThat(r.err()).doesNotContain("null");
    invalid(ExampleCopy.in(tmp.resolve("costs")).replace("supply.csv", ",cost,", ",costs,"),
        "error: supply.csv:1: costs: unknown column `costs`: its values would be ignored; did you mean `cost`?");
  }

  @Test
  void validateNamesAMissingTableFirst() {
    Run r = invalid(ExampleCopy.in(tmp.resolve("nodes")).delete("nodes.csv"), "follow-on problems");
    assertThat(r.err()).startsWith("The data set is invalid: 1 error(s).\nerror: nodes.csv (whole file): file is missing");
  }

  @Test
  void validateReportsHostileYamlAsProblems() {
    invalid(ExampleCopy.in(tmp.resolve("deep")).write("scenarios/deep.yaml", "a: " + "[".repeat(2000)
        + "]".repeat(2000) + "\n"), "error: scenarios/deep.yaml:1: YAML is nested more than 64 levels deep");
    String emoji = "\uD83D\uDE00".repeat(511);
    ExampleCopy emojis = ExampleCopy.in(tmp.resolve("emoji")).write("scenarios/emoji.yaml",
        "name: emoji\ndescription: \"" + emoji + "\"\nas_of: 2024-01-01\n");
    Run r = Run.of("validate", emojis.dir().toString(), "--strict");
    assertThat(r.exitCode()).as(r.err()).isZero();
    invalid(ExampleCopy.in(tmp.resolve("chain")).write("scenarios/orphan.yaml", "name: orphan\nextends: nope\n"),
        "error: scenarios/orphan.yaml:2: extends: unknown scenario `nope`");
  }
}
