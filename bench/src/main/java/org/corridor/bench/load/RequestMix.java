package org.corridor.bench.load;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The requests of the load check, in a fixed cycle of 100 so that every run sends the same sequence: what the
 * page asks (the page itself, info, compare on each edit), what a script asks (solve, diff, geojson), and at a
 * low share the N-1 sweep. The what-ifs rotate over transit bans and link closures of data/eurasia.
 */
final class RequestMix {
  /** A request kind and its number of slots in each cycle of 100. */
  enum Kind {
    PAGE(8), INFO(22), SOURCES(5), SOLVE(10), DIFF_BAN(20), DIFF_CLOSURE(10), COMPARE(14), GEOJSON(10), CHOKEPOINTS(1);

    final int slots;

    Kind(int slots) {
      this.slots = slots;
    }
  }

  private static final String[] BANS = {
      "{\"kind\":\"transit\",\"country\":\"RU\",\"commodity\":\"crude\"}",
      "{\"kind\":\"transit\",\"country\":\"KZ\",\"commodity\":\"gas\"}",
      "{\"kind\":\"transit\",\"country\":\"RU\",\"commodity\":\"wheat\"}",
      "{\"kind\":\"transit\",\"country\":\"AZ\",\"commodity\":null}"};
  private static final String[] CLOSED_LINKS = {"CPC_MT_SEA", "ATYRAU_SAMARA", "ATASU_ALASHANKOU", "CPC_TENGIZ_ATYRAU"};
  /** The what-if ban the goal names: Russia denies transit to crude (p95 under 1 s, warm). */
  static final String GOAL_BAN = BANS[0];

  private final List<Kind> cycle = new ArrayList<>();
  private final String base;
  private final Duration timeout;

  RequestMix(String base, Duration timeout) {
    this.base = base;
    this.timeout = timeout;
    // Interleave the kinds (slot s of a kind with n slots sits at s/n of the cycle), so that each stretch of
    // the run sees the same mix rather than a block of one kind.
    List<double[]> order = new ArrayList<>();
    for (Kind k : Kind.values()) {
      for (int s = 0; s < k.slots; s++) {
        order.add(new double[] {(s + 0.5) / k.slots, k.ordinal()});
      }
    }
    order.sort((a, b) -> a[0] != b[0] ? Double.compare(a[0], b[0]) : Double.compare(a[1], b[1]));
    order.forEach(o -> cycle.add(Kind.values()[(int) o[1]]));
  }

  Kind kind(int i) {
    return cycle.get(i % cycle.size());
  }

  /** Whether request {@code i} is the ban of {@link #GOAL_BAN} sent to /api/diff. */
  boolean isGoalBan(int i) {
    return kind(i) == Kind.DIFF_BAN && (i / cycle.size()) % BANS.length == 0;
  }

  HttpRequest request(int i) {
    // Which ban or link a request takes: shifts by one each cycle, so the same slot varies from cycle to cycle.
    int rotation = i / cycle.size() + i;
    return switch (kind(i)) {
      case PAGE -> get("/");
      case INFO -> get("/api/info");
      case SOURCES -> get("/api/sources");
      case SOLVE -> get("/api/solve");
      case GEOJSON -> get("/api/geojson");
      case CHOKEPOINTS -> get("/api/chokepoints");
      case DIFF_BAN -> post("/api/diff", "{\"whatIf\":{\"bans\":[" + BANS[(i / cycle.size()) % BANS.length] + "]}}");
      case DIFF_CLOSURE -> post("/api/diff",
          "{\"whatIf\":{\"closedLinks\":[\"" + CLOSED_LINKS[rotation % CLOSED_LINKS.length] + "\"]}}");
      case COMPARE -> post("/api/compare", rotation % 2 == 0
          ? "{\"whatIf\":{\"bans\":[" + BANS[rotation % BANS.length] + "]}}"
          : "{\"whatIf\":{\"closedLinks\":[\"" + CLOSED_LINKS[rotation % CLOSED_LINKS.length] + "\"]}}");
    };
  }

  private HttpRequest get(String path) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout).GET().build();
  }

  private HttpRequest post(String path, String body) {
    return HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }
}
