package org.corridor.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.corridor.api.BadRequestException;

/**
 * Where the server listens and the limits it keeps.
 *
 * @param token the bearer token every API request must carry, or null for none (only on a loopback address)
 * @param maxBodyBytes largest request body accepted; a larger one gets 413
 * @param solveSeconds time limit of each LP solve; a solve that reaches it fails with its status (422)
 * @param maxSolves questions answered at once; each is solved on one thread
 * @param queue questions that may wait for a free place; beyond that a request gets 429
 */
public record ServerConfig(String host, int port, String token, long maxBodyBytes, double solveSeconds, int maxSolves,
    int queue) {
  public static final String LOOPBACK = "127.0.0.1";
  public static final int PORT = 7070;
  public static final long MAX_BODY_BYTES = 64 * 1024;

  public ServerConfig {
    if (port < 0 || port > 65535) {
      throw new BadRequestException("--port must be 0 (any free port) to 65535, not " + port);
    }
    if (token != null && token.isBlank()) {
      throw new BadRequestException("--token must not be empty");
    }
    if (token == null && !isLoopback(host)) {
      throw new BadRequestException("--host " + host + " reaches beyond this machine: it needs --token SECRET, a "
          + "bearer token the page asks for once. Maybe keep the default host " + LOOPBACK + ".");
    }
    if (maxBodyBytes < 1 || maxSolves < 1 || queue < 0 || !(solveSeconds > 0)) {
      throw new BadRequestException("limits must be positive: body " + maxBodyBytes + " bytes, " + maxSolves
          + " solves at once, queue " + queue + ", solve time limit " + solveSeconds + " s");
    }
  }

  /** Loopback on the default port, no token, the default limits. */
  public static ServerConfig local(int port) {
    return new ServerConfig(LOOPBACK, port, null, MAX_BODY_BYTES, 30, 2, 4);
  }

  static boolean isLoopback(String host) {
    try {
      return InetAddress.getByName(host).isLoopbackAddress();
    } catch (UnknownHostException e) {
      throw new BadRequestException("--host " + host + " is not an address of this machine");
    }
  }
}
