package org.corridor.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceRefTest {
  @Test
  void idsAndEstimateSplitAtTheEstimateMarker() {
    SourceRef r = SourceRef.parse("cpc-2024; kazmunaygas ; estimate: tariff at 60%; of the list rate");
    assertThat(r.sourceIds()).containsExactly("cpc-2024", "kazmunaygas");
    assertThat(r.estimate()).isEqualTo("tariff at 60%; of the list rate");
    assertThat(r.isEmpty()).isFalse();
  }

  @Test
  void blankCellIsEmptyAndEstimateNeedsReasoning() {
    assertThat(SourceRef.parse("  ").isEmpty()).isTrue();
    assertThat(SourceRef.parse("estimate:").isEmpty()).isTrue();
    assertThat(SourceRef.parse("estimate: guess").isEmpty()).isFalse();
  }

  @Test
  void unitsConvertWithinADimensionOnly() {
    assertThat(Unit.MT.factorTo(Unit.KT)).contains(1000.0);
    assertThat(Unit.MCM.factorTo(Unit.BCM)).contains(0.001);
    assertThat(Unit.MT.factorTo(Unit.BCM)).isEmpty();
    assertThat(Unit.bySymbol("TEU")).contains(Unit.TEU);
    assertThat(Unit.bySymbol("teu")).isEmpty();
  }
}
