package org.corridor.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The workbench page in a real browser on data/eurasia, as an analyst uses it: the map has labels, closing
 * the CPC marine terminal's sea leg from the what-if panel fills the diff table, draws that link as closed,
 * and puts the what-if in the address, so the same address opens the same view.
 */
class PageBrowserTest {
  static CorridorServer server;
  static WebDriver driver;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    driver = Browser.open(1400, 1000);
    server = ServerTest.start(Path.of("../data/eurasia"), ServerConfig.local(0));
    base = "http://127.0.0.1:" + server.port() + "/";
  }

  @AfterAll
  static void stop() {
    Browser.close(driver, server);
  }

  static Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  static void waitReady(String after) {
    Browser.waitFor(driver, 90, d -> {
      Object ready = js("return document.body.getAttribute('data-ready')");
      return ready != null && !ready.equals(after) ? ready : null;
    });
  }

  @Test
  @SuppressWarnings("unchecked")
  void closingCpcShowsTheDiffAClosedLinkAndLabelsThatDoNotOverlap() {
    driver.get(base);
    waitReady(null);
    String ready = (String) js("return document.body.getAttribute('data-ready')");
    assertThat(driver.findElement(By.id("error")).getText()).isEmpty();

    // Labels: countries and main nodes, each inside the map and none over another.
    List<Map<String, Object>> boxes = (List<Map<String, Object>>) js("const s = document.getElementById('map')"
        + ".getBoundingClientRect(); return Array.from(document.querySelectorAll('#map text.map-label')).map(t => {"
        + "const b = t.getBoundingClientRect(); return {text: t.textContent, x: b.x - s.x, y: b.y - s.y, w: b.width,"
        + " h: b.height, sw: s.width, sh: s.height}; })");
    assertThat(boxes).extracting(b -> b.get("text")).contains("Kazakhstan", "World seaborne market");
    for (int i = 0; i < boxes.size(); i++) {
      Map<String, Object> a = boxes.get(i);
      assertThat(num(a, "x")).as("%s inside the map", a.get("text")).isGreaterThanOrEqualTo(-1);
      assertThat(num(a, "x") + num(a, "w")).as("%s inside the map", a.get("text")).isLessThanOrEqualTo(num(a, "sw") + 1);
      for (int j = i + 1; j < boxes.size(); j++) {
        Map<String, Object> b = boxes.get(j);
        boolean apart = num(a, "x") + num(a, "w") <= num(b, "x") + 1 || num(b, "x") + num(b, "w") <= num(a, "x") + 1
            || num(a, "y") + num(a, "h") <= num(b, "y") + 1 || num(b, "y") + num(b, "h") <= num(a, "y") + 1;
        assertThat(apart).as("labels %s and %s overlap", a.get("text"), b.get("text")).isTrue();
      }
    }

    new Select(driver.findElement(By.id("link"))).selectByValue("CPC_MT_SEA");
    driver.findElement(By.id("pick")).click();
    driver.findElement(By.id("close-link")).click();
    waitReady(ready);

    WebElement diff = Browser.waitFor(driver, 30, d -> d.findElements(By.id("diff-table")).isEmpty() ? null
        : d.findElement(By.id("diff-table")));
    String text = diff.getText();
    assertThat(text).contains("stranded").contains("KZ crude").contains("CPC_MT_SEA P_CPC_MT→M_WORLD crude from KZ");
    List<WebElement> rows = diff.findElements(By.cssSelector("tbody tr"));
    assertThat(rows).isNotEmpty();
    assertThat(driver.findElements(By.cssSelector("#map path.flow.closed[data-link='CPC_MT_SEA']"))).isNotEmpty();
    assertThat(driver.findElement(By.id("edits")).getText()).contains("link CPC_MT_SEA closed");
    assertThat(driver.getCurrentUrl()).contains("closedLinks=CPC_MT_SEA");
    // The fields whose crude can no longer leave are marked and labelled first.
    List<String> marked = (List<String>) js("return Array.from(document.querySelectorAll('#map text.map-label.marked'))"
        + ".map(t => t.textContent)");
    assertThat(marked).contains("Tengiz field");

    // A colleague opening the same address sees the same diff.
    String url = driver.getCurrentUrl();
    driver.get("about:blank");
    driver.get(url);
    waitReady(null);
    String again = Browser.waitFor(driver, 30, d -> d.findElements(By.id("diff-table")).isEmpty() ? null
        : d.findElement(By.id("diff-table"))).getText();
    assertThat(again).isEqualTo(text);
  }

  @Test
  void clickingACountryAddsABanOnOneCommodity() {
    driver.get(base + "#scenario=visit-2024-11-28");
    waitReady(null);
    String ready = (String) js("return document.body.getAttribute('data-ready')");
    // A click on Russia's outline, as a pointer would give it (its centre may lie under a flow line).
    js("Array.from(document.querySelectorAll('#map path.country.in-data')).find(p => p.textContent === 'Russia')"
        + ".dispatchEvent(new MouseEvent('click', {bubbles: true}))");
    assertThat(driver.findElement(By.id("pick-country-name")).getText()).isEqualTo("Russia (RU)");
    new Select(driver.findElement(By.id("ban-kind"))).selectByValue("transit");
    new Select(driver.findElement(By.id("ban-commodity"))).selectByValue("crude");
    driver.findElement(By.id("add-ban")).click();
    waitReady(ready);
    String text = Browser.waitFor(driver, 30, d -> d.findElements(By.id("diff-table")).isEmpty() ? null
        : d.findElement(By.id("diff-table"))).getText();
    assertThat(text).contains("KZ crude via RU");
    assertThat(driver.findElement(By.id("edits")).getText()).contains("ban on transit through Russia, crude");
    assertThat(driver.getCurrentUrl()).contains("bans=transit%3ARU%3Acrude");
  }

  private static double num(Map<String, Object> m, String key) {
    return ((Number) m.get(key)).doubleValue();
  }
}
