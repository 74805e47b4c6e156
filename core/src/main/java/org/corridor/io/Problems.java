package org.corridor.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Collects every problem found, so the user sees them all at once. A table that could not be read at all
 * (missing, unreadable, unusable header) is marked unavailable: its problems are listed first, and the
 * problems that would only follow from it (every reference into it reads "unknown ...") are counted
 * instead of listed.
 */
public final class Problems {
  /** The table each word of a reference's description ("node", "country or bloc") points into. */
  private static final Map<String, String> TABLE_OF = Map.ofEntries(Map.entry("source", "sources"),
      Map.entry("country", "countries"), Map.entry("bloc", "blocs"), Map.entry("commodity", "commodities"),
      Map.entry("passage", "passages"), Map.entry("node", "nodes"), Map.entry("link", "links"),
      Map.entry("corridor", "links"), Map.entry("supply", "supply"), Map.entry("demand", "demand"));

  private final List<Problem> all = new ArrayList<>();
  /** Unavailable tables, each with the problem that says why and how many follow-on problems were left out. */
  private final Map<String, Problem> unavailable = new LinkedHashMap<>();
  private final Map<String, Integer> suppressed = new LinkedHashMap<>();

  public void add(Problem p) {
    all.add(p);
  }

  public void error(String file, int line, String field, String value, String message) {
    all.add(Problem.error(file, line, field, value, message, null));
  }

  public void error(String file, int line, String field, String value, String message, String hint) {
    all.add(Problem.error(file, line, field, value, message, hint));
  }

  public void warning(String file, int line, String field, String value, String message, String hint) {
    all.add(Problem.warning(file, line, field, value, message, hint));
  }

  /** Marks {@code table} as unreadable because of {@code cause}, which is recorded. */
  void unavailable(String table, Problem cause) {
    unavailable(table, List.of(cause));
  }

  /** Marks {@code table} as unreadable because of {@code causes} (at least one error), which are recorded. */
  void unavailable(String table, List<Problem> causes) {
    all.addAll(causes);
    causes.stream().filter(Problem::isError).findFirst().ifPresent(p -> unavailable.putIfAbsent(table, p));
  }

  /** Whether any of {@code tables} could not be read. */
  boolean isUnavailable(String... tables) {
    for (String t : tables) {
      if (unavailable.containsKey(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True, and counted, when a reference to a {@code what} ("node", "country or bloc") cannot be checked
   * because a table it points into could not be read: the caller then reports nothing.
   */
  boolean skipsReference(String what) {
    for (String word : what.split(" or ")) {
      String table = TABLE_OF.get(word.strip());
      if (table != null && unavailable.containsKey(table)) {
        suppressed.merge(table, 1, Integer::sum);
        return true;
      }
    }
    return false;
  }

  public int errorCount() {
    return (int) all.stream().filter(Problem::isError).count();
  }

  public boolean hasErrors() {
    return all.stream().anyMatch(Problem::isError);
  }

  /** Every problem: those of unreadable tables first, then by file and line. */
  public List<Problem> list() {
    List<Problem> first = new ArrayList<>();
    List<String> blockedFiles = new ArrayList<>();
    unavailable.forEach((table, cause) -> {
      blockedFiles.add(cause.file());
      Integer n = suppressed.get(table);
      first.add(n == null ? cause : new Problem(cause.severity(), cause.file(), cause.line(), cause.field(),
          cause.value(), cause.message(), (cause.hint() == null ? "" : cause.hint() + "; ") + n + " follow-on "
          + (n == 1 ? "problem" : "problems") + " (references to " + table + ") not listed"));
    });
    List<Problem> out = new ArrayList<>();
    for (String file : blockedFiles) {
      for (Problem p : first) {
        if (p.file().equals(file)) {
          out.add(p);
        }
      }
      all.stream().filter(p -> p.file().equals(file) && !unavailable.containsValue(p))
          .sorted(Comparator.comparingInt(Problem::line)).forEach(out::add);
    }
    all.stream().filter(p -> !blockedFiles.contains(p.file()))
        .sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)).forEach(out::add);
    return out;
  }

  /**
   * "did you mean `X`?" for the closest known id (case-insensitive match first, then edit distance ≤ 2),
   * or null.
   */
  public static String didYouMean(String value, Collection<String> known) {
    String best = closest(value, known);
    return best == null ? null : "did you mean `" + best + "`?";
  }

  /** The known name {@link #didYouMean} suggests, or null; null values and names are skipped. */
  static String closest(String value, Collection<String> known) {
    if (value == null || value.isBlank() || known == null) {
      return null;
    }
    for (String k : known) {
      if (k != null && k.equalsIgnoreCase(value)) {
        return k;
      }
    }
    String best = null;
    int bestDistance = 3;
    String v = value.toLowerCase(Locale.ROOT);
    for (String k : known) {
      if (k == null || k.isBlank()) {
        continue;
      }
      int d = distance(v, k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    return best;
  }

  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
