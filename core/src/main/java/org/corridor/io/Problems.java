package org.corridor.io;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Collects every problem found, so the user sees them all at once. */
public final class Problems {
  private final List<Problem> all = new ArrayList<>();

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

  public int errorCount() {
    return (int) all.stream().filter(Problem::isError).count();
  }

  public boolean hasErrors() {
    return all.stream().anyMatch(Problem::isError);
  }

  public List<Problem> list() {
    return all.stream()
        .sorted(Comparator.comparing(Problem::file).thenComparingInt(Problem::line))
        .toList();
  }

  /**
   * "did you mean `X`?" for the closest known id (case-insensitive match first, then edit distance ≤ 2),
   * or null.
   */
  public static String didYouMean(String value, Collection<String> known) {
    if (value == null) {
      return null;
    }
    for (String k : known) {
      if (k.equalsIgnoreCase(value)) {
        return "did you mean `" + k + "`?";
      }
    }
    String best = null;
    int bestDistance = 3;
    String v = value.toLowerCase(Locale.ROOT);
    for (String k : known) {
      int d = distance(v, k.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = k;
      }
    }
    return best == null ? null : "did you mean `" + best + "`?";
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
