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

  /** Parses a sources cell: {@code id; id; estimate: free text}. Everything after "estimate:" is reasoning. */
  public static SourceRef parse(String cell) {
    if (cell == null) {
      return new SourceRef(List.of(), null);
    }
    String text = cell.strip();
    String estimate = null;
    int at = text.toLowerCase(java.util.Locale.ROOT).indexOf("estimate:");
    if (at >= 0) {
      estimate = text.substring(at + "estimate:".length()).strip();
      text = text.substring(0, at);
    }
    List<String> ids = java.util.Arrays.stream(text.split("[;,]"))
        .map(String::strip).filter(s -> !s.isEmpty()).toList();
    return new SourceRef(ids, estimate);
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
