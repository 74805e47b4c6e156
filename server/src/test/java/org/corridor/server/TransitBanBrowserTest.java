package org.corridor.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.corridor.api.Answer;
import org.corridor.api.Corridor;
import org.corridor.api.RunOptions;
import org.corridor.api.ScenarioRef;
import org.corridor.io.DataSetLoader;
import org.corridor.report.Table;
import org.corridor.solve.Progress;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.SolverKind;
import org.corridor.solve.ortools.OrToolsSolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The end-to-end check on data/eurasia: switching on the Russian transit ban on Kazakh crude
 * ({@code RU_DENIES_KZ_CRUDE}, the policy of the scenario {@code russia-denies-kz-oil}) in the page's policy list
 * shows the stranded Kazakh crude that {@code corridor diff data/eurasia visit-2024-11-28 russia-denies-kz-oil}
 * gives, and at 800 and 1600 px wide no map label overlaps another or the legend. Screenshots of both widths are
 * left in {@code target/browser/} for a reader.
 */
class TransitBanBrowserTest {
  static final String BASE_SCENARIO = "visit-2024-11-28";
  static final String BAN_SCENARIO = "russia-denies-kz-oil";
  static final String BAN = "RU_DENIES_KZ_CRUDE";
  static CorridorServer server;
  static WebDriver driver;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    driver = Browser.open(1600, 1000);
    server = ServerTest.start(Path.of("../data/eurasia"), ServerConfig.local(0));
    base = "http://127.0.0.1:" + server.port() + "/";
  }

  @AfterAll
  static void stop() {
    Browser.close(driver, server);
  }

  @Test
  void theBanShowsTheStrandedVolumeOfTheCliDiffAndLabelsStayApart() throws Exception {
    driver.get(base);
    String ready = waitReady(null);
    assertThat(driver.findElements(By.id("diff-table"))).as("no diff before the what-if").isEmpty();

    new Select(driver.findElement(By.cssSelector("#policies select[data-policy='" + BAN + "']"))).selectByValue("on");
    waitReady(ready);
    WebElement diff = Browser.waitFor(driver, 30, d -> d.findElements(By.id("diff-table")).isEmpty() ? null
        : d.findElement(By.id("diff-table")));
    assertThat(driver.findElement(By.id("edits")).getText()).contains("policy " + BAN + " on");
    double shown = strandedShown(diff, "KZ crude");
    double expected = strandedByDiff("KZ crude");
    assertThat(expected).as("the ban strands Kazakh crude").isGreaterThan(1);
    assertThat(threeFigures(shown)).as("stranded KZ crude on the page against the CLI's diff (%s)", expected)
        .isEqualTo(threeFigures(expected));

    String url = driver.getCurrentUrl();
    assertThat(url).contains("on=" + BAN);
    for (int width : new int[] {800, 1600}) {
      driver.manage().window().setSize(new Dimension(width, 1000));
      driver.get("about:blank");
      driver.get(url);
      waitReady(null);
      assertThat(((Number) js("return document.documentElement.clientWidth")).intValue()).isBetween(width - 20, width);
      Path shot = Path.of("target", "browser", "workbench-" + width + ".png");
      Files.createDirectories(shot.getParent());
      Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), shot,
          StandardCopyOption.REPLACE_EXISTING);
      assertLabelsApart(width);
    }
  }

  /** The {@code after} of the page's stranded row for {@code key}, as the page prints it. */
  private static double strandedShown(WebElement diff, String key) {
    List<String> heads = diff.findElements(By.cssSelector("thead th")).stream()
        .map(th -> th.getText().split("\n")[0]).toList();
    int kind = heads.indexOf("kind"), keyCol = heads.indexOf("key"), after = heads.indexOf("after");
    for (WebElement row : diff.findElements(By.cssSelector("tbody tr"))) {
      List<WebElement> cells = row.findElements(By.tagName("td"));
      if (cells.get(kind).getText().equals("stranded") && cells.get(keyCol).getText().equals(key)) {
        return Double.parseDouble(cells.get(after).getText().replace(",", "").replace('\u2212', '-'));
      }
    }
    throw new AssertionError("no stranded row for " + key + " in the page's diff:\n" + diff.getText());
  }

  /** The stranded volume after the ban, from the core's diff, the call {@code corridor diff} makes. */
  private static double strandedByDiff(String key) throws Exception {
    Corridor c = new Corridor(DataSetLoader.load(Path.of("../data/eurasia"), false).dataSet(), new OrToolsSolver(),
        Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC), Progress.NONE);
    Answer a = c.diff(ScenarioRef.parse(BASE_SCENARIO), ScenarioRef.parse(BAN_SCENARIO),
        new RunOptions(new SolveOptions(SolverKind.GLOP, 60), 1));
    Table t = a.table("diff-results");
    List<String> names = t.columns().stream().map(col -> col.name()).toList();
    return t.rows().stream()
        .filter(r -> "stranded".equals(r.get(names.indexOf("kind"))) && key.equals(r.get(names.indexOf("key"))))
        .map(r -> ((Number) r.get(names.indexOf("after"))).doubleValue()).findFirst()
        .orElseThrow(() -> new AssertionError("the diff has no stranded row for " + key));
  }

  private static BigDecimal threeFigures(double v) {
    return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros();
  }

  /** Every visible map label lies inside the map and meets no other label and not the legend. */
  @SuppressWarnings("unchecked")
  private static void assertLabelsApart(int width) {
    List<Map<String, Object>> boxes = (List<Map<String, Object>>) js("const s = document.getElementById('map')"
        + ".getBoundingClientRect(); const box = (e, text) => { const b = e.getBoundingClientRect();"
        + " return {text, x: b.x - s.x, y: b.y - s.y, w: b.width, h: b.height, sw: s.width, sh: s.height}; };"
        + " return Array.from(document.querySelectorAll('#map text.map-label')).map(t => box(t, t.textContent))"
        + ".concat([box(document.querySelector('#map .legend-box'), 'the legend')])");
    assertThat(boxes).as("labels at %d px", width).hasSizeGreaterThan(5)
        .extracting(b -> b.get("text")).contains("Kazakhstan", "Tengiz field");
    for (int i = 0; i < boxes.size(); i++) {
      Map<String, Object> a = boxes.get(i);
      assertThat(num(a, "w")).as("%s drawn at %d px", a.get("text"), width).isPositive();
      assertThat(num(a, "x") >= -1 && num(a, "x") + num(a, "w") <= num(a, "sw") + 1 && num(a, "y") >= -1
          && num(a, "y") + num(a, "h") <= num(a, "sh") + 1).as("%s inside the map at %d px", a.get("text"), width).isTrue();
      for (int j = i + 1; j < boxes.size(); j++) {
        Map<String, Object> b = boxes.get(j);
        boolean apart = num(a, "x") + num(a, "w") <= num(b, "x") + 1 || num(b, "x") + num(b, "w") <= num(a, "x") + 1
            || num(a, "y") + num(a, "h") <= num(b, "y") + 1 || num(b, "y") + num(b, "h") <= num(a, "y") + 1;
        assertThat(apart).as("%s and %s overlap at %d px", a.get("text"), b.get("text"), width).isTrue();
      }
    }
  }

  private static String waitReady(String after) {
    return Browser.waitFor(driver, 90, d -> {
      Object ready = js("return document.body.getAttribute('data-ready')");
      return ready != null && !ready.equals(after) ? (String) ready : null;
    });
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  private static double num(Map<String, Object> m, String key) {
    return ((Number) m.get(key)).doubleValue();
  }
}
