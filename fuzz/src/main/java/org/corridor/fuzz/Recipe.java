package org.corridor.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A mutant, written down so it replays exactly: the base data set, the seed that chose the operations
 * (for the record only; replay reads the operations), and the operations with every parameter.
 *
 * <p>Text form, one item a line; {@code #} lines are comments:
 * <pre>
 * # found: internal-error: ...
 * base steppe
 * seed 42
 * mode cli
 * op cell.edge cell links.csv 3 6 NaN
 * </pre>
 * Arguments are URL-encoded, so values with spaces, control characters or emoji survive the line format.
 *
 * @param base {@code steppe}, {@code eurasia} or {@code synthetic:NODES:LINKS:COMMODITIES:COUNTRIES:SEED}
 */
public record Recipe(String base, long seed, Mode mode, List<Op> ops, String comment) {
  /** {@code cli}: validate and solve the mutant; {@code differential}: GLOP against CLP on a synthetic base. */
  public enum Mode { CLI, DIFFERENTIAL }

  public Recipe {
    ops = List.copyOf(ops);
    comment = comment == null ? "" : comment;
  }

  /**
   * One operation.
   *
   * @param label the mutation kind counted in summaries ({@code byte.flip}, {@code cell.edge}, ...)
   * @param action what {@link Mutator#apply} does
   * @param file the file it applies to, relative to the data set folder
   * @param args the action's parameters
   */
  public record Op(String label, String action, String file, List<String> args) {
    public Op {
      args = List.copyOf(args);
    }

    static Op of(String label, String action, String file, Object... args) {
      return new Op(label, action, file, Arrays.stream(args).map(String::valueOf).toList());
    }

    String level() {
      int dot = label.indexOf('.');
      return dot < 0 ? label : label.substring(0, dot);
    }

    String line() {
      StringBuilder sb = new StringBuilder("op ").append(label).append(' ').append(action).append(' ').append(enc(file));
      args.forEach(a -> sb.append(' ').append(enc(a)));
      return sb.toString();
    }
  }

  public Recipe withComment(String c) {
    return new Recipe(base, seed, mode, ops, c);
  }

  public String text() {
    StringBuilder sb = new StringBuilder();
    if (comment != null && !comment.isBlank()) {
      for (String l : comment.split("\n")) {
        sb.append("# ").append(l).append('\n');
      }
    }
    sb.append("base ").append(base).append('\n').append("seed ").append(seed).append('\n');
    sb.append("mode ").append(mode.name().toLowerCase(java.util.Locale.ROOT)).append('\n');
    ops.forEach(o -> sb.append(o.line()).append('\n'));
    return sb.toString();
  }

  public static Recipe parse(String text) {
    String base = null;
    long seed = 0;
    Mode mode = Mode.CLI;
    List<Op> ops = new ArrayList<>();
    StringBuilder comment = new StringBuilder();
    for (String raw : text.split("\n")) {
      String l = raw.strip();
      if (l.isEmpty()) {
        continue;
      }
      if (l.startsWith("#")) {
        comment.append(comment.length() == 0 ? "" : "\n").append(l.substring(1).strip());
        continue;
      }
      String[] w = l.split(" ");
      switch (w[0]) {
        case "base" -> base = w[1];
        case "seed" -> seed = Long.parseLong(w[1]);
        case "mode" -> mode = Mode.valueOf(w[1].toUpperCase(java.util.Locale.ROOT));
        case "op" -> {
          List<String> args = new ArrayList<>();
          for (int i = 4; i < w.length; i++) {
            args.add(dec(w[i]));
          }
          ops.add(new Op(w[1], w[2], dec(w[3]), args));
        }
        default -> throw new IllegalArgumentException("recipe line not understood: " + l);
      }
    }
    if (base == null) {
      throw new IllegalArgumentException("recipe has no base line");
    }
    return new Recipe(base, seed, mode, ops, comment.toString());
  }

  public static Recipe read(Path file) {
    try {
      return parse(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The labels of the operations, for per-kind counts. */
  public List<String> labels() {
    return ops.stream().map(Op::label).distinct().toList();
  }

  private static String enc(String s) {
    return s.isEmpty() ? "%" : URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String dec(String s) {
    return s.equals("%") ? "" : URLDecoder.decode(s, StandardCharsets.UTF_8);
  }
}
