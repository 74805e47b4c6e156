package org.corridor.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The web page and the files it loads, all from the jar: no request leaves the machine. d3 comes from
 * its WebJar, topojson-client and the Natural Earth outlines from the HTML report's vendored files, and
 * the map and panel code is the report's own ({@code corridor-map.js}, {@code corridor-panels.js}).
 */
final class Page {
  private static final String WEB = "/org/corridor/server/web/";
  private static final String REPORT = "/org/corridor/report/html/";

  private final byte[] index = read(WEB + "index.html");
  private final byte[] app = read(WEB + "app.js");
  private final byte[] map = read(REPORT + "corridor-map.js");
  private final byte[] panels = read(REPORT + "corridor-panels.js");
  private final byte[] d3 = read("/META-INF/resources/webjars/d3/7.9.0/dist/d3.min.js");
  private final byte[] topojson = read(REPORT + "vendor/topojson-client.min.js");
  private final byte[] world = read(REPORT + "vendor/world-atlas-countries-110m.json");

  void index(Context ctx) {
    send(ctx, "text/html; charset=utf-8", index);
  }

  void app(Context ctx) {
    send(ctx, "text/javascript; charset=utf-8", app);
  }

  void map(Context ctx) {
    send(ctx, "text/javascript; charset=utf-8", map);
  }

  void panels(Context ctx) {
    send(ctx, "text/javascript; charset=utf-8", panels);
  }

  void d3(Context ctx) {
    send(ctx, "text/javascript; charset=utf-8", d3);
  }

  void topojson(Context ctx) {
    send(ctx, "text/javascript; charset=utf-8", topojson);
  }

  void world(Context ctx) {
    send(ctx, "application/json; charset=utf-8", world);
  }

  private static void send(Context ctx, String type, byte[] body) {
    ctx.contentType(type);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.result(body);
  }

  private static byte[] read(String path) {
    try (InputStream in = Page.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
