package org.corridor.text;

/**
 * Text from a data set made safe to show on a terminal. A cell or a name may hold control characters
 * (an ESC sequence recolours, moves the cursor or rewrites the title; a carriage return overwrites the
 * line; bidirectional overrides reorder what is shown): each is replaced by a visible escape such as
 * {@code \u001b}, so what is printed is what the file says. Text tables and printed problems pass every
 * piece of data through {@link #visible}.
 */
public final class TerminalText {
  private TerminalText() {}

  /**
   * The text with every control character written as {@code \\uXXXX}: C0 (U+0000 to U+001F, tab and
   * newline included: one value is one line), DEL, C1 (U+0080 to U+009F), the Unicode line and paragraph
   * separators and the bidirectional marks, embeddings, overrides and isolates.
   */
  public static String visible(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isControl(c)) {
        if (out == null) {
          out = new StringBuilder(s.length() + 8).append(s, 0, i);
        }
        out.append(String.format("\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? s : out.toString();
  }

  /** Like {@link #visible}, but keeps newlines and tabs: for text of several lines, such as findings. */
  public static String visibleLines(String s) {
    if (s == null) {
      return null;
    }
    StringBuilder out = new StringBuilder(s.length());
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == '\n' || s.charAt(i) == '\t') {
        out.append(visible(s.substring(start, i)));
        if (i < s.length()) {
          out.append(s.charAt(i));
        }
        start = i + 1;
      }
    }
    return out.toString();
  }

  static boolean isControl(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0x061c || c == 0x200e
        || c == 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
  }
}
