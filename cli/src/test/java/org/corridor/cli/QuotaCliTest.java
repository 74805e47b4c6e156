package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end on the fixture core/src/test/resources/fixtures/quota (its README draws the network): a cut
 * pipeline shared by quota, and modelled exports set against reported totals.
 */
class QuotaCliTest {
  static final String FIXTURE = "../core/src/test/resources/fixtures/quota";

  @TempDir
  Path tmp;

  @Test
  void solveSharesTheCutPipelineByQuotaAndPricesTheQuotas() {
    Run r = Run.of("solve", FIXTURE, "--format", "csv", "--table", "stranded");
    assertThat(r.exitCode()).as(r.err()).isZero();
    // 10 of Kazakhstan's 120 Mt and 20 of Russia's 60 Mt use the pipeline, as the 25% and 50% quotas of 40 Mt say.
    assertThat(r.out()).contains(",KZ,crude,Mt/yr,120,10,110,", ",RU,crude,Mt/yr,60,20,40,");
    Run prices = Run.of("solve", FIXTURE, "--format", "csv", "--table", "capacity-prices");
    assertThat(prices.out()).contains(",quota,PIPE,,KZ,10,10,Mt/yr,90,", ",quota,PIPE,,RU,20,20,Mt/yr,50,");
  }

  @Test
  void analyzeStatesModelledExportsAgainstReportedTotals() throws Exception {
    Path out = tmp.resolve("report");
    Run r = Run.of("analyze", FIXTURE, "--out", out.toString(), "--threads", "1");
    assertThat(r.exitCode()).as(r.err()).isZero();
    Golden.assertMatches("analyze-quota-findings.md", Files.readString(out.resolve("findings.md")));
    assertThat(Files.readString(out.resolve("findings.md"))).contains(
        "10.00 of Kazakhstan's ~70.00 Mt of crude exports (14%) cross Russia",
        "modelled exports cover under half of the reported total");
    assertThat(Files.readString(out.resolve("coverage.csv"))).contains(",KZ,crude,2025,exports,10,70,Mt/yr,0.142857143,actual,fixture");
  }

  @Test
  void badAllocationsAreListedWithFileAndLine() throws Exception {
    Path copy = tmp.resolve("bad");
    try (var files = Files.walk(Path.of(FIXTURE))) {
      for (Path p : files.toList()) {
        Path target = copy.resolve(Path.of(FIXTURE).relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
    Files.writeString(copy.resolve("allocations.csv"), "link,shipper,share,valid_from,valid_to,sources\n"
        + "PIPE,KZ,0.7,,,fixture\nPIPE,RU,0.6,,,fixture\n");
    Run r = Run.of("validate", copy.toString());
    assertThat(r.exitCode()).isEqualTo(ExitCodes.INVALID_MODEL);
    assertThat(r.out() + r.err()).contains("allocations.csv:3: share: the shares of link PIPE on 1900-01-01 add up to 1.3")
        .doesNotContain("Exception");
  }
}
