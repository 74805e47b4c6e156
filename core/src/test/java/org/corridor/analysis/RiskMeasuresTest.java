package org.corridor.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Each measure on losses small enough to check by hand. */
class RiskMeasuresTest {
  // 20 years: 16 without loss, then 1, 2, 3, 10.
  private static final double[] X = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2, 3, 10};

  @Test
  void theMeanAndItsStandardError() {
    var m = RiskMeasures.mean(X);
    assertThat(m.value()).isEqualTo(0.8);
    // Σ(x − 0.8)² = Σx² − 20·0.64 = 114 − 12.8 = 101.2; s² = 101.2/19; SE = √(s²/20).
    assertThat(m.se()).isCloseTo(Math.sqrt(101.2 / 19 / 20), within(1e-12));
  }

  @Test
  void theProbabilityOfALoss() {
    var p = RiskMeasures.probability(X);
    assertThat(p.value()).isEqualTo(0.2);
    assertThat(p.se()).isCloseTo(Math.sqrt(0.2 * 0.8 / 20), within(1e-12));
  }

  @Test
  void valueAtRiskIsTheCeilingQuantileAndCvarTheMeanOfTheWorstYears() {
    // ⌈0.95·20⌉ = 19th smallest = 3; the worst ⌈0.05·20⌉ = 1 year is 10.
    assertThat(RiskMeasures.valueAtRisk(X, 0.95)).isEqualTo(3);
    assertThat(RiskMeasures.conditionalValueAtRisk(X, 0.95)).isEqualTo(10);
    // ⌈0.8·20⌉ = 16th smallest = 0; the worst 4 years average (1 + 2 + 3 + 10)/4 = 4.
    assertThat(RiskMeasures.valueAtRisk(X, 0.8)).isEqualTo(0);
    assertThat(RiskMeasures.conditionalValueAtRisk(X, 0.8)).isEqualTo(4);
  }

  @Test
  void batchMeansGiveTheSpreadOfTheMeasureOverBatches() {
    // 40 years in 20 batches of 2: batch i is {0, i}, so its CVaR95 (worst 1 of 2) is i, for i = 0..19.
    double[] x = new double[40];
    for (int i = 0; i < 20; i++) {
      x[2 * i + 1] = i;
    }
    var c = RiskMeasures.batched(x, 0.95, true);
    // Over all 40, the worst ⌈0.05·40⌉ = 2 years are 19 and 18.
    assertThat(c.value()).isEqualTo(18.5);
    // sd of 0..19 is √(35); SE = √(35/20).
    assertThat(c.se()).isCloseTo(Math.sqrt(35.0 / 20), within(1e-12));
    assertThat(RiskMeasures.batched(new double[5], 0.95, true).se()).isNaN();
  }
}
