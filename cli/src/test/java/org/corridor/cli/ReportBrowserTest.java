package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the analysis report in headless Chromium with the network off, as a reader would offline: the
 * map must have country outlines and flow lines, the page must log no console error, and a screenshot is
 * taken. Needs Debian's {@code chromium} (.ci/run installs it).
 */
class ReportBrowserTest {
  static final String CHROMIUM = System.getenv().getOrDefault("CORRIDOR_CHROMIUM", "/usr/bin/chromium");

  @TempDir
  static Path tmp;

  static Path report;

  @BeforeAll
  static void analyze() {
    report = tmp.resolve("report");
    Run r = Run.of("analyze", CliTest.EXAMPLE, "--out", report.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
  }

  private static List<String> chromium(String... extra) {
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--user-data-dir=" + tmp.resolve("profile"), "--proxy-server=127.0.0.1:9",
        "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000"));
    cmd.addAll(List.of(extra));
    return cmd;
  }

  private static String[] run(List<String> cmd) throws IOException, InterruptedException {
    assertThat(Path.of(CHROMIUM)).as("Chromium is needed for this test: apt-get install chromium").exists();
    Path out = tmp.resolve("stdout-" + System.nanoTime());
    Path err = tmp.resolve("stderr-" + System.nanoTime());
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
    return new String[] {Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8)};
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void mapHasCountriesAndFlowsAndThePageLogsNoError() throws Exception {
    String[] dom = run(chromium("--dump-dom", report.resolve("report.html").toUri().toString()));
    assertThat(count(dom[0], "<path class=\"country")).as("country outlines").isGreaterThan(100);
    assertThat(count(dom[0], "<path class=\"flow\"")).as("flow lines").isGreaterThanOrEqualTo(10);
    assertThat(count(dom[0], "class=\"cell\"")).as("leverage heat map cells").isPositive();
    assertThat(count(dom[0], "class=\"bar\"")).as("chokepoint and route bars").isPositive();
    assertThat(dom[0]).contains("timeline-chart").contains("Key findings").contains("seed-report");
    List<String> consoleErrors = dom[1].lines().filter(l -> l.contains("CONSOLE") || l.contains("Uncaught")).toList();
    assertThat(consoleErrors).as("console messages").isEmpty();
  }

  @Test
  void riskCurvesRenderAndThePageLogsNoError() throws Exception {
    String dir = org.corridor.io.ExampleCopy.in(tmp.resolve("risk-data"))
        .write("risks.yaml", org.corridor.io.ExampleCopy.CPC_RISKS).dir().toString();
    Path html = tmp.resolve("risk/risk.html");
    Run r = Run.of("risk", dir, "--samples", "400", "--threads", "1", "--no-db", "--report", html.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    String[] dom = run(chromium("--dump-dom", html.toUri().toString()));
    assertThat(count(dom[0], "<path class=\"curve\"")).as("exceedance curves").isEqualTo(3);
    assertThat(count(dom[0], "<line class=\"var\"")).as("VaR marks").isPositive();
    assertThat(count(dom[0], "<circle class=\"cvar\"")).as("CVaR marks").isPositive();
    List<String> consoleErrors = dom[1].lines().filter(l -> l.contains("CONSOLE") || l.contains("Uncaught")).toList();
    assertThat(consoleErrors).as("console messages").isEmpty();
  }

  @Test
  void screenshot() throws Exception {
    Path png = tmp.resolve("report.png");
    run(chromium("--window-size=1200,2000", "--screenshot=" + png, report.resolve("report.html").toUri().toString()));
    assertThat(png).exists();
    byte[] bytes = Files.readAllBytes(png);
    assertThat(bytes.length).isGreaterThan(50_000);
    assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    Path keep = Path.of("target", "report-screenshot.png");
    Files.createDirectories(keep.getParent());
    Files.copy(png, keep, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
  }
}
