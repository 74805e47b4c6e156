package org.corridor.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoverageRowTest {
  private static Coverage.Row row(Double coverage) {
    return new Coverage.Row("KZ", "wheat", 2024, "exports", 0, 10, "Mt/yr", coverage, "actual", "s");
  }

  @Test
  void underHalfIsLowAndAboveTenPercentOverIsHigh() {
    assertThat(row(0.49).low()).isTrue();
    assertThat(row(0.5).low()).isFalse();
    assertThat(row(1.1).high()).isFalse();
    assertThat(row(1.2).high()).isTrue();
    assertThat(row(1.2).low()).isFalse();
  }

  @Test
  void anUndefinedCoverageIsNeitherLowNorHigh() {
    assertThat(row(null).low()).isFalse();
    assertThat(row(null).high()).isFalse();
  }
}
