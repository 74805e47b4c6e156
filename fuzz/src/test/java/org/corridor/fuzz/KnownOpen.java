package org.corridor.fuzz;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;

/** The failure classes named in {@code known-open.txt}: reported loudly, but not (yet) failing the tests. */
final class KnownOpen {
  private KnownOpen() {}

  static Set<String> classes() {
    try (InputStream in = KnownOpen.class.getResourceAsStream("/known-open.txt")) {
      Set<String> s = new TreeSet<>();
      if (in == null) {
        return s;
      }
      for (String l : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String c = l.strip();
        if (!c.isEmpty() && !c.startsWith("#")) {
          s.add(Oracle.Outcome.ofId(c).id()); // a misspelt class fails here instead of silently tolerating nothing
        }
      }
      return s;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
