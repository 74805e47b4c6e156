package org.corridor.server;

import static io.javalin.http.HandlerType.GET;
import static io.javalin.http.HandlerType.POST;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.api.BadRequestException;
import org.corridor.api.Corridor;
import org.corridor.api.SolveFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web server: the page and a JSON API over one loaded data set, a thin adapter over {@link Corridor}
 * like the command line. It reads nothing after start and writes nothing; a what-if lives in one request.
 *
 * <p>Errors are JSON, {@code {"error": {"status", "message"}}}: 400 a request that cannot be answered as asked
 * (the message names the parameter), 401 a missing or wrong token, 404 an unknown path, 413 a body too large,
 * 422 a scenario that does not solve (infeasible, time limit), 429 too many questions at once. A stack trace
 * never reaches a client.
 */
public final class CorridorServer {
  private static final Logger LOG = LoggerFactory.getLogger(CorridorServer.class);

  private final Javalin app;

  private CorridorServer(Javalin app) {
    this.app = app;
  }

  /** Every route of the server, in one table; docs/api.md and openapi.yaml describe the same. */
  static List<Route> routes(Api api, Page page) {
    return List.of(
        new Route(GET, "/", page::index, false),
        new Route(GET, "/app.js", page::app, false),
        new Route(GET, "/vendor/corridor-map.js", page::map, false),
        new Route(GET, "/vendor/corridor-panels.js", page::panels, false),
        new Route(GET, "/vendor/d3.min.js", page::d3, false),
        new Route(GET, "/vendor/topojson-client.min.js", page::topojson, false),
        new Route(GET, "/vendor/countries-110m.json", page::world, false),
        new Route(GET, "/api/info", api::info, false),
        new Route(GET, "/api/sources", api::sources, false),
        new Route(GET, "/api/solve", api::solve, true),
        new Route(POST, "/api/solve", api::solve, true),
        new Route(GET, "/api/diff", api::diff, true),
        new Route(POST, "/api/diff", api::diff, true),
        new Route(POST, "/api/compare", api::compare, true),
        new Route(POST, "/api/analysis", api::analysis, true),
        new Route(POST, "/api/report", api::report, true),
        new Route(GET, "/api/shares", api::shares, true),
        new Route(POST, "/api/shares", api::shares, true),
        new Route(GET, "/api/leverage", api::leverage, true),
        new Route(POST, "/api/leverage", api::leverage, true),
        new Route(GET, "/api/chokepoints", api::chokepoints, true),
        new Route(POST, "/api/chokepoints", api::chokepoints, true),
        new Route(GET, "/api/timeline", api::timeline, true),
        new Route(POST, "/api/timeline", api::timeline, true),
        new Route(GET, "/api/geojson", api::geojson, true),
        new Route(POST, "/api/geojson", api::geojson, true));
  }

  /** A server for {@code corridor} with {@code config}, not yet listening. */
  public static CorridorServer create(Corridor corridor, ServerConfig config) {
    Api api = new Api(corridor, config);
    Page page = new Page();
    TokenCheck token = config.token() == null ? null : new TokenCheck(config.token());
    Javalin app = Javalin.create(c -> {
      c.jetty.host = config.host();
      c.jetty.port = config.port();
      c.http.maxRequestSize = config.maxBodyBytes();
      c.startup.showJavalinBanner = false;
      if (token != null) {
        c.routes.before("/api/*", token::check);
      }
      routes(api, page).forEach(r -> c.routes.addHttpHandler(r.method(), r.path(), r.handler()));
      c.routes.exception(BadRequestException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
      c.routes.exception(SolveFailedException.class, (e, ctx) -> error(ctx, 422, e.getMessage()));
      c.routes.exception(SolveGate.Busy.class, (e, ctx) -> {
        ctx.header("Retry-After", "5");
        error(ctx, 429, e.getMessage());
      });
      c.routes.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
      c.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("internal error on {} {}", ctx.method(), ctx.path(), e);
        error(ctx, 500, "internal error; the server's log has the details. Maybe this is a bug: please report it "
            + "with the request.");
      });
      // No handler of ours answers 404, so every 404 is an unknown path.
      c.routes.error(404, ctx -> error(ctx, 404, "no such path: " + ctx.method() + " " + ctx.path()));
      c.routes.error(405, ctx -> error(ctx, 405, "method " + ctx.method() + " not allowed on " + ctx.path()));
    });
    return new CorridorServer(app);
  }

  private static void error(Context ctx, int status, String message) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("status", status);
    e.put("message", message);
    ctx.status(status);
    Api.json(ctx, Json.write(Map.of("error", e)));
  }

  public CorridorServer start() {
    app.start();
    return this;
  }

  public int port() {
    return app.port();
  }

  public void stop() {
    app.stop();
  }
}
