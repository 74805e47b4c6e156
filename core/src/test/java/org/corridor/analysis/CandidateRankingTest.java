package org.corridor.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.corridor.model.Candidate;
import org.corridor.model.SourceRef;
import org.junit.jupiter.api.Test;

class CandidateRankingTest {
  private static Candidate project(String id, double capex, String online) {
    return new Candidate(id, id, List.of("L"), 1, capex, LocalDate.parse(online), Candidate.Status.PLAN,
        SourceRef.of(), 2);
  }

  private static CandidateRanking.Sampled sampled(double[] loss) {
    boolean[] solved = new boolean[loss.length];
    java.util.Arrays.fill(solved, true);
    return new CandidateRanking.Sampled(loss, new double[0][], solved, 0);
  }

  @Test
  void theReductionIsTheMeanOfThePairedDifferenceWithItsStandardError() {
    // d = (1, 0, 2, 0): mean 0.75, sd = √(2.75/3), SE = sd/√4.
    RiskMeasures.Estimate e = CandidateRanking.mean(List.of(new double[] {1, 2, 3, 4}, new double[] {0, 2, 1, 4}),
        new double[] {1, -1});
    assertThat(e.value()).isCloseTo(0.75, within(1e-12));
    assertThat(e.se()).isCloseTo(Math.sqrt(2.75 / 3) / 2, within(1e-12));
  }

  @Test
  void pairingRemovesTheSpreadTheTwoOptionsShare() {
    // Losses that vary a lot from year to year, and an option that takes 10% off each: the paired standard error is
    // a tenth of the unpaired one, or less.
    SplittableRandom rng = new SplittableRandom(3);
    double[] base = new double[2000];
    double[] with = new double[2000];
    for (int i = 0; i < base.length; i++) {
      base[i] = rng.nextDouble() < 0.3 ? 100 * rng.nextDouble() : 0;
      with[i] = 0.9 * base[i];
    }
    RiskMeasures.Estimate paired = CandidateRanking.mean(List.of(base, with), new double[] {1, -1});
    double unpaired = Math.hypot(RiskMeasures.mean(base).se(), RiskMeasures.mean(with).se());
    assertThat(paired.value()).isCloseTo(0.1 * RiskMeasures.mean(base).value(), within(1e-9));
    assertThat(paired.se()).isLessThan(unpaired / 10);
  }

  @Test
  void theCvarReductionOfAConstantShiftIsThatShiftInEveryBatch() {
    double[] base = new double[40];
    double[] with = new double[40];
    for (int i = 0; i < 40; i++) {
      base[i] = (i * 17) % 40;
      with[i] = base[i] - 1;
    }
    RiskMeasures.Estimate c = CandidateRanking.cvar(List.of(base, with), new double[] {1, -1});
    assertThat(c.value()).isCloseTo(1, within(1e-12));
    assertThat(c.se()).isCloseTo(0, within(1e-12));
    assertThat(CandidateRanking.cvar(List.of(new double[] {1, 2}, new double[] {0, 0}), new double[] {1, -1}).se())
        .isNaN();
  }

  @Test
  void aPairsInteractionIsItsReductionMinusTheSinglesOwn() {
    double[] l0 = {10, 0, 6, 8};
    double[] la = {4, 0, 6, 2};
    double[] lb = {5, 0, 0, 8};
    double[] lab = {4, 0, 0, 2};
    CandidateRanking.Option a = CandidateRanking.Option.of(List.of(project("A", 10, "2027-01-01")));
    CandidateRanking.Option b = CandidateRanking.Option.of(List.of(project("B", 20, "2029-06-30")));
    CandidateRanking.Option ab = CandidateRanking.Option.of(List.of(a.projects().get(0), b.projects().get(0)));
    CandidateRanking.Result r = CandidateRanking.of(List.of(), sampled(l0), List.of(a, b, ab),
        List.of(sampled(la), sampled(lb), sampled(lab)));
    CandidateRanking.Row pair = r.ranking().stream().filter(x -> x.option().equals("A+B")).findFirst().orElseThrow();
    // Reductions: A (6+0+0+6)/4 = 3, B (5+0+6+0)/4 = 2.75, A+B (6+0+6+6)/4 = 4.5; interaction 4.5 − 5.75 = −1.25.
    assertThat(pair.expectedReduction()).isCloseTo(4.5, within(1e-12));
    assertThat(pair.interaction()).isCloseTo(-1.25, within(1e-12));
    assertThat(pair.capex()).isEqualTo(30);
    assertThat(pair.online()).isEqualTo(LocalDate.parse("2029-06-30"));
    assertThat(pair.projects()).isEqualTo(2);
    // Per USD: A 3/10 = 0.3, A+B 4.5/30 = 0.15, B 2.75/20 = 0.1375.
    assertThat(r.ranking()).extracting(CandidateRanking.Row::option).containsExactly("A", "A+B", "B");
    assertThat(r.ranking()).extracting(CandidateRanking.Row::rank).containsExactly(1, 2, 3);
    assertThat(r.ranking().get(2).interaction()).isNull();
  }

  @Test
  void aYearThatDidNotSolveInAnyOptionIsLeftOutOfEveryOption() {
    CandidateRanking.Option a = CandidateRanking.Option.of(List.of(project("A", 10, "2027-01-01")));
    boolean[] solved = {true, false, true};
    CandidateRanking.Sampled withA = new CandidateRanking.Sampled(new double[] {1, 0, 1},
        new double[][] {{0.5, 0, 0.5}}, solved, 7);
    CandidateRanking.Sampled base = new CandidateRanking.Sampled(new double[] {3, 100, 1},
        new double[][] {{1, 9, 0.5}}, new boolean[] {true, true, true}, 5);
    CandidateRanking.Result r = CandidateRanking.of(List.of(new CandidateRanking.FocusLine("KZ", "crude", "Mt")), base,
        List.of(a), List.of(withA));
    assertThat(r.samples()).isEqualTo(2);
    assertThat(r.leftOut()).isEqualTo(1);
    assertThat(r.ranking().get(0).expectedReduction()).isCloseTo(1, within(1e-12));
    assertThat(r.ranking().get(0).normalGain()).isEqualTo(2);
    CandidateRanking.FocusRow f = r.focus().get(0);
    assertThat(f.eensBase()).isCloseTo(0.75, within(1e-12));
    assertThat(f.reduction()).isCloseTo(0.25, within(1e-12));
  }

  @Test
  void tiesGoByOptionIdOnEachMeasure() {
    CandidateRanking.Option b = CandidateRanking.Option.of(List.of(project("B", 10, "2027-01-01")));
    CandidateRanking.Option a = CandidateRanking.Option.of(List.of(project("A", 10, "2027-01-01")));
    double[] l0 = new double[40];
    java.util.Arrays.fill(l0, 2);
    double[] l1 = new double[40];
    java.util.Arrays.fill(l1, 1);
    CandidateRanking.Result r = CandidateRanking.of(List.of(), sampled(l0), List.of(b, a), List.of(sampled(l1),
        sampled(l1.clone())));
    assertThat(r.ranking()).extracting(CandidateRanking.Row::option).containsExactly("A", "B");
    assertThat(r.ranking()).extracting(CandidateRanking.Row::cvarRank).containsExactly(1, 2);
  }
}
