package org.corridor.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian {@code chromium} driven through its own {@code chromedriver} (no browser or driver is
 * downloaded). Without them a test is skipped with the reason on a developer's machine; under CI (variable
 * {@code CI} set, as .ci/run does after installing both) their absence fails the test instead.
 */
final class Browser {
  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CORRIDOR_CHROMIUM", "/usr/bin/chromium"));
  static final Path DRIVER = Path.of(System.getenv().getOrDefault("CORRIDOR_CHROMEDRIVER", "/usr/bin/chromedriver"));

  private Browser() {}

  /** A headless browser whose window is {@code width} × {@code height} CSS pixels, with every request beyond loopback sent to a dead proxy. */
  static WebDriver open(int width, int height) {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    String reason = "browser test skipped: " + CHROMIUM + " and " + DRIVER + " are needed (apt-get install -y chromium "
        + "chromium-driver)";
    if (System.getenv("CI") != null) {
      assertThat(present).as(reason.replace("skipped", "cannot run on CI")).isTrue();
    } else if (!present) {
      System.err.println(reason);
    }
    Assumptions.assumeTrue(present, reason);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--proxy-server=127.0.0.1:9", "--window-size=" + width + "," + height,
        "--force-device-scale-factor=1");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER.toString()))
        .usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  static <T> T waitFor(WebDriver driver, int seconds, Function<WebDriver, T> condition) {
    return new WebDriverWait(driver, Duration.ofSeconds(seconds)).until(condition::apply);
  }

  /** Quits the browser and stops the server, whichever of the two a failed start left open. */
  static void close(WebDriver driver, CorridorServer server) {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.stop();
    }
  }
}
