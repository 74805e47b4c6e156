package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.corridor.io.ExampleCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code corridor risk} end to end on the example with two risk events. */
class RiskCommandTest {

  @TempDir
  Path tmp;

  @Test
  void printsTheFocusPairsWithStandardErrorsAndAGoldenTable() throws Exception {
    String dir = ExampleCopy.in(tmp.resolve("risk")).write("risks.yaml", ExampleCopy.CPC_RISKS).dir().toString();
    Run text = Run.of("risk", dir, "--samples", "400", "--seed", "5", "--threads", "1", "--no-db", "--no-report");
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).contains("400 sampled years of 2024 (seed 5)")
        .containsPattern("KZ crude exports: expected loss \\(EENS\\) [0-9.]+ ± [0-9.]+ Mt/yr; CVaR95 [0-9.]+ ± [0-9.]+");
    Run csv = Run.of("risk", dir, "--samples", "400", "--seed", "5", "--threads", "2", "--format", "csv", "--db",
        tmp.resolve("risk.duckdb").toString());
    assertThat(csv.exitCode()).as(csv.err()).isZero();
    Golden.assertMatches("risk-steppe.csv", csv.out());
    // The report and the findings go beside the DuckDB file.
    assertThat(csv.err()).contains("report: " + tmp.resolve("risk.html"));
    assertThat(Files.readString(tmp.resolve("risk.html"))).contains("const CorridorExceedance").contains("\"points\"");
    Golden.assertMatches("risk-steppe-findings.md", Files.readString(tmp.resolve("risk-findings.md")));
  }

  @Test
  void badRequestsAndDataSetsWithoutRisksAreOneLineErrors() {
    String dir = ExampleCopy.in(tmp.resolve("bad")).write("risks.yaml", ExampleCopy.CPC_RISKS).dir().toString();
    Run zero = Run.of("risk", dir, "--samples", "0");
    assertThat(zero.exitCode()).isEqualTo(2);
    assertThat(zero.err()).contains("--samples must be from 1 to").doesNotContain("Exception");
    Run precision = Run.of("risk", dir, "--precision", "5");
    assertThat(precision.exitCode()).isEqualTo(2);
    assertThat(precision.err()).contains("--precision is a relative standard error above 0 and below 1");
    Run none = Run.of("risk", ExampleCopy.EXAMPLE.toString(), "--samples", "10", "--no-db", "--no-report");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("the data set has no risk events").doesNotContain("Exception");
  }

  @Test
  void aPrecisionTargetStopsAtTheFirstBatchThatMeetsIt() {
    String dir = ExampleCopy.in(tmp.resolve("precise")).write("risks.yaml", ExampleCopy.CPC_RISKS).dir().toString();
    Run r = Run.of("risk", dir, "--samples", "100000", "--batch", "500", "--precision", "0.2", "--threads", "1",
        "--no-db", "--no-report");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("stopped at the precision target").contains(" 500 sampled years");
  }
}
