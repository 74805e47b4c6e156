package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis commands end to end on the example data set. */
class AnalyzeTest {
  static final String EXAMPLE = CliTest.EXAMPLE;

  @TempDir
  Path tmp;

  @Test
  void analyzeWritesFindingsReportAndTables() throws Exception {
    Path out = tmp.resolve("report");
    // One thread: ties between alternative optima then resolve the same way every run (docs/analyses.md).
    Run r = Run.of("analyze", EXAMPLE, "--out", out.toString(), "--threads", "1");
    assertThat(r.exitCode()).as(r.err()).isZero();
    Golden.assertMatches("analyze-steppe-findings.md", Files.readString(out.resolve("findings.md")));
    assertThat(r.out()).startsWith(Files.readString(out.resolve("findings.md")));
    assertThat(out.resolve("report.html")).exists();
    for (String csv : new String[] {"leverage.csv", "leverage-totals.csv", "chokepoints.csv", "timeline.csv",
        "event-costs.csv", "min-cuts.csv", "routes.csv", "sources.csv"}) {
      assertThat(out.resolve(csv)).exists();
    }
    try (var files = Files.list(out)) {
      java.util.Set<String> runIds = new java.util.HashSet<>();
      for (Path csv : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
        var records = org.apache.commons.csv.CSVFormat.DEFAULT.parse(new java.io.StringReader(Files.readString(csv)))
            .getRecords();
        assertThat(records.get(0).toList()).as(csv.toString()).startsWith("run_id", "scenario");
        assertThat(records).as(csv.toString()).allSatisfy(rec -> assertThat(rec.size()).isEqualTo(records.get(0).size()));
        records.stream().skip(1).forEach(rec -> runIds.add(rec.get(0)));
      }
      assertThat(runIds).as("one run, one id").hasSize(1);
    }
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).doesNotContain("src=\"http").doesNotContain("href=\"http").contains("const WORLD = {\"type\":\"Topology\"");
  }

  @Test
  void analyzeTheBundledDataSet() throws Exception {
    Path out = tmp.resolve("eurasia");
    Run r = Run.of("analyze", "../data/eurasia", "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    String findings = Files.readString(out.resolve("findings.md"));
    assertThat(findings).contains("Russia over Kazakhstan, denying transit to Kazakhstan's crude")
        .contains("Kazakhstan over Russia, denying transit to Russia's gas")
        .contains("KROPOTKIN_STRIKE_2025").contains("ru-kz-grain-certificate-block-2024-09");
    assertThat(out.resolve("report.html")).exists();
  }

  @Test
  void leverageCommand() throws Exception {
    Path db = tmp.resolve("sweeps/leverage.duckdb");
    Run r = Run.of("leverage", EXAMPLE, "--lever", "transit", "--top", "5", "--threads", "1", "--db", db.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    Golden.assertMatches("leverage-steppe-transit.txt", r.out());
    assertThat(r.err()).contains("results: " + db.toAbsolutePath().normalize());
    assertThat(db).isRegularFile();
    assertThat(Run.of("leverage", EXAMPLE, "--lever", "blockade").exitCode()).isEqualTo(2);
  }

  @Test
  void chokepointsCommand() throws Exception {
    Path parquet = tmp.resolve("chokepoints-parquet");
    Run r = Run.of("chokepoints", EXAMPLE, "--top", "6", "--threads", "1", "--db",
        tmp.resolve("chokepoints.duckdb").toString(), "--parquet", parquet.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    Golden.assertMatches("chokepoints-steppe.txt", r.out());
    assertThat(parquet.resolve("chokepoints.parquet")).isRegularFile();
    assertThat(parquet.resolve("run.parquet")).isRegularFile();
    Run both = Run.of("chokepoints", EXAMPLE, "--no-db", "--parquet", parquet.toString());
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("--no-db writes no file").doesNotContain("Exception");
  }

  @Test
  void diffOfTwoScenariosAndOfTwoDates() throws Exception {
    Run scenarios = Run.of("diff", EXAMPLE, "base-2024", "grain-war", "--top", "8");
    assertThat(scenarios.exitCode()).as(scenarios.err()).isZero();
    Golden.assertMatches("diff-steppe-grain-war.txt", scenarios.out());
    Run dates = Run.of("diff", EXAMPLE, "base-2024", "base-2024@2025-03-01", "--top", "5");
    assertThat(dates.exitCode()).as(dates.err()).isZero();
    assertThat(dates.out()).contains("cpc-outage-2025").contains("link capacity  CPC");
    assertThat(Run.of("diff", EXAMPLE, "base-2024", "base-2024@2025-13-01").exitCode()).isEqualTo(2);
  }

  @Test
  void timelineCommand() throws Exception {
    Run r = Run.of("timeline", EXAMPLE, "--from", "2024-10-01", "--to", "2025-07-01", "--step", "quarter", "--format", "csv");
    assertThat(r.exitCode()).as(r.err()).isZero();
    Golden.assertMatches("timeline-steppe.csv", r.out());
    assertThat(Run.of("timeline", EXAMPLE, "--from", "2025-01-01", "--to", "2024-01-01").exitCode()).isEqualTo(2);
  }

  @Test
  void everyWrittenFileIsReadableByAllLikeAnySavedFile() throws Exception {
    Path out = tmp.resolve("perms");
    Run r = Run.of("analyze", EXAMPLE, "--out", out.toString(), "--threads", "1");
    assertThat(r.exitCode()).as(r.err()).isZero();
    try (var files = Files.list(out)) {
      for (Path f : files.toList()) {
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(f)))
            .as(f.getFileName().toString()).isEqualTo("rw-r--r--");
      }
    }
  }

  @Test
  void aTimelineOfTooManyDatesIsRefusedBeforeAnySolve() {
    Run r = Run.of("timeline", EXAMPLE, "--from", "1900-01-01", "--to", "2200-12-31", "--step", "month");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("has 3612 dates, more than 240");
  }
}
