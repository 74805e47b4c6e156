package org.corridor.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A writable copy of the example data set, for planting errors in. */
public final class ExampleCopy {
  public static final Path EXAMPLE = Path.of("../data/examples/steppe");
  /** Two illustrative risk events on the example's CPC link, for the risk tests of every module. */
  public static final String CPC_RISKS = """
      events:
        - id: CPC_HALT
          kind: outage
          link: CPC
          rate: 0.5
          duration: {shape: uniform, min_days: 5, max_days: 40}
          sources: "estimate: illustrative"
        - id: CPC_CUT
          kind: capacity_cut
          link: CPC
          factor: 0.5
          probability: 0.3
          duration: {shape: lognormal, median_days: 20, sigma: 0.8}
          sources: "estimate: illustrative"
      """;

  private final Path dir;

  private ExampleCopy(Path dir) {
    this.dir = dir;
  }

  public static ExampleCopy in(Path tmp) {
    try (Stream<Path> files = Files.walk(EXAMPLE)) {
      for (Path p : files.toList()) {
        Path target = tmp.resolve(EXAMPLE.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ExampleCopy(tmp);
  }

  public Path dir() {
    return dir;
  }

  /** Replaces the first occurrence of {@code from} in {@code file}; fails if it is not there. */
  public ExampleCopy replace(String file, String from, String to) {
    String text = read(file);
    if (!text.contains(from)) {
      throw new IllegalArgumentException(file + " does not contain " + from);
    }
    return write(file, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
  }

  public ExampleCopy append(String file, String text) {
    return write(file, read(file) + text);
  }

  public String read(String file) {
    try {
      return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public ExampleCopy write(String file, String text) {
    try {
      Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  public ExampleCopy delete(String file) {
    try {
      Files.delete(dir.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }
}
