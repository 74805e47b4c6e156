package org.corridor.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.corridor.api.BadRequestException;
import org.corridor.api.Corridor;
import org.corridor.io.DataSetLoader;
import org.corridor.solve.Progress;
import org.corridor.solve.ortools.OrToolsSolver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every endpoint on a real port, on a copy of the example data set (data/examples/steppe). */
class ServerTest {
  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newHttpClient();
  @TempDir static Path tmp;
  static Path data;
  static Map<String, String> before;
  static CorridorServer server;
  static String base;

  @BeforeAll
  static void start() throws Exception {
    data = org.corridor.io.ExampleCopy.in(tmp.resolve("steppe")).dir();
    before = hashes(data);
    server = start(data, ServerConfig.local(0));
    base = "http://127.0.0.1:" + server.port();
  }

  static CorridorServer start(Path folder, ServerConfig config) throws Exception {
    Corridor c = new Corridor(DataSetLoader.load(folder, false).dataSet(), new OrToolsSolver(),
        Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC), Progress.NONE);
    return CorridorServer.create(c, config).start();
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(String path, String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode ok(HttpResponse<String> r) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body());
  }

  static JsonNode table(JsonNode answer, String name) {
    for (JsonNode t : answer.get("tables")) {
      if (t.get("name").asText().equals(name)) {
        return t;
      }
    }
    throw new AssertionError("no table " + name + " in " + answer);
  }

  /** A 4xx answer: JSON with the status and a message that holds {@code expected} and no stack trace. */
  static void problem(HttpResponse<String> r, int status, String expected) throws Exception {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    JsonNode e = JSON.readTree(r.body()).get("error");
    assertThat(e.get("status").asInt()).isEqualTo(status);
    assertThat(e.get("message").asText()).contains(expected);
    assertThat(r.body()).doesNotContain("at org.").doesNotContain("Exception");
  }

  @Test
  void infoListsScenariosCommoditiesWithUnitsAndPolicies() throws Exception {
    JsonNode info = ok(get("/api/info"));
    assertThat(info.get("name").asText()).isEqualTo("steppe");
    assertThat(info.get("scenarios").findValuesAsText("name")).contains("base-2024", "cpc-outage");
    assertThat(info.get("commodities").get(0).get("flowUnit").asText()).endsWith("/yr");
    assertThat(info.get("policies").findValuesAsText("id")).contains("cpc-outage-2025", "ru-denies-kz-crude");
    assertThat(info.get("dates").get("from").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
    assertThat(info.get("units").get("money").asText()).isEqualTo("USD m/yr");
    assertThat(info.get("units").get("share").asText()).startsWith("share");
    assertThat(info.get("nodes").findValuesAsText("id")).isNotEmpty();
    JsonNode link = info.get("links").get(0);
    assertThat(link.get("capacityUnit").asText()).endsWith("/yr");
    assertThat(link.get("capacity").isNumber()).isTrue();
  }

  @Test
  void compareTellsWhatBecameOfEachFlowAndAnyTableComesAsCsv() throws Exception {
    String body = "{\"scenario\": \"base-2024\", \"whatIf\": {\"closedLinks\": [\"CPC\"]}}";
    JsonNode a = ok(post("/api/compare", body));
    JsonNode changes = table(a, "flow-changes");
    JsonNode closed = null;
    for (JsonNode r : changes.get("rows")) {
      if (r.get("link").asText().equals("CPC")) {
        closed = r;
      }
    }
    assertThat(closed).as("CPC in flow-changes").isNotNull();
    assertThat(closed.get("state").asText()).isEqualTo("closed");
    assertThat(closed.get("after").asDouble()).isZero();
    assertThat(changes.get("rows").findValuesAsText("state")).contains("cut", "same");
    assertThat(table(a, "diff-results").get("rows").size()).isPositive();
    HttpResponse<String> csv = post("/api/compare", body.replace("{\"scenario\"", "{\"csv\": \"flow-changes\", \"scenario\""));
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body().lines().findFirst().orElse("")).startsWith("run_id,scenario,link,from,to,commodity");
    assertThat(csv.body()).contains("CPC");
    problem(post("/api/compare", body.replace("{\"scenario\"", "{\"csv\": \"nope\", \"scenario\"")), 400,
        "body.csv: no table `nope`");
  }

  @Test
  void solveGivesTheCommandLinesTypedTables() throws Exception {
    JsonNode a = ok(get("/api/solve?scenario=base-2024"));
    assertThat(a.get("summary").get("status").asText()).isEqualTo("optimal");
    JsonNode flows = table(a, "flows");
    assertThat(flows.get("columns").findValuesAsText("name")).contains("link", "commodity", "quantity", "unit");
    assertThat(flows.get("columns").findValuesAsText("unit")).contains("{unit}");
    assertThat(flows.get("rows").size()).isPositive();
  }

  @Test
  void aWhatIfChangesTheAnswerAndTheDiffShowsIt() throws Exception {
    String closeCpc = "{\"scenario\":\"base-2024\",\"whatIf\":{\"closedLinks\":[\"CPC\"]}}";
    JsonNode solved = ok(post("/api/solve", closeCpc));
    assertThat(table(solved, "flows").get("rows").findValuesAsText("link")).doesNotContain("CPC");
    assertThat(table(ok(get("/api/solve?scenario=base-2024")), "flows").get("rows").findValuesAsText("link"))
        .contains("CPC");
    JsonNode diff = ok(post("/api/diff", closeCpc));
    assertThat(table(diff, "diff-results").get("rows").size()).isPositive();
    JsonNode same = ok(post("/api/diff", "{\"scenario\":\"base-2024\"}"));
    assertThat(table(same, "diff-results").get("rows").size()).isZero();
    JsonNode two = ok(get("/api/diff?a=base-2024&b=cpc-outage"));
    assertThat(table(two, "diff-results").get("rows").size()).isPositive();
  }

  @Test
  void sharesLeverageChokepointsTimelineAndSourcesAnswer() throws Exception {
    assertThat(table(ok(get("/api/shares?scenario=base-2024&exporter=KZ&commodity=crude")), "shares")
        .get("rows").findValuesAsText("country")).isNotEmpty();
    assertThat(table(ok(post("/api/shares", "{\"exporter\":\"KZ\",\"whatIf\":{\"bans\":[{\"kind\":\"transit\","
        + "\"country\":\"RU\",\"commodity\":\"crude\"}]}}")), "routes").get("rows")).isNotNull();
    assertThat(table(ok(get("/api/leverage?levers=transit")), "leverage").get("rows").size()).isPositive();
    assertThat(table(ok(get("/api/chokepoints")), "chokepoints").get("rows").size()).isPositive();
    assertThat(table(ok(get("/api/timeline?from=2024-01-01&to=2025-12-31&step=year")), "timeline").get("rows").size())
        .isPositive();
    assertThat(table(ok(get("/api/sources")), "sources").get("columns").findValuesAsText("name")).contains("address");
  }

  @Test
  void geojsonHoldsNodesLinksAndFlowsWithUnits() throws Exception {
    HttpResponse<String> r = get("/api/geojson?scenario=base-2024");
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/geo+json");
    JsonNode g = ok(r);
    assertThat(g.get("type").asText()).isEqualTo("FeatureCollection");
    assertThat(g.get("features").findValuesAsText("feature")).contains("node", "link", "flow");
    for (JsonNode f : g.get("features")) {
      if (f.get("properties").get("feature").asText().equals("flow")) {
        assertThat(f.get("properties").get("unit").asText()).endsWith("/yr");
        assertThat(f.get("geometry").get("coordinates").size()).isEqualTo(2);
      }
    }
    JsonNode closed = ok(post("/api/geojson", "{\"scenario\":\"base-2024\",\"whatIf\":{\"closedLinks\":[\"CPC\"]}}"));
    assertThat(closed.get("features").findParents("feature").stream()
        .filter(p -> p.get("feature").asText().equals("flow")).map(p -> p.get("link").asText())).doesNotContain("CPC");
  }

  @Test
  void badInputIsA400NamingTheProblem() throws Exception {
    problem(post("/api/solve", "{\"whatIf\":{\"closedLinks\":[\"CPC\",\"NOPE\"]}}"), 400,
        "body.whatIf.closedLinks[1]: unknown link `NOPE`");
    problem(post("/api/solve", "{\"whatIf\":{\"bans\":[{\"kind\":\"embargo\",\"country\":\"RU\"}]}}"), 400,
        "body.whatIf.bans[0].kind: unknown ban kind `embargo`");
    problem(post("/api/solve", "{\"whatIf\":{\"capacities\":{\"CPC\":\"lots\"}}}"), 400,
        "body.whatIf.capacities.CPC: must be a number");
    problem(post("/api/solve", "{\"whatIf\":{\"closeLinks\":[\"CPC\"]}}"), 400, "body.whatIf.closeLinks: not a parameter");
    problem(post("/api/solve", "{\"scenario\": "), 400, "body: not JSON (line 1");
    problem(post("/api/solve", "[1, 2]"), 400, "body: must be a JSON object");
    problem(get("/api/solve?scenario=nowhere"), 400, "unknown scenario `nowhere`");
    problem(get("/api/solve?scenario=base-2024@2024-13-01"), 400, "is not a date");
    problem(get("/api/solve?colour=red"), 400, "query.colour: not a parameter of this route");
    problem(get("/api/shares"), 400, "query.exporter: missing");
    problem(get("/api/timeline?step=fortnight"), 400, "unknown step `fortnight`");
    problem(get("/api/diff?a=base-2024"), 400, "query.b: missing");
    problem(get("/api/nothing"), 404, "no such path");
  }

  @Test
  void anOversizedBodyIsA413() throws Exception {
    String big = "{\"whatIf\":{\"closedLinks\":[" + "\"CPC\",".repeat(20_000) + "\"CPC\"]}}";
    assertThat(big.length()).isGreaterThan((int) ServerConfig.MAX_BODY_BYTES);
    // Only the headers are sent: the server answers 413 from the declared length and closes the connection,
    // and a client still writing the body would race that close.
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      socket.getOutputStream().write(("POST /api/solve HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json"
          + "\r\nContent-Length: " + big.length() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 413").contains("larger than 65536 bytes").doesNotContain("Exception");
    }
  }

  @Test
  void theDataFolderIsUnchangedByWhatIfs() throws Exception {
    ok(post("/api/diff", "{\"scenario\":\"cpc-outage\",\"whatIf\":{\"policiesOff\":[\"cpc-outage-2025\"],"
        + "\"closedNodes\":[\"BAKU\"],\"capacities\":{\"KCP\":5}}}"));
    assertThat(hashes(data)).isEqualTo(before);
  }

  @Test
  void theSameRequestGivesTheSameBytes() throws Exception {
    String body = "{\"scenario\":\"base-2024\",\"whatIf\":{\"closedLinks\":[\"KCP\"]}}";
    assertThat(post("/api/diff", body).body()).isEqualTo(post("/api/diff", body).body());
  }

  @Test
  void withATokenTheApiNeedsItAndThePageDoesNot() throws Exception {
    CorridorServer guarded = start(data, new ServerConfig("127.0.0.1", 0, "s3cret", 65536, 30, 1, 1));
    try {
      String at = "http://127.0.0.1:" + guarded.port();
      HttpResponse<String> none = HTTP.send(HttpRequest.newBuilder(URI.create(at + "/api/info")).build(),
          HttpResponse.BodyHandlers.ofString());
      problem(none, 401, "needs a bearer token");
      assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer");
      problem(HTTP.send(HttpRequest.newBuilder(URI.create(at + "/api/info")).header("Authorization", "Bearer s3creT")
          .build(), HttpResponse.BodyHandlers.ofString()), 401, "wrong");
      HttpResponse<String> right = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(at + "/api/info"))
          .header("Authorization", "Bearer s3cret").build(), HttpResponse.BodyHandlers.ofString());
      assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
      assertThat(HTTP.send(HttpRequest.newBuilder(URI.create(at + "/")).build(), HttpResponse.BodyHandlers.ofString())
          .statusCode()).isEqualTo(200);
    } finally {
      guarded.stop();
    }
  }

  @Test
  void beyondLoopbackATokenIsRequired() {
    assertThatThrownBy(() -> new ServerConfig("0.0.0.0", 0, null, 65536, 30, 1, 1))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("needs --token");
    assertThat(new ServerConfig("0.0.0.0", 0, "t", 65536, 30, 1, 1).host()).isEqualTo("0.0.0.0");
  }

  @Test
  void thePageAndItsFilesComeFromTheJar() throws Exception {
    assertThat(get("/").body()).contains("<svg id=\"map\"").contains("/vendor/d3.min.js");
    for (String f : new String[] {"/app.js", "/vendor/corridor-map.js", "/vendor/d3.min.js",
        "/vendor/topojson-client.min.js", "/vendor/countries-110m.json"}) {
      HttpResponse<String> r = get(f);
      assertThat(r.statusCode()).as(f).isEqualTo(200);
      assertThat(r.body()).as(f).isNotBlank();
    }
    assertThat(get("/vendor/corridor-map.js").body()).contains("CorridorMap");
  }

  static Map<String, String> hashes(Path folder) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        out.put(folder.relativize(p).toString(),
            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
      }
    }
    return out;
  }
}
