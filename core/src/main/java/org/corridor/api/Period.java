package org.corridor.api;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.corridor.model.DaySpan;

/**
 * A span of days, both ends included, over which rates are integrated into volumes. Written as a year
 * ({@code 2025}), a month ({@code 2025-02}) or a range ({@code 2025-01-01..2025-06-30}), read by {@link DaySpan}.
 */
public record Period(LocalDate from, LocalDate to) {
  /** The date window of the data format: a period outside it could not hold a dated value. */
  static final LocalDate FIRST = DaySpan.FIRST;
  static final LocalDate LAST = DaySpan.LAST;

  public Period {
    new DaySpan(from, to);
  }

  /**
   * Parses a period given to {@code option}; anything else is a {@link BadRequestException} of one line that
   * names the option and shows the three forms.
   */
  public static Period parse(String text, String option) {
    try {
      DaySpan s = DaySpan.parse(text);
      return new Period(s.from(), s.to());
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("`" + text + "` is not a period for " + option + e.getMessage() + ". Maybe write "
          + DaySpan.FORMS + ".");
    }
  }

  /** Days in the period, both ends counted. */
  public long days() {
    return ChronoUnit.DAYS.between(from, to) + 1;
  }

  @Override
  public String toString() {
    return new DaySpan(from, to).toString();
  }
}
