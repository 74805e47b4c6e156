package org.corridor.io;

import org.corridor.text.TerminalText;

/**
 * One thing wrong with the input, located precisely enough to fix it.
 *
 * @param line 1-based line in {@code file}, or 0 when the problem is about the whole file
 * @param field the column or YAML key, or {@code null}
 * @param hint a likely fix ("did you mean `ATYRAU`?"), or {@code null}
 */
public record Problem(Severity severity, String file, int line, String field, String value, String message,
    String hint) {
  public enum Severity { ERROR, WARNING }

  public static Problem error(String file, int line, String field, String value, String message, String hint) {
    return new Problem(Severity.ERROR, file, line, field, value, message, hint);
  }

  public static Problem warning(String file, int line, String field, String value, String message, String hint) {
    return new Problem(Severity.WARNING, file, line, field, value, message, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  public Problem asError() {
    return new Problem(Severity.ERROR, file, line, field, value, message, hint);
  }

  /**
   * {@code links.csv:12: from: unknown node `atyrau`; did you mean `ATYRAU`?}, or, for a problem with a whole
   * file (missing, unreadable, not a regular file), {@code links.csv (whole file): file is missing; ...}; on
   * one line, with control characters from the data written as visible escapes ({@link TerminalText#visible}),
   * as a terminal shows it.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(file);
    sb.append(line > 0 ? ":" + line : " (whole file)");
    sb.append(": ");
    if (field != null) {
      sb.append(field).append(": ");
    }
    sb.append(message);
    if (hint != null) {
      sb.append("; ").append(hint);
    }
    return TerminalText.visible(sb.toString());
  }
}
