package org.corridor.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.corridor.fuzz.Recipe.Op;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Seeded mutations of a data set folder. {@link #random} chooses operations with a {@link Random} and
 * applies each one through {@link #applyOp} as it goes, so later choices see earlier changes; the recipe it
 * returns holds every parameter, and {@link #replay} gives the same bytes without the random generator.
 */
public final class Mutator {
  static final String[] EDGE_VALUES = {"", "-1", "0", "1e20", "NaN", "0x1p3", "5d", "0001-01-01", "28.11.2024",
      "Ä", "-X", "X;Y", "=HYPERLINK(\"x\")", "<!--<script>", "Infinity", "-0", "1e-320", "9999-12-31", " ", "yes"};
  static final String[] YAML_VALUES = {"\"text\"", "-1", "0", "1e400", ".nan", "[1, 2]", "{a: b}", "true", "null",
      "2025-13-45", "''", "-0.5", "[]", "{}", "\"2025-02-30\""};
  static final String[] LEVELS = {"byte", "cell", "row", "file", "yaml"};

  private final Bases bases;

  public Mutator(Bases bases) {
    this.bases = bases;
  }

  /** Copies {@code base} into {@code dir} and applies one to three random operations chosen from {@code seed}. */
  public Recipe random(String base, long seed, Path dir) {
    bases.materialise(base, dir);
    Random rnd = new Random(seed);
    int n = 1 + rnd.nextInt(3);
    List<Op> ops = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Op op = choose(rnd, dir);
      if (op != null) {
        applyOp(op, dir);
        ops.add(op);
      }
    }
    return new Recipe(base, seed, Recipe.Mode.CLI, ops, null);
  }

  /** Rebuilds the mutant of {@code r} in the empty or absent folder {@code dir}. */
  public void replay(Recipe r, Path dir) {
    bases.materialise(r.base(), dir);
    r.ops().forEach(op -> applyOp(op, dir));
  }

  // ---- choosing ----

  private Op choose(Random rnd, Path dir) {
    List<String> files = regularFiles(dir);
    if (files.isEmpty()) {
      return null;
    }
    List<String> csv = files.stream().filter(f -> f.endsWith(".csv")).toList();
    List<String> yaml = files.stream().filter(f -> f.endsWith(".yaml")).toList();
    String level = LEVELS[rnd.nextInt(LEVELS.length)];
    if (level.equals("cell") || level.equals("row")) {
      if (csv.isEmpty()) {
        level = "byte";
      }
    } else if (level.equals("yaml") && yaml.isEmpty()) {
      level = "file";
    }
    return switch (level) {
      case "byte" -> chooseByte(rnd, dir, pick(rnd, files));
      case "cell" -> chooseCell(rnd, dir, pick(rnd, csv));
      case "row" -> chooseRow(rnd, dir, pick(rnd, csv));
      case "file" -> chooseFile(rnd, dir, pick(rnd, files));
      default -> chooseYaml(rnd, dir, pick(rnd, yaml), yaml);
    };
  }

  private Op chooseByte(Random rnd, Path dir, String f) {
    int size = bytes(dir.resolve(f)).length;
    int at = size == 0 ? 0 : rnd.nextInt(size + 1);
    return switch (rnd.nextInt(7)) {
      case 0 -> Op.of("byte.flip", "flip", f, Math.min(at, Math.max(0, size - 1)), 1 << rnd.nextInt(8));
      case 1 -> Op.of("byte.insert", "insert", f, at, hex(randomBytes(rnd, 1 + rnd.nextInt(8))));
      case 2 -> Op.of("byte.delete", "delete", f, Math.min(at, size), 1 + rnd.nextInt(16));
      case 3 -> Op.of("byte.bom", "insert", f, 0, "efbbbf");
      case 4 -> Op.of("byte.invalid-utf8", "insert", f, at, pick(rnd, new String[] {"c328", "ff", "fe", "e282", "f8a1a1a1a1", "c0af"}));
      case 5 -> Op.of("byte.control", "insert", f, at,
          hex(pick(rnd, new String[] {"\u0000", "\u0007", "\r", "\u001b[31m", "\u001b]0;x\u0007", "\u2028", "\t", "\u000c"})
              .getBytes(StandardCharsets.UTF_8)));
      default -> Op.of("byte.emoji", "insert", f, at, hex("😀🇰🇿".repeat(1 + rnd.nextInt(2000)).getBytes(StandardCharsets.UTF_8)));
    };
  }

  private Op chooseCell(Random rnd, Path dir, String f) {
    List<String> lines = lines(dir.resolve(f));
    int line = lines.size() <= 1 ? 0 : 1 + rnd.nextInt(lines.size() - 1);
    int cols = fields(lines.isEmpty() ? "" : lines.get(line)).size();
    String v = rnd.nextInt(10) == 0 ? "x".repeat(100_000) : pick(rnd, EDGE_VALUES);
    return Op.of(v.length() > 1000 ? "cell.long" : "cell.edge", "cell", f, line + 1, rnd.nextInt(Math.max(1, cols)), v);
  }

  private Op chooseRow(Random rnd, Path dir, String f) {
    List<String> lines = lines(dir.resolve(f));
    int n = Math.max(1, lines.size());
    int a = 1 + rnd.nextInt(n);
    int b = 1 + rnd.nextInt(n);
    int cols = fields(lines.isEmpty() ? "" : lines.get(0)).size();
    return switch (rnd.nextInt(8)) {
      case 0 -> Op.of("row.duplicate", "dup-row", f, a);
      case 1 -> Op.of("row.delete", "del-row", f, a);
      case 2 -> Op.of("row.swap", "swap-rows", f, a, b);
      case 3 -> Op.of("row.truncate", "truncate-row", f, a, rnd.nextInt(40));
      case 4 -> Op.of("row.header-comma", "header-comma", f);
      case 5 -> Op.of("row.header-rename", "header-rename", f, rnd.nextInt(Math.max(1, cols)),
          pick(rnd, new String[] {"ID", "id ", "", "id", "sources", "Capacity", "x"}));
      case 6 -> Op.of("row.header-shift", "header-shift", f, rnd.nextInt(Math.max(1, cols)));
      default -> Op.of("row.semicolon", "semicolon", f);
    };
  }

  private Op chooseFile(Random rnd, Path dir, String f) {
    String name = f.substring(f.lastIndexOf('/') + 1);
    return switch (rnd.nextInt(7)) {
      case 0 -> Op.of("file.delete", "delete-file", f);
      case 1 -> Op.of("file.empty", "empty-file", f);
      case 2 -> Op.of("file.symlink-outside", "symlink-outside", f);
      case 3 -> Op.of("file.symlink-devzero", "symlink", f, "/dev/zero");
      case 4 -> Op.of("file.fifo", "fifo", f);
      default -> {
        String stem = name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name;
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        String to = ext.equals("yaml") && rnd.nextBoolean() ? stem + ".yml" : (stem + "." + ext).toUpperCase(java.util.Locale.ROOT);
        yield Op.of("file.rename", "rename", f, f.substring(0, f.length() - name.length()) + to);
      }
    };
  }

  private Op chooseYaml(Random rnd, Path dir, String f, List<String> yamlFiles) {
    Object tree = loadYaml(dir.resolve(f));
    List<String> paths = new ArrayList<>();
    walk(tree, "", paths);
    List<String> scenarios = yamlFiles.stream().filter(y -> y.startsWith("scenarios/")).toList();
    int k = rnd.nextInt(6);
    if (paths.isEmpty() && k < 3) {
      k = 3;
    }
    switch (k) {
      case 0:
        return Op.of("yaml.drop-key", "ydrop", f, pick(rnd, paths));
      case 1:
        return Op.of("yaml.retype", "yset", f, pick(rnd, paths), pick(rnd, YAML_VALUES));
      case 2:
        return Op.of("yaml.nest", "ynest", f, pick(rnd, paths), pick(rnd, new Integer[] {3, 60, 2000}));
      case 3:
        if (!scenarios.isEmpty()) {
          String s = pick(rnd, scenarios);
          return Op.of("yaml.dup-scenario", "copy", s, s.replace(".yaml", "-copy.yaml"));
        }
        return Op.of("yaml.nest", "ynest", f, "", 2000);
      case 4:
        if (scenarios.size() >= 1) {
          // Pointing a scenario at itself or at a scenario that extends it closes a cycle.
          String s = pick(rnd, scenarios);
          String target = rnd.nextBoolean() ? scenarioName(dir, s) : scenarioName(dir, pick(rnd, scenarios));
          return Op.of("yaml.extends-cycle", "yset", s, "extends", "\"" + target + "\"");
        }
        return Op.of("yaml.drop-key", "ydrop", f, paths.isEmpty() ? "" : pick(rnd, paths));
      default: {
        List<String> deltas = paths.stream().filter(p -> p.endsWith("/cost_delta") || p.equals("cost_delta")).toList();
        String p = !deltas.isEmpty() ? pick(rnd, deltas)
            : tree instanceof List<?> l && !l.isEmpty() ? rnd.nextInt(l.size()) + "/cost_delta" : "cost_delta";
        return Op.of("yaml.negative-cost", "yset", f, p, pick(rnd, new String[] {"-0.01", "-1e9", "-1"}));
      }
    }
  }

  private static String scenarioName(Path dir, String file) {
    Object t = loadYaml(dir.resolve(file));
    if (t instanceof Map<?, ?> m && m.get("name") != null) {
      return String.valueOf(m.get("name"));
    }
    String n = file.substring(file.lastIndexOf('/') + 1);
    return n.substring(0, n.length() - ".yaml".length());
  }

  // ---- applying ----

  /** Applies one operation; an operation on a file that is missing or no longer a regular file does nothing. */
  public static void applyOp(Op op, Path dir) {
    Path f = dir.resolve(op.file());
    List<String> a = op.args();
    try {
      switch (op.action()) {
        case "delete-file" -> Files.deleteIfExists(f);
        case "empty-file" -> {
          if (regular(f)) {
            Files.write(f, new byte[0]);
          }
        }
        case "symlink-outside" -> {
          if (regular(f)) {
            Path outside = dir.toAbsolutePath().getParent().resolve(dir.getFileName() + "-outside-" + f.getFileName());
            Files.copy(f, outside, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            Files.delete(f);
            Files.createSymbolicLink(f, outside);
          }
        }
        case "symlink" -> {
          Files.deleteIfExists(f);
          Files.createSymbolicLink(f, Path.of(a.get(0)));
        }
        case "fifo" -> {
          Files.deleteIfExists(f);
          Process p = new ProcessBuilder("mkfifo", f.toString()).inheritIO().start();
          if (p.waitFor() != 0) {
            throw new IOException("mkfifo failed for " + f);
          }
        }
        case "rename" -> {
          if (Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
            Files.move(f, dir.resolve(a.get(0)));
          }
        }
        case "copy" -> {
          if (regular(f)) {
            Files.copy(f, dir.resolve(a.get(0)), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
          }
        }
        case "flip", "insert", "delete" -> {
          if (regular(f)) {
            Files.write(f, bytesOp(op.action(), bytes(f), a));
          }
        }
        case "cell", "dup-row", "del-row", "swap-rows", "truncate-row", "header-comma", "header-rename",
            "header-shift", "semicolon" -> {
          if (regular(f)) {
            Files.write(f, utf8(String.join("\n", rowOp(op.action(), lines(f), a))));
          }
        }
        case "ydrop", "yset", "ynest" -> {
          if (regular(f)) {
            Files.write(f, utf8(yamlOp(op.action(), loadYaml(f), a)));
          }
        }
        default -> throw new IllegalArgumentException("unknown action " + op.action());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bytesOp(String action, byte[] b, List<String> a) {
    int at = Math.min(Integer.parseInt(a.get(0)), b.length);
    switch (action) {
      case "flip" -> {
        if (b.length > 0) {
          b[Math.min(at, b.length - 1)] ^= (byte) Integer.parseInt(a.get(1));
        }
        return b;
      }
      case "insert" -> {
        byte[] ins = HexFormat.of().parseHex(a.get(1));
        byte[] r = new byte[b.length + ins.length];
        System.arraycopy(b, 0, r, 0, at);
        System.arraycopy(ins, 0, r, at, ins.length);
        System.arraycopy(b, at, r, at + ins.length, b.length - at);
        return r;
      }
      default -> {
        int len = Math.min(Integer.parseInt(a.get(1)), b.length - at);
        byte[] r = new byte[b.length - len];
        System.arraycopy(b, 0, r, 0, at);
        System.arraycopy(b, at + len, r, at, b.length - at - len);
        return r;
      }
    }
  }

  /** Row operations on physical lines; line numbers are 1-based and clamp to the file. */
  private static List<String> rowOp(String action, List<String> lines, List<String> a) {
    List<String> l = new ArrayList<>(lines);
    if (l.isEmpty()) {
      l.add("");
    }
    java.util.function.IntUnaryOperator clamp = i -> Math.max(0, Math.min(i - 1, l.size() - 1));
    switch (action) {
      case "cell" -> {
        int i = clamp.applyAsInt(Integer.parseInt(a.get(0)));
        List<String> cells = fields(l.get(i));
        int c = Math.min(Integer.parseInt(a.get(1)), cells.size() - 1);
        cells.set(c, quote(a.get(2)));
        l.set(i, String.join(",", cells));
      }
      case "dup-row" -> {
        int i = clamp.applyAsInt(Integer.parseInt(a.get(0)));
        l.add(i, l.get(i));
      }
      case "del-row" -> l.remove(clamp.applyAsInt(Integer.parseInt(a.get(0))));
      case "swap-rows" -> java.util.Collections.swap(l, clamp.applyAsInt(Integer.parseInt(a.get(0))),
          clamp.applyAsInt(Integer.parseInt(a.get(1))));
      case "truncate-row" -> {
        int i = clamp.applyAsInt(Integer.parseInt(a.get(0)));
        l.set(i, l.get(i).substring(0, Math.min(Integer.parseInt(a.get(1)), l.get(i).length())));
      }
      case "header-comma" -> l.set(0, l.get(0) + ",");
      case "header-rename", "header-shift" -> {
        List<String> cells = fields(l.get(0));
        int c = Math.min(Integer.parseInt(a.get(0)), cells.size() - 1);
        if (action.equals("header-rename")) {
          cells.set(c, a.get(1));
        } else {
          cells.remove(c); // every later column now names its left neighbour's data
        }
        l.set(0, String.join(",", cells));
      }
      default -> l.replaceAll(s -> String.join(";", fields(s)));
    }
    return l;
  }

  private static String yamlOp(String action, Object tree, List<String> a) {
    String path = a.get(0);
    String placeholder = "__corridor_fuzz_nest__";
    Object value = switch (action) {
      case "yset" -> new Load(LoadSettings.builder().build()).loadFromString(a.get(1));
      case "ynest" -> placeholder;
      default -> null;
    };
    tree = edit(tree, path.isEmpty() ? List.of() : List.of(path.split("/")), action.equals("ydrop"), value);
    String text = tree == null ? "" : new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).build()).dumpToString(tree);
    if (action.equals("ynest")) {
      // Written as text: dumping a deep tree would recurse as deep as the nesting.
      int depth = Integer.parseInt(a.get(1));
      text = text.replace(placeholder, "[".repeat(depth) + "1" + "]".repeat(depth));
    }
    return text;
  }

  /** Returns the tree with the node at {@code path} removed or replaced; missing steps are created for a set. */
  @SuppressWarnings("unchecked")
  private static Object edit(Object tree, List<String> path, boolean drop, Object value) {
    if (path.isEmpty()) {
      return drop ? null : value;
    }
    String key = path.get(0);
    List<String> rest = path.subList(1, path.size());
    if (tree instanceof List<?> list && key.matches("\\d+") && Integer.parseInt(key) < list.size()) {
      List<Object> l = new ArrayList<>(list);
      int i = Integer.parseInt(key);
      if (drop && rest.isEmpty()) {
        l.remove(i);
      } else {
        l.set(i, edit(l.get(i), rest, drop, value));
      }
      return l;
    }
    Map<Object, Object> m = tree instanceof Map<?, ?> map ? new LinkedHashMap<>((Map<Object, Object>) map) : new LinkedHashMap<>();
    if (!(tree instanceof Map<?, ?>) && drop) {
      return tree;
    }
    if (drop && rest.isEmpty()) {
      m.remove(key);
    } else {
      m.put(key, edit(m.get(key), rest, drop, value));
    }
    return m;
  }

  private static void walk(Object t, String prefix, List<String> out) {
    if (t instanceof Map<?, ?> m) {
      m.forEach((k, v) -> {
        String p = prefix.isEmpty() ? String.valueOf(k) : prefix + "/" + k;
        out.add(p);
        walk(v, p, out);
      });
    } else if (t instanceof List<?> l) {
      for (int i = 0; i < l.size(); i++) {
        String p = prefix.isEmpty() ? String.valueOf(i) : prefix + "/" + i;
        out.add(p);
        walk(l.get(i), p, out);
      }
    }
  }

  // ---- helpers ----

  /**
   * UTF-8 bytes of a text that may hold half of a surrogate pair (a row cut inside an emoji): such a half
   * becomes `?`, as String.getBytes does, where Files.writeString would throw.
   */
  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static Object loadYaml(Path f) {
    try {
      return new Load(LoadSettings.builder().build()).loadFromString(new String(bytes(f), StandardCharsets.UTF_8));
    } catch (RuntimeException | StackOverflowError e) {
      // An earlier mutation may have broken the file, or nested it deeper than the YAML library's recursion
      // can construct (the library has no depth limit): YAML operations then start from nothing.
      return null;
    }
  }

  /** Splits a CSV line on commas outside double quotes, keeping quotes in the cells. */
  static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == ',' && !quoted) {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }

  private static String quote(String v) {
    return v.contains(",") || v.contains("\"") || v.contains("\n") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
  }

  static List<String> lines(Path f) {
    return List.of(new String(bytes(f), StandardCharsets.UTF_8).split("\n", -1));
  }

  static byte[] bytes(Path f) {
    try {
      return regular(f) ? Files.readAllBytes(f) : new byte[0];
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean regular(Path f) {
    return Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS);
  }

  /** Regular files only, sorted: symlinks and FIFOs made by earlier operations are never read here. */
  static List<String> regularFiles(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Mutator::regular).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] randomBytes(Random rnd, int n) {
    byte[] b = new byte[n];
    rnd.nextBytes(b);
    return b;
  }

  private static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }

  private static <T> T pick(Random rnd, List<T> l) {
    return l.get(rnd.nextInt(l.size()));
  }

  private static <T> T pick(Random rnd, T[] l) {
    return l[rnd.nextInt(l.length)];
  }
}
