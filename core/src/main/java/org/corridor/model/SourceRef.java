package org.corridor.model;

import java.util.List;

/**
 * What a data row rests on: ids of rows in {@code sources.csv}, an estimate with its reasoning, or both.
 *
 * @param sourceIds ids of cited sources
 * @param estimate the reasoning of an estimate, or {@code null} when the row is fully sourced
 */
public record SourceRef(List<String> sourceIds, String estimate) {
  public SourceRef {
    sourceIds = List.copyOf(sourceIds);
  }

  public static SourceRef of(String... ids) {
    return new SourceRef(List.of(ids), null);
  }

  public static SourceRef estimate(String reasoning) {
    return new SourceRef(List.of(), reasoning);
  }

  public boolean isEmpty() {
    return sourceIds.isEmpty() && (estimate == null || estimate.isBlank());
  }

  /**
   * Parses a sources cell: {@code id; id; estimate: free text}. Everything after "estimate:" (in any case) is
   * reasoning; ids are separated by {@code ;} or {@code ,}. Read once per data row, so it scans the text by hand
   * instead of lower-casing it and splitting with a regular expression.
   */
  public static SourceRef parse(String cell) {
    if (cell == null) {
      return new SourceRef(List.of(), null);
    }
    String text = cell.strip();
    String estimate = null;
    int at = indexOfAsciiIgnoreCase(text, ESTIMATE);
    if (at >= 0) {
      estimate = text.substring(at + ESTIMATE.length()).strip();
      text = text.substring(0, at);
    }
    List<String> ids = new java.util.ArrayList<>(2);
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      if (i == text.length() || text.charAt(i) == ';' || text.charAt(i) == ',') {
        String id = text.substring(start, i).strip();
        if (!id.isEmpty()) {
          ids.add(id);
        }
        start = i + 1;
      }
    }
    return new SourceRef(ids, estimate);
  }

  private static final String ESTIMATE = "estimate:";

  /** Where {@code lower} (lower-case ASCII) first occurs in {@code text}, ASCII letters matched in any case. */
  private static int indexOfAsciiIgnoreCase(String text, String lower) {
    outer:
    for (int i = 0; i + lower.length() <= text.length(); i++) {
      for (int j = 0; j < lower.length(); j++) {
        char c = text.charAt(i + j);
        if (c >= 'A' && c <= 'Z') {
          c = (char) (c + ('a' - 'A'));
        }
        if (c != lower.charAt(j)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  @Override
  public String toString() {
    String ids = String.join("; ", sourceIds);
    if (estimate == null) {
      return ids;
    }
    return (ids.isEmpty() ? "" : ids + "; ") + "estimate: " + estimate;
  }
}
