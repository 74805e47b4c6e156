package org.corridor.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.corridor.api.Corridor;
import org.corridor.io.DataSetLoader;
import org.corridor.solve.LinearProgram;
import org.corridor.solve.LpSolver;
import org.corridor.solve.Progress;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.ortools.OrToolsSolver;
import org.junit.jupiter.api.Test;

/**
 * The solve limits through HTTP: with one solve at once and no queue, a question that arrives while another
 * is solving gets 429 with Retry-After, and the first still gets its answer. The first is held inside its
 * solve by a latch, so the test does not depend on timing.
 */
class BusyServerTest {
  @Test
  void aQuestionBeyondTheRunningAndQueuedPlacesGets429() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    LpSolver real = new OrToolsSolver();
    LpSolver held = new LpSolver() {
      @Override
      public LpSession open(LinearProgram lp, SolveOptions options) {
        entered.countDown();
        try {
          assertThat(release.await(60, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return real.open(lp, options);
      }
    };
    Corridor c = new Corridor(DataSetLoader.load(Path.of("../data/examples/steppe"), false).dataSet(), held,
        Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC), Progress.NONE);
    CorridorServer server = CorridorServer.create(c, new ServerConfig(ServerConfig.LOOPBACK, 0, null,
        ServerConfig.MAX_BODY_BYTES, 30, 1, 0)).start();
    try {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + server.port();
      HttpRequest solve = HttpRequest.newBuilder(URI.create(base + "/api/solve")).build();
      CompletableFuture<HttpResponse<String>> first = http.sendAsync(solve, HttpResponse.BodyHandlers.ofString());
      assertThat(entered.await(60, TimeUnit.SECONDS)).as("the first question is solving").isTrue();

      HttpResponse<String> second = http.send(HttpRequest.newBuilder(URI.create(base + "/api/diff"))
          .header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{\"whatIf\": {\"closedLinks\": [\"CPC\"]}}")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(second.statusCode()).as(second.body()).isEqualTo(429);
      assertThat(second.headers().firstValue("Retry-After")).contains("5");
      JsonNode error = ServerTest.JSON.readTree(second.body()).get("error");
      assertThat(error.get("status").asInt()).isEqualTo(429);
      assertThat(error.get("message").asText()).contains("the server is busy").contains("1 places");

      // Questions that solve nothing are not limited.
      assertThat(http.send(HttpRequest.newBuilder(URI.create(base + "/api/info")).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);

      release.countDown();
      HttpResponse<String> answered = first.get(60, TimeUnit.SECONDS);
      assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
    } finally {
      release.countDown();
      server.stop();
    }
  }
}
