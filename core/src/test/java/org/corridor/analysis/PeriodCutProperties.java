package org.corridor.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Cutting a period never loses or adds a day, and a constant rate integrates to rate × years however cut. */
class PeriodCutProperties {
  private static final LocalDate EPOCH = LocalDate.of(2020, 1, 1);

  @Property
  void subPeriodsTileThePeriodAndTheirYearsAddUp(@ForAll @IntRange(min = 0, max = 2000) int start,
      @ForAll @IntRange(min = 0, max = 800) int length,
      @ForAll @Size(max = 20) List<@IntRange(min = -100, max = 3000) Integer> changeDays) {
    LocalDate from = EPOCH.plusDays(start);
    LocalDate to = from.plusDays(length);
    TreeSet<LocalDate> changes = new TreeSet<>();
    changeDays.forEach(d -> changes.add(EPOCH.plusDays(d)));
    List<PeriodVolumes.SubPeriod> parts = PeriodVolumes.cut(from, to, changes);
    assertThat(parts.get(0).from()).isEqualTo(from);
    assertThat(parts.get(parts.size() - 1).to()).isEqualTo(to);
    for (int i = 1; i < parts.size(); i++) {
      assertThat(parts.get(i).from()).isEqualTo(parts.get(i - 1).to().plusDays(1));
      assertThat(changes).contains(parts.get(i).from());
    }
    assertThat(parts.stream().mapToLong(PeriodVolumes.SubPeriod::days).sum()).isEqualTo(length + 1);
    assertThat(parts.stream().mapToDouble(PeriodVolumes.SubPeriod::years).sum())
        .isCloseTo(PeriodVolumes.years(from, to), within(1e-12));
  }

  @Property
  void aConstantRateIsItsOwnMeanHoweverThePeriodIsCut(@ForAll @IntRange(min = 0, max = 2000) int start,
      @ForAll @IntRange(min = 0, max = 800) int length,
      @ForAll @Size(max = 6) List<@IntRange(min = 0, max = 3000) Integer> changeDays,
      @ForAll @IntRange(min = 1, max = 1000) int rate) {
    LocalDate from = EPOCH.plusDays(start);
    LocalDate to = from.plusDays(length);
    TreeSet<LocalDate> changes = new TreeSet<>();
    changeDays.forEach(d -> changes.add(EPOCH.plusDays(d)));
    List<PeriodVolumes.SubPeriod> parts = PeriodVolumes.cut(from, to, changes);
    var solved = parts.stream().map(p -> new Tiny().node("F", "KZ").node("M", "XW").supply("F", "KZ", 2000)
        .flow("L", "F", "M", "KZ", rate, 0, null).deliver("M", "XW", "KZ", rate).result()).toList();
    var r = PeriodVolumes.of("test", from, to, parts, solved);
    assertThat(r.flows().get(0).volume()).isCloseTo(rate * PeriodVolumes.years(from, to), within(1e-9 * rate));
    assertThat(r.flows().get(0).rate()).isCloseTo(rate, within(1e-9 * rate));
  }
}
