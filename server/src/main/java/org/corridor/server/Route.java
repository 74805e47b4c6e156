package org.corridor.server;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/**
 * One entry of the server's route table.
 *
 * @param solves whether it solves LPs (and so goes through the solve gate)
 */
record Route(HandlerType method, String path, Handler handler, boolean solves) {
  boolean isApi() {
    return path.startsWith("/api/");
  }
}
