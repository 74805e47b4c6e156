package org.corridor.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {
  @Test
  void aYearIsItsDaysBothEndsIncluded() {
    Period p = Period.parse("2025", "--period");
    assertThat(p).isEqualTo(new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
    assertThat(p.days()).isEqualTo(365);
    assertThat(Period.parse("2024", "--period").days()).isEqualTo(366);
    assertThat(p).hasToString("2025");
  }

  @Test
  void aMonthEndsOnItsLastDayLeapYearsIncluded() {
    assertThat(Period.parse("2024-02", "--period"))
        .isEqualTo(new Period(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
    assertThat(Period.parse("2025-02", "--period").days()).isEqualTo(28);
    assertThat(Period.parse("2025-02", "--period")).hasToString("2025-02");
  }

  @Test
  void aRangeKeepsBothEnds() {
    Period p = Period.parse(" 2025-01-01..2025-06-30 ", "--period");
    assertThat(p).isEqualTo(new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)));
    assertThat(p.days()).isEqualTo(181);
    assertThat(p).hasToString("2025-01-01..2025-06-30");
    assertThat(Period.parse("2025-02-17..2025-02-17", "--period").days()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "25", "2025-13", "2025-2", "2025-02-30..2025-03-01", "2025-01-01..", "..2025-01-01",
      "2025-01-01..2025-02-01..2025-03-01", "next year", "1899", "2201-01", "2025-01-01/2025-02-01"})
  void badTextIsABadRequestNamingTheOptionAndTheForms(String text) {
    assertThatThrownBy(() -> Period.parse(text, "--period"))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("`" + text + "` is not a period for --period")
        .hasMessageContaining("2025-01-01..2025-06-30")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aRangeThatEndsBeforeItStartsSaysSo() {
    assertThatThrownBy(() -> Period.parse("2025-06-30..2025-01-01", "--period"))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("ends before it starts");
  }
}
