package org.corridor.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The exceedance curve against counts made by hand and against the measures of the same losses. */
class ExceedanceTest {
  private static final RiskYears.Line KZ = new RiskYears.Line("KZ", "crude", RiskYears.Measure.EXPORTS, "Mt");

  @Test
  void tenYearsGiveTheirCountsAtEachDistinctLoss() {
    // Six years without loss, then 1, 2, 2 and 5 Mt lost.
    double[] x = {0, 2, 0, 0, 1, 0, 5, 0, 2, 0};
    List<Exceedance.Point> c = Exceedance.curve(KZ, x);
    assertThat(c).extracting(Exceedance.Point::loss).containsExactly(1.0, 2.0, 5.0);
    assertThat(c).extracting(Exceedance.Point::years).containsExactly(4L, 3L, 1L);
    assertThat(c).extracting(Exceedance.Point::probability).containsExactly(0.4, 0.3, 0.1);
    assertThat(c.get(0).probability()).isEqualTo(RiskMeasures.probability(x).value());
  }

  @Test
  void aLineWithNoLossHasNoPoint() {
    assertThat(Exceedance.curve(KZ, new double[] {0, 0, 1e-12})).isEmpty();
  }

  @Test
  void aLongRunIsThinnedButKeepsItsTailAndItsFirstPoint() {
    double[] x = new double[100_000];
    for (int i = 0; i < x.length; i++) {
      x[i] = i % 3 == 0 ? 0 : i; // the worst year is 99 998
    }
    List<Exceedance.Point> c = Exceedance.curve(KZ, x);
    assertThat(c.size()).isBetween(Exceedance.TAIL, 300);
    assertThat(c.get(c.size() - 1).loss()).isEqualTo(99_998);
    assertThat(c.get(c.size() - 1).years()).isEqualTo(1);
    assertThat(c.get(0).probability()).isEqualTo(RiskMeasures.probability(x).value());
    assertThat(c.subList(c.size() - Exceedance.TAIL, c.size())).extracting(Exceedance.Point::years)
        .containsExactly(java.util.stream.LongStream.rangeClosed(1, Exceedance.TAIL).map(k -> Exceedance.TAIL + 1 - k)
            .boxed().toArray(Long[]::new));
  }

  @Property
  void pointsRiseInLossFallInProbabilityAndCountTheYearsExactly(
      @ForAll @Size(min = 1, max = 3000) List<@DoubleRange(min = 0, max = 20) Double> losses) {
    double[] x = losses.stream().mapToDouble(d -> Math.floor(d * 4) / 4 > 10 ? d : Math.floor(d * 4) / 4 - 2.5)
        .map(d -> Math.max(0, d)).toArray();
    List<Exceedance.Point> c = Exceedance.curve(KZ, x);
    if (Arrays.stream(x).noneMatch(v -> v > RiskMeasures.EPSILON)) {
      assertThat(c).isEmpty();
      return;
    }
    for (int i = 1; i < c.size(); i++) {
      assertThat(c.get(i).loss()).isGreaterThan(c.get(i - 1).loss());
      assertThat(c.get(i).probability()).isLessThan(c.get(i - 1).probability());
    }
    for (Exceedance.Point p : c) {
      long years = Arrays.stream(x).filter(v -> v >= p.loss()).count();
      assertThat(p.years()).isEqualTo(years);
      assertThat(p.probability()).isEqualTo(years / (double) x.length);
    }
    assertThat(c.get(0).probability()).isEqualTo(RiskMeasures.probability(x).value());
    double max = Arrays.stream(x).max().orElseThrow();
    assertThat(c.get(c.size() - 1).loss()).isEqualTo(max);
    // Beyond the 5% VaR at most 5% of years lose more; at the VaR itself at least 5% lose that much or more.
    double var = RiskMeasures.valueAtRisk(x, 0.95);
    if (var > RiskMeasures.EPSILON) {
      assertThat(Arrays.stream(x).filter(v -> v > var).count()).isLessThanOrEqualTo((long) Math.floor(0.05 * x.length));
      assertThat(Arrays.stream(x).filter(v -> v >= var).count()).isGreaterThanOrEqualTo((long) Math.ceil(0.05 * x.length - 1e-9));
    }
  }

  @Test
  void ofKeepsTheOrderOfTheLines() {
    RiskYears.Line ru = new RiskYears.Line("RU", "all", RiskYears.Measure.WELFARE, "USD m");
    List<double[]> samples = new ArrayList<>(List.of(new double[] {1, 0}, new double[] {0, 3}, new double[] {2, 3}));
    assertThat(Exceedance.of(List.of(KZ, ru), samples)).extracting(p -> p.country() + ":" + p.loss() + ":" + p.years())
        .containsExactly("KZ:1.0:2", "KZ:2.0:1", "RU:3.0:2");
  }
}
