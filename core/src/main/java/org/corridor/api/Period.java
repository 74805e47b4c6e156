package org.corridor.api;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * A span of days, both ends included, over which rates are integrated into volumes. Written as a year
 * ({@code 2025}), a month ({@code 2025-02}) or a range ({@code 2025-01-01..2025-06-30}).
 */
public record Period(LocalDate from, LocalDate to) {
  /** The date window of the data format: a period outside it could not hold a dated value. */
  static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
  static final LocalDate LAST = LocalDate.of(2200, 12, 31);

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

  public Period {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("a period ends (" + to + ") before it starts (" + from + ")");
    }
  }

  /**
   * Parses a period given to {@code option}; anything else is a {@link BadRequestException} of one line that
   * names the option and shows the three forms.
   */
  public static Period parse(String text, String option) {
    String t = text == null ? "" : text.strip();
    Period p;
    try {
      if (YEAR.matcher(t).matches()) {
        Year y = Year.parse(t);
        p = new Period(y.atDay(1), y.atMonth(12).atEndOfMonth());
      } else if (MONTH.matcher(t).matches()) {
        YearMonth m = YearMonth.parse(t);
        p = new Period(m.atDay(1), m.atEndOfMonth());
      } else if (t.contains("..")) {
        String[] ends = t.split("\\.\\.", -1);
        if (ends.length != 2) {
          throw bad(text, option, "");
        }
        LocalDate from = LocalDate.parse(ends[0].strip());
        LocalDate to = LocalDate.parse(ends[1].strip());
        if (to.isBefore(from)) {
          throw bad(text, option, ": it ends before it starts");
        }
        p = new Period(from, to);
      } else {
        throw bad(text, option, "");
      }
    } catch (DateTimeParseException e) {
      throw bad(text, option, "");
    }
    if (p.from().isBefore(FIRST) || p.to().isAfter(LAST)) {
      throw bad(text, option, ": it must lie between " + FIRST + " and " + LAST);
    }
    return p;
  }

  private static BadRequestException bad(String text, String option, String why) {
    return new BadRequestException("`" + text + "` is not a period for " + option + why
        + ". Maybe write a year (2025), a month (2025-02) or a range (2025-01-01..2025-06-30).");
  }

  /** Days in the period, both ends counted. */
  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

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
