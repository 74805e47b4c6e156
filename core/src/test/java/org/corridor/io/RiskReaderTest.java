package org.corridor.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.corridor.policy.CapacityChange;
import org.corridor.policy.RiskEvent;
import org.corridor.policy.TransitBan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code risks.yaml}: what a valid file reads as, and each mistake named by file, line and key. */
class RiskReaderTest {
  @TempDir
  Path tmp;

  private static final String VALID = """
      groups:
        - id: PRESSURE
          probability: 0.2
          sources: "estimate: one episode in five years"
      events:
        - id: CPC_HALT
          kind: outage
          link: CPC
          rate: 0.4
          duration: {shape: uniform, min_days: 2, max_days: 7}
          sources: [seed-report]
        - id: CPC_CUT
          kind: capacity_cut
          link: CPC
          factor: 0.6
          probability: 0.1
          duration: {shape: lognormal, median_days: 25, sigma: 0.9}
          sources: "estimate: test"
        - id: GRAIN_BLOCK
          kind: ban
          ban: transit_ban
          actor: RU
          commodities: [wheat]
          origins: [KZ]
          group: PRESSURE
          probability: 0.5
          duration: {shape: fixed, days: 30}
          sources: "estimate: test"
      """;

  private List<String> errors(String risks) {
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class,
        () -> DataSetLoader.load(ExampleCopy.in(tmp).write("risks.yaml", risks).dir(), false));
    assertThat(e).as("expected risks.yaml to be invalid").isNotNull();
    return e.problems().stream().filter(Problem::isError).map(Problem::toString).toList();
  }

  @Test
  void aValidFileReadsAsEventsWithPolicyEffectsAndGroups() throws Exception {
    var risks = DataSetLoader.load(ExampleCopy.in(tmp).write("risks.yaml", VALID).dir(), true).dataSet().risks();
    assertThat(risks.groups()).extracting(RiskEvent.Group::id).containsExactly("PRESSURE");
    assertThat(risks.events()).extracting(RiskEvent::id).containsExactly("CPC_HALT", "CPC_CUT", "GRAIN_BLOCK");
    RiskEvent halt = risks.events().get(0);
    assertThat(halt.occurrence()).isEqualTo(RiskEvent.Occurrence.rate(0.4));
    assertThat(((CapacityChange) halt.effect()).factor()).isEqualTo(0);
    assertThat(((CapacityChange) risks.events().get(1).effect()).factor()).isEqualTo(0.6);
    assertThat(risks.events().get(1).duration())
        .isEqualTo(new RiskEvent.Duration(RiskEvent.Duration.Shape.LOGNORMAL, 25, 0.9));
    TransitBan ban = (TransitBan) risks.events().get(2).effect();
    assertThat(ban.actor()).isEqualTo("RU");
    assertThat(ban.origins()).containsExactly("KZ");
    assertThat(risks.events().get(2).group()).isEqualTo("PRESSURE");
  }

  @Test
  void eachMistakeIsNamedByFileLineAndKey() {
    assertThat(errors("""
        events:
          - id: A
            kind: outage
            link: CPX
            rate: 0.4
            duration: {shape: fixed, days: 3}
            sources: [seed-report]
          - id: B
            kind: capacity_cut
            link: CPC
            factor: 1.5
            probability: 1.2
            duration: {shape: weibull, days: 3}
            sources: [seed-report]
          - id: C
            kind: storm
            link: CPC
            rate: 1
            probability: 0.1
            duration: {shape: uniform, min_days: 9, max_days: 3}
            group: NONE
        """)).containsExactlyInAnyOrder(
        "risks.yaml:4: link: unknown link `CPX`; did you mean `CPC`?",
        "risks.yaml:12: probability: `1.2` is outside 0 to 1, the range of probabilities; use a value from 0 to 1",
        "risks.yaml:13: shape: unknown duration shape `weibull`; known: fixed, uniform, lognormal",
        "risks.yaml:11: factor: a capacity cut keeps a factor above 0 and below 1 of the capacity; use `kind: outage` "
            + "for 0",
        "risks.yaml:16: kind: unknown event kind `storm`; known: outage, ban, capacity_cut",
        "risks.yaml:15: rate: an event needs exactly one of `rate` and `probability`; `rate: 0.8` for starts per year "
            + "(Poisson), `probability: 0.1` for an event that strikes at most once",
        "risks.yaml:20: max_days: `max_days` is below `min_days` 9",
        "risks.yaml:21: group: unknown group `NONE`",
        "risks.yaml:15: sources: no source given; name source ids from sources.csv, or write `estimate:` followed by "
            + "the reasoning");
  }

  @Test
  void missingOrUnknownSourcesAreReportedOnce() {
    assertThat(errors("""
        events:
          - id: A
            kind: outage
            link: CPC
            rate: 0.4
            duration: {shape: fixed, days: 3}
          - id: B
            kind: outage
            link: CPC
            rate: 0.4
            duration: {shape: fixed, days: 3}
            sources: [seed-reprot]
        """)).containsExactly(
        "risks.yaml:2: sources: no source given; name source ids from sources.csv, or write `estimate:` followed by "
            + "the reasoning",
        "risks.yaml:12: sources: unknown source `seed-reprot`; did you mean `seed-report`?");
  }

  @Test
  void aGroupMemberTakesAProbabilityNotARate() {
    assertThat(errors("""
        groups:
          - {id: G, probability: 0.5, sources: [seed-report]}
        events:
          - id: A
            kind: outage
            link: CPC
            group: G
            rate: 0.4
            duration: {shape: fixed, days: 3}
            sources: [seed-report]
        """)).containsExactly("risks.yaml:8: rate: an event of a group is drawn once its group strikes: give it a "
        + "conditional `probability`, not a `rate`");
  }

  @Test
  void theDataFormatDocDescribesEveryKeyTheReaderKnows() {
    String doc = DataFormatDoc.render();
    for (String key : RiskReader.EVENT_KEYS) {
      assertThat(doc).as("risks.yaml key " + key).contains("`" + key + "`");
    }
    for (String key : RiskReader.DURATION_KEYS) {
      assertThat(doc).as("duration key " + key).contains(key);
    }
  }
}
