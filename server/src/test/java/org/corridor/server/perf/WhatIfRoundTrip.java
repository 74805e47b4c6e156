package org.corridor.server.perf;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import org.corridor.api.Corridor;
import org.corridor.io.DataSetLoader;
import org.corridor.server.CorridorServer;
import org.corridor.server.ServerConfig;
import org.corridor.solve.Progress;
import org.corridor.solve.ortools.OrToolsSolver;

/**
 * Measures the what-if round trip the page makes: {@code POST /api/diff} and {@code POST /api/compare} closing
 * {@code CPC_MT_SEA} in the default scenario of a data set, each from one client in this process, after 5
 * warm-up requests; prints the median, min and max of 20. Not a test: a figure for docs/api.md.
 *
 * <pre>java -cp server/target/test-classes:cli/target/corridor.jar org.corridor.server.perf.WhatIfRoundTrip data/eurasia</pre>
 */
public final class WhatIfRoundTrip {
  private WhatIfRoundTrip() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 ? args[0] : "data/eurasia");
    Corridor corridor = new Corridor(DataSetLoader.load(folder, false).dataSet(), new OrToolsSolver(),
        Clock.systemUTC(), Progress.NONE);
    CorridorServer server = CorridorServer.create(corridor, ServerConfig.local(0)).start();
    try {
      HttpClient http = HttpClient.newHttpClient();
      String body = "{\"whatIf\": {\"closedLinks\": [\"CPC_MT_SEA\"]}}";
      for (String route : new String[] {"/api/diff", "/api/compare"}) {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + route))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        for (int i = 0; i < 5; i++) {
          check(http.send(req, HttpResponse.BodyHandlers.ofString()));
        }
        double[] ms = new double[20];
        for (int i = 0; i < ms.length; i++) {
          long t0 = System.nanoTime();
          check(http.send(req, HttpResponse.BodyHandlers.ofString()));
          ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("POST %s closing CPC_MT_SEA on %s, 20 warm requests: median %.0f ms (min %.0f, max %.0f)%n",
            route, folder, (ms[9] + ms[10]) / 2, ms[0], ms[ms.length - 1]);
      }
    } finally {
      server.stop();
    }
  }

  private static void check(HttpResponse<String> r) {
    if (r.statusCode() != 200) {
      throw new IllegalStateException("HTTP " + r.statusCode() + ": " + r.body());
    }
  }
}
