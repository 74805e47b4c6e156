package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code corridor serve} end to end: a real process on an ephemeral port, asked over HTTP, then stopped. */
class ServeTest {
  @Test
  void servesOnTheAddressItPrints() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "serve",
        "../data/examples/steppe", "--port", "0").redirectErrorStream(true).start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      assertThat(line).isNotNull().startsWith("Corridor serves");
      Matcher m = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(line);
      assertThat(m.find()).as(line).isTrue();
      HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + m.group(1) + "/api/solve?scenario=base-2024")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.body()).contains("\"name\" : \"flows\"");
    } finally {
      p.destroy();
      p.waitFor(20, TimeUnit.SECONDS);
    }
  }

  @Test
  void refusesToListenBeyondLoopbackWithoutAToken() {
    Run r = Run.of("serve", "../data/examples/steppe", "--host", "0.0.0.0", "--port", "0");
    assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("needs --token");
  }
}
