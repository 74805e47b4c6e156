package org.corridor.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.corridor.model.SourceRef;
import org.corridor.model.Validity;
import org.corridor.policy.CapacityChange;
import org.corridor.policy.RiskEvent;
import org.junit.jupiter.api.Test;

/** Draws that depend on (seed, index) alone, at the rates and conditional probabilities the data give. */
class RiskSamplerTest {
  private static final LocalDate JAN1 = LocalDate.of(2025, 1, 1);
  private static final LocalDate DEC31 = LocalDate.of(2025, 12, 31);
  private static final SourceRef S = SourceRef.estimate("test");

  private static RiskEvent event(String id, RiskEvent.Occurrence o, RiskEvent.Duration d, String group) {
    return new RiskEvent(id, RiskEvent.Kind.OUTAGE, new CapacityChange(id, "L", null, 0, Validity.ALWAYS, null, S), o,
        d, group, null, S, 1);
  }

  private static final RiskEvent.Duration TEN = new RiskEvent.Duration(RiskEvent.Duration.Shape.FIXED, 10, 10);
  private static final RiskEvent.Register REGISTER = new RiskEvent.Register(
      List.of(new RiskEvent.Group("G", 0.25, null, S, 1)),
      List.of(event("POISSON", RiskEvent.Occurrence.rate(0.8), TEN, null),
          event("MEMBER", RiskEvent.Occurrence.probability(0.5), new RiskEvent.Duration(
              RiskEvent.Duration.Shape.LOGNORMAL, 20, 0.9), "G")));

  @Test
  void aSampleDependsOnTheSeedAndItsIndexOnly() {
    RiskSampler a = new RiskSampler(REGISTER, 11);
    RiskSampler b = new RiskSampler(REGISTER, 11);
    for (long i = 0; i < 50; i++) {
      b.sample(1000 - i, JAN1, DEC31);
    }
    for (long i = 0; i < 200; i++) {
      assertThat(b.sample(i, JAN1, DEC31)).isEqualTo(a.sample(i, JAN1, DEC31));
    }
    long differ = java.util.stream.LongStream.range(0, 200)
        .filter(i -> !new RiskSampler(REGISTER, 12).sample(i, JAN1, DEC31).equals(a.sample(i, JAN1, DEC31))).count();
    assertThat(differ).as("another seed draws other years").isGreaterThan(50);
  }

  @Test
  void countsFollowTheRateAndGroupMembersTheirConditionalProbability() {
    RiskSampler s = new RiskSampler(REGISTER, 3);
    int n = 20_000;
    long poisson = 0;
    long member = 0;
    for (long i = 0; i < n; i++) {
      for (RiskSampler.Occurrence o : s.sample(i, JAN1, DEC31)) {
        assertThat(o.from()).isBetween(JAN1, DEC31);
        assertThat(o.to()).isBetween(o.from(), DEC31);
        if (o.event() == 0) {
          poisson++;
          assertThat(o.to().toEpochDay() - o.from().toEpochDay()).isLessThanOrEqualTo(9);
        } else {
          member++;
        }
      }
    }
    // Mean 0.8 starts a year (SE √(0.8/n)); the member strikes in 0.25 · 0.5 of years (SE √(p(1−p)/n)).
    assertThat(poisson / (double) n).isCloseTo(0.8, within(4 * Math.sqrt(0.8 / n)));
    assertThat(member / (double) n).isCloseTo(0.125, within(4 * Math.sqrt(0.125 * 0.875 / n)));
  }
}
