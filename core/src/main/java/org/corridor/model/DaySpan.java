package org.corridor.model;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * Days from {@code from} to {@code to}, both included, written as a year ({@code 2025}), a month ({@code 2025-02})
 * or a range ({@code 2025-01-01..2025-06-30}). The one reading of that text, for a claim's {@code period:} and
 * for the {@code --period} of a question ({@code api.Period}).
 */
public record DaySpan(LocalDate from, LocalDate to) {
  /** The date window of the data format: a span outside it could not hold a dated value. */
  public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
  public static final LocalDate LAST = LocalDate.of(2200, 12, 31);
  /** The three forms, for a message's "Maybe ..." line. */
  public static final String FORMS = "a year (2025), a month (2025-02) or a range (2025-01-01..2025-06-30)";

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  public DaySpan {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a period ends (" + to + ") before it starts (" + from + ")");
    }
  }

  /**
   * The span {@code text} writes. Anything else is an {@link IllegalArgumentException} whose message is the
   * reason, empty when the text is none of the three forms, else starting with {@code ": "}.
   */
  public static DaySpan parse(String text) {
    String t = text == null ? "" : text.strip();
    DaySpan p;
    try {
      if (YEAR.matcher(t).matches()) {
        Year y = Year.parse(t);
        p = new DaySpan(y.atDay(1), y.atMonth(12).atEndOfMonth());
      } else if (MONTH.matcher(t).matches()) {
        YearMonth m = YearMonth.parse(t);
        p = new DaySpan(m.atDay(1), m.atEndOfMonth());
      } else if (t.contains("..")) {
        String[] ends = t.split("\\.\\.", -1);
        if (ends.length != 2) {
          throw new IllegalArgumentException("");
        }
        LocalDate from = LocalDate.parse(ends[0].strip());
        LocalDate to = LocalDate.parse(ends[1].strip());
        if (to.isBefore(from)) {
          throw new IllegalArgumentException(": it ends before it starts");
        }
        p = new DaySpan(from, to);
      } else {
        throw new IllegalArgumentException("");
      }
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("");
    }
    if (p.from().isBefore(FIRST) || p.to().isAfter(LAST)) {
      throw new IllegalArgumentException(": it must lie between " + FIRST + " and " + LAST);
    }
    return p;
  }

  /** {@code 2025}, {@code 2025-02}, or {@code 2025-01-01..2025-06-30}: the shortest of the three forms. */
  @Override
  public String toString() {
    if (from.getDayOfMonth() == 1 && to.equals(from.plusMonths(1).minusDays(1))) {
      return YearMonth.from(from).toString();
    }
    if (from.getDayOfYear() == 1 && to.equals(from.plusYears(1).minusDays(1))) {
      return String.valueOf(from.getYear());
    }
    return from + ".." + to;
  }
}
