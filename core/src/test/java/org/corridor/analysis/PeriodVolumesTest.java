package org.corridor.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.corridor.solve.FlowResult;
import org.corridor.solve.LpStatus;
import org.junit.jupiter.api.Test;

/**
 * Integration of rates over sub-periods, checked against sums done by hand on a one-link network:
 * <pre>
 *   F(KZ) ──L── M(XW)      rate r_i on L in sub-period i
 * </pre>
 */
class PeriodVolumesTest {
  private static final LocalDate JAN1 = LocalDate.of(2025, 1, 1);
  private static final LocalDate DEC31 = LocalDate.of(2025, 12, 31);

  private static FlowResult rate(double r) {
    return new Tiny().node("F", "KZ").node("M", "XW").supply("F", "KZ", 100).flow("L", "F", "M", "KZ", r, 0, null)
        .deliver("M", "XW", "KZ", r).result();
  }

  @Test
  void aCalendarYearIsOneYearLeapOrNot() {
    assertThat(PeriodVolumes.years(JAN1, DEC31)).isEqualTo(1.0);
    assertThat(PeriodVolumes.years(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).isEqualTo(1.0);
    assertThat(PeriodVolumes.years(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29))).isEqualTo(1 / 366.0);
    // 31 days of 2024 (a leap year) and 31 of 2025: each divided by its own year's length.
    assertThat(PeriodVolumes.years(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 1, 31)))
        .isCloseTo(31 / 366.0 + 31 / 365.0, within(1e-15));
  }

  @Test
  void thePeriodIsCutBeforeEveryChangeDayInsideIt() {
    TreeSet<LocalDate> changes = new TreeSet<>(List.of(LocalDate.of(2024, 5, 1), JAN1, LocalDate.of(2025, 2, 17),
        LocalDate.of(2025, 2, 20), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1)));
    assertThat(PeriodVolumes.cut(JAN1, DEC31, changes)).containsExactly(
        new PeriodVolumes.SubPeriod(JAN1, LocalDate.of(2025, 2, 16)),
        new PeriodVolumes.SubPeriod(LocalDate.of(2025, 2, 17), LocalDate.of(2025, 2, 19)),
        new PeriodVolumes.SubPeriod(LocalDate.of(2025, 2, 20), DEC31));
    assertThat(PeriodVolumes.cut(JAN1, DEC31, new TreeSet<>())).containsExactly(new PeriodVolumes.SubPeriod(JAN1, DEC31));
    assertThat(PeriodVolumes.cut(JAN1, JAN1, changes)).containsExactly(new PeriodVolumes.SubPeriod(JAN1, JAN1));
  }

  @Test
  void aThreeDayOutageCountsItsThreeDaysAtItsOwnRate() {
    // 60 Mt/yr except 17–19 Feb at 12 Mt/yr: 60·362/365 + 12·3/365 = 21,864/365 = 59.9014 Mt.
    var parts = PeriodVolumes.cut(JAN1, DEC31, new TreeSet<>(List.of(LocalDate.of(2025, 2, 17), LocalDate.of(2025, 2, 20))));
    var r = PeriodVolumes.of("test", JAN1, DEC31, parts, List.of(rate(60), rate(12), rate(60)));
    assertThat(r.status()).isEqualTo("optimal");
    assertThat(r.parts()).extracting(PeriodVolumes.Part::days).containsExactly(47L, 3L, 315L);
    PeriodVolumes.Flow l = r.flows().get(0);
    assertThat(l.volume()).isCloseTo((60 * 362 + 12 * 3) / 365.0, within(1e-12));
    assertThat(l.rate()).isCloseTo(l.volume(), within(1e-12)).as("a year's mean rate is its volume");
    assertThat(l.volumeUnit()).isEqualTo("Mt");
    assertThat(l.unit()).isEqualTo("Mt/yr");
    assertThat(l.days()).isEqualTo(365);
    // 60 − 59.9014 = 0.3945 Mt lost over 3 days: 48 Mt/yr × 3/365.
    assertThat(60 - l.volume()).isCloseTo(48 * 3 / 365.0, within(1e-12));
  }

  @Test
  void aPeriodOfMonthsHasAMeanRatePerYearOfItsOwnLength() {
    // February 2024 (29 days, leap) at 10 Mt/yr then March at 20: volume 10·29/366 + 20·31/366; mean over 60/366 yr.
    LocalDate from = LocalDate.of(2024, 2, 1);
    LocalDate to = LocalDate.of(2024, 3, 31);
    var parts = PeriodVolumes.cut(from, to, new TreeSet<>(List.of(LocalDate.of(2024, 3, 1))));
    var r = PeriodVolumes.of("test", from, to, parts, List.of(rate(10), rate(20)));
    double volume = (10 * 29 + 20 * 31) / 366.0;
    assertThat(r.flows().get(0).volume()).isCloseTo(volume, within(1e-12));
    assertThat(r.flows().get(0).rate()).isCloseTo(volume / (60 / 366.0), within(1e-12));
    assertThat(r.deliveries().get(0).volume()).isCloseTo(volume, within(1e-12));
    assertThat(r.stranded().get(0).available()).isCloseTo(100 * 60 / 366.0, within(1e-12));
    // The hand-made solution uses all its supply: nothing is stranded.
    assertThat(r.stranded().get(0).used()).isCloseTo(100 * 60 / 366.0, within(1e-12));
    assertThat(r.stranded().get(0).stranded()).isZero();
  }

  @Test
  void aSubPeriodThatDidNotSolveLeavesTheWholePeriodWithoutNumbers() {
    var parts = PeriodVolumes.cut(JAN1, DEC31, new TreeSet<>(List.of(LocalDate.of(2025, 7, 1))));
    FlowResult ok = rate(60);
    FlowResult failed = new FlowResult(ok.snapshot(), LpStatus.INFEASIBLE, Double.NaN, List.of(), List.of(), List.of(),
        List.of(), List.of(), 0, 0, "hand", "");
    var r = PeriodVolumes.of("test", JAN1, DEC31, parts, List.of(ok, failed));
    assertThat(r.isOptimal()).isFalse();
    assertThat(r.status()).isEqualTo("infeasible");
    assertThat(r.parts()).extracting(PeriodVolumes.Part::status).containsExactly("optimal", "infeasible");
    assertThat(r.flows()).isNotEmpty().allSatisfy(f -> {
      assertThat(f.status()).isEqualTo("infeasible");
      assertThat(f.volume()).isNaN();
      assertThat(f.rate()).isNaN();
    });
    assertThat(r.welfare()).allSatisfy(w -> assertThat(w.welfare()).isNaN());
  }
}
