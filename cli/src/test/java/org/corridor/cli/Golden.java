package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Golden-file comparison: the text must match token by token, numbers within a tolerance, so a solver's
 * last-digit noise does not fail a test. Regenerate on purpose with {@code -Dcorridor.regenerate=true}.
 */
final class Golden {
  static final Path DIR = Path.of("src/test/resources/golden");

  private Golden() {}

  static void assertMatches(String name, String actual) throws IOException {
    Path file = DIR.resolve(name);
    if (Boolean.getBoolean("corridor.regenerate") || !Files.exists(file)) {
      Files.createDirectories(DIR);
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      if (!Boolean.getBoolean("corridor.regenerate")) {
        throw new AssertionError("golden file " + file + " did not exist; written now, check it and re-run");
      }
    }
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    List<String> e = tokens(expected);
    List<String> a = tokens(actual);
    assertThat(a).as("token count of %s\n--- actual ---\n%s", name, actual).hasSameSizeAs(e);
    for (int i = 0; i < e.size(); i++) {
      if (!same(e.get(i), a.get(i))) {
        throw new AssertionError(name + ": token " + i + " differs: expected `" + e.get(i) + "` but was `" + a.get(i)
            + "`\n--- actual ---\n" + actual);
      }
    }
  }

  private static List<String> tokens(String s) {
    return Arrays.stream(s.split("[\\s,]+")).filter(t -> !t.isEmpty()).toList();
  }

  private static boolean same(String e, String a) {
    if (e.equals(a)) {
      return true;
    }
    try {
      double x = Double.parseDouble(e.replace("%", ""));
      double y = Double.parseDouble(a.replace("%", ""));
      return Math.abs(x - y) <= 1e-3 + 1e-6 * Math.abs(x);
    } catch (NumberFormatException ex) {
      return false;
    }
  }
}
