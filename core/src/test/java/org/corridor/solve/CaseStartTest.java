package org.corridor.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.corridor.io.DataSetLoader;
import org.corridor.policy.Scenario;
import org.corridor.policy.ScenarioResolver;
import org.corridor.synthetic.SyntheticNetwork;
import org.junit.jupiter.api.Test;

/** The rule by program size: cold below {@link CaseStart#BASE_BASIS_FROM} rows × columns, the base basis from it. */
class CaseStartTest {
  private static final int ROWS = 4_000;

  @Test
  void bySizeStartsFromTheBaseBasisFromTheThresholdOn() {
    int columns = (int) ((CaseStart.BASE_BASIS_FROM + ROWS - 1) / ROWS);
    LinearProgram atThreshold = program(ROWS, columns);
    LinearProgram justBelow = program(ROWS, columns - 1);
    assertThat((long) ROWS * columns).isGreaterThanOrEqualTo(CaseStart.BASE_BASIS_FROM);
    assertThat((long) ROWS * (columns - 1)).isLessThan(CaseStart.BASE_BASIS_FROM);

    assertThat(CaseStart.BY_SIZE.fromBaseBasis(atThreshold)).isTrue();
    assertThat(CaseStart.BY_SIZE.fromBaseBasis(justBelow)).isFalse();
    assertThat(CaseStart.BY_SIZE.fromBaseBasis(program(1, 1))).isFalse();
  }

  @Test
  void forcedStartsIgnoreTheSize() {
    LinearProgram small = program(1, 1);
    LinearProgram large = program(ROWS, (int) (CaseStart.BASE_BASIS_FROM / ROWS) + 1);
    assertThat(CaseStart.COLD.fromBaseBasis(large)).isFalse();
    assertThat(CaseStart.FROM_BASE_BASIS.fromBaseBasis(small)).isTrue();
  }

  /** The bundled data set stays on the cold start that its outputs were measured and compared with. */
  @Test
  void eurasiaIsBelowAndTheThousandLinkBenchmarkAbove() throws Exception {
    ScenarioResolver eurasia = new ScenarioResolver(DataSetLoader.load(Path.of("../data/eurasia"), true).dataSet());
    LinearProgram small = TransitFormulation.build(eurasia.resolve(eurasia.scenario(null))).lp();
    LinearProgram large = TransitFormulation.build(new ScenarioResolver(
        new SyntheticNetwork(250, 1000, 4, 5, 20250101L).generate()).resolve(Scenario.base(LocalDate.of(2025, 1, 1))))
        .lp();
    assertThat(CaseStart.BY_SIZE.fromBaseBasis(small)).isFalse();
    assertThat(CaseStart.BY_SIZE.fromBaseBasis(large)).isTrue();
  }

  /** {@code rows} rows of one coefficient each over {@code columns} columns. */
  private static LinearProgram program(int rows, int columns) {
    LinearProgram lp = new LinearProgram();
    for (int j = 0; j < columns; j++) {
      lp.addColumn(0, 1, 1);
    }
    for (int i = 0; i < rows; i++) {
      lp.beginRow(0, 1);
      lp.coefficient(i % columns, 1);
      lp.endRow();
    }
    return lp;
  }
}
