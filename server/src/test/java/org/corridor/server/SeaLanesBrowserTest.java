package org.corridor.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * The sea lanes of the shared map code ({@code CorridorMap.seaRoute}), in the browser that draws them: every lane
 * segment but the Suez canal stays off the land of the map's own outlines (Natural Earth 1:110m), and the routes
 * of data/eurasia's sea links go through the straits a tanker takes.
 */
class SeaLanesBrowserTest {
  static CorridorServer server;
  static WebDriver driver;

  @BeforeAll
  static void start() throws Exception {
    driver = Browser.open(1000, 800);
    server = ServerTest.start(Path.of("../data/examples/steppe"), ServerConfig.local(0));
    driver.get("http://127.0.0.1:" + server.port() + "/");
    Browser.waitFor(driver, 60, d -> js("return typeof CorridorMap !== 'undefined' && typeof topojson !== 'undefined'")
        .equals(Boolean.TRUE) ? true : null);
  }

  @AfterAll
  static void stop() {
    Browser.close(driver, server);
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyLaneSegmentStaysAtSea() {
    // 21 points along each segment's great circle; a point inside any country outline is a crossing.
    List<String> crossings = (List<String>) ((JavascriptExecutor) driver).executeAsyncScript(
        "const done = arguments[arguments.length - 1];"
        + "fetch('/vendor/countries-110m.json').then(r => r.json()).then(w => {"
        + " const land = topojson.feature(w, w.objects.countries).features; const out = [];"
        + " CorridorMap.seaSegments().forEach(([a, b]) => { const at = d3.geoInterpolate(a, b);"
        + "  for (let k = 0; k <= 20; k++) { const p = at(k / 20); const c = land.filter(f => d3.geoContains(f, p));"
        + "   if (c.length) out.push(JSON.stringify(a) + '→' + JSON.stringify(b) + ' at ' + p.map(v => v.toFixed(2))"
        + "    + ' in ' + c.map(f => f.properties.name).join(', ')); } });"
        + " done(out); }).catch(e => done(['error: ' + e]))");
    assertThat((Long) js("return CorridorMap.seaSegments().length")).isGreaterThan(60);
    assertThat(crossings).as("lane segments over land").isEmpty();
  }

  @Test
  void routesGoThroughTheStraits() {
    // Novorossiysk (CPC terminal) to the world market south of Greece: Bosporus, Dardanelles.
    assertThat(route(37.63, 44.66, 20.0, 35.0)).contains("[29.1,41.2]", "[26.2,40]");
    // Kozmino to the same market: Korea Strait, Singapore, Malacca, Bab-el-Mandeb, Suez.
    assertThat(route(133.05, 42.73, 20.0, 35.0)).contains("[129.3,34.3]", "[103.8,1.1]", "[100.8,2.8]", "[43.4,12.6]",
        "[32.3,31.5]");
    // Primorsk on the Gulf of Finland: the Sound, the Channel, Gibraltar.
    assertThat(route(28.7, 60.35, 20.0, 35.0)).contains("[12.72,55.65]", "[1.6,51]", "[-5.7,35.92]");
    // Sabetta on the Gulf of Ob: out of the gulf and round Scandinavia.
    assertThat(route(72.07, 71.27, 20.0, 35.0)).contains("[73.5,72.2]", "[58,70.45]", "[25,71.8]", "[1.6,51]");
    // Aktau to Sangachal, both on the closed Caspian: no lane, the plain curve.
    assertThat(route(51.21, 43.61, 49.47, 40.18)).isEqualTo("null");
  }

  private static String route(double fromLon, double fromLat, double toLon, double toLat) {
    return (String) js("return JSON.stringify(CorridorMap.seaRoute([" + fromLon + "," + fromLat + "],[" + toLon + ","
        + toLat + "]))");
  }

  private static Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }
}
