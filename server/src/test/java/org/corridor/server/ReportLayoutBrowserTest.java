package org.corridor.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.corridor.api.Corridor;
import org.corridor.api.RunOptions;
import org.corridor.api.ScenarioRef;
import org.corridor.api.Step;
import org.corridor.io.DataSetLoader;
import org.corridor.report.html.HtmlReport;
import org.corridor.solve.Progress;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.SolverKind;
import org.corridor.solve.ortools.OrToolsSolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The offline report opened from a file in an 800 px wide window, the narrowest the page promises: the
 * map, its legend and its labels lie inside the viewport, chokepoint labels start inside the page, the
 * heat map has a colour scale, and sources are links.
 */
class ReportLayoutBrowserTest {
  @TempDir static Path tmp;
  static WebDriver driver;
  static Path report;

  @BeforeAll
  static void render() throws Exception {
    driver = Browser.open(800, 900);
    Corridor c = new Corridor(DataSetLoader.load(Path.of("../data/examples/steppe"), false).dataSet(), new OrToolsSolver(),
        Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC), Progress.NONE);
    RunOptions options = new RunOptions(new SolveOptions(SolverKind.GLOP, 30), 1);
    report = tmp.resolve("report.html");
    Files.writeString(report, HtmlReport.render(c.analyze(ScenarioRef.DEFAULT, options, Step.quarter), "Corridor: steppe"),
        StandardCharsets.UTF_8);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
  }

  static Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  @Test
  @SuppressWarnings("unchecked")
  void mapLegendAndLabelsAreInsideTheViewportAt800Pixels() {
    driver.get(report.toUri().toString());
    Browser.waitFor(driver, 30, d -> js("return document.querySelectorAll('#sources table').length").equals(1L) ? true : null);
    double viewport = ((Number) js("return document.documentElement.clientWidth")).doubleValue();
    assertThat(viewport).isBetween(780.0, 800.0);
    assertThat(((Number) js("return document.documentElement.scrollWidth")).doubleValue()).as("no sideways scrolling")
        .isLessThanOrEqualTo(viewport);

    Map<String, Object> legend = (Map<String, Object>) js("const b = document.querySelector('#map .legend')"
        + ".getBoundingClientRect(); return {left: b.left, right: b.right, width: b.width}");
    assertThat(num(legend, "width")).as("legend drawn").isPositive();
    assertThat(num(legend, "left")).isGreaterThanOrEqualTo(0);
    assertThat(num(legend, "right")).as("legend inside the viewport").isLessThanOrEqualTo(viewport);
    assertThat((String) js("return document.querySelector('#map .legend').textContent")).contains("Line width")
        .contains("USD m/yr");

    List<Map<String, Object>> labels = (List<Map<String, Object>>) js("return Array.from(document.querySelectorAll("
        + "'#map text.map-label')).map(t => { const b = t.getBoundingClientRect(); return {text: t.textContent,"
        + " left: b.left, right: b.right}; })");
    assertThat(labels).as("map labels").hasSizeGreaterThanOrEqualTo(3);
    labels.forEach(l -> assertThat(num(l, "left") >= 0 && num(l, "right") <= viewport)
        .as("label %s inside the viewport", l.get("text")).isTrue());

    List<Number> chokeLefts = (List<Number>) js("return Array.from(document.querySelectorAll('#choke text.bar-label'))"
        .concat(".map(t => t.getBoundingClientRect().left)"));
    assertThat(chokeLefts).as("chokepoint labels").isNotEmpty().allSatisfy(x -> assertThat(x.doubleValue())
        .isGreaterThanOrEqualTo(0));
    assertThat(js("return document.querySelectorAll('#heat .colour-scale').length")).isEqualTo(1L);
    assertThat(((Number) js("return document.querySelectorAll('#sources a[href^=\"http\"]').length")).intValue())
        .as("source addresses as links").isPositive();
  }

  private static double num(Map<String, Object> m, String key) {
    return ((Number) m.get(key)).doubleValue();
  }
}
