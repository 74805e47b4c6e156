package org.corridor.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Lets an API request through only with {@code Authorization: Bearer TOKEN}, compared in constant time. */
final class TokenCheck {
  private final byte[] expected;

  TokenCheck(String token) {
    this.expected = token.getBytes(StandardCharsets.UTF_8);
  }

  void check(Context ctx) {
    String header = ctx.header("Authorization");
    byte[] given = header != null && header.startsWith("Bearer ")
        ? header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
    // MessageDigest.isEqual takes the same time whatever the first differing byte.
    if (!MessageDigest.isEqual(given, expected)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new HttpResponseException(401, header == null ? "this server needs a bearer token: send "
          + "`Authorization: Bearer TOKEN` (the --token it was started with)" : "the bearer token is wrong");
    }
  }
}
