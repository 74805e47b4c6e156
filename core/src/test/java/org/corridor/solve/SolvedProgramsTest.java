package org.corridor.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A run's store of answers: a repeated program takes the stored answer; any difference in it is a new program. */
class SolvedProgramsTest {
  /** max x0 + 2 x1, x0 + x1 ≤ 4, 0 ≤ x ≤ 3. */
  private static LinearProgram program() {
    return program(2, 1);
  }

  /** max x0 + c x1, x0 + a x1 ≤ 4, 0 ≤ x ≤ 3. */
  private static LinearProgram program(double c, double a) {
    LinearProgram lp = new LinearProgram();
    lp.addColumn(0, 3, 1);
    lp.addColumn(0, 3, c);
    lp.beginRow(Double.NEGATIVE_INFINITY, 4);
    lp.coefficient(0, 1);
    lp.coefficient(1, a);
    lp.endRow();
    return lp;
  }

  private static LpSolution answer(LpStatus status) {
    return new LpSolution(status, 7, new double[] {1, 3}, new double[] {1}, 0.1, "test", 2);
  }

  @Test
  void aRepeatedProgramIsSolvedOnce() {
    SolvedPrograms store = new SolvedPrograms();
    AtomicInteger solves = new AtomicInteger();
    LpSolution first = store.answer("from scratch", program(), () -> {
      solves.incrementAndGet();
      return answer(LpStatus.OPTIMAL);
    });
    LpSolution again = store.answer("from scratch", program().withOwnBounds(), () -> {
      solves.incrementAndGet();
      return answer(LpStatus.OPTIMAL);
    });
    assertThat(solves).hasValue(1);
    assertThat(again).isSameAs(first);
    assertThat(store.repeats()).isEqualTo(1);
  }

  @Test
  void anotherPathIsAnotherAnswer() {
    SolvedPrograms store = new SolvedPrograms();
    AtomicInteger solves = new AtomicInteger();
    store.answer("from scratch", program(), () -> answer(LpStatus.OPTIMAL));
    store.answer("from the base basis", program(), () -> {
      solves.incrementAndGet();
      return answer(LpStatus.OPTIMAL);
    });
    assertThat(solves).hasValue(1);
  }

  @Test
  void onlyOptimalAnswersAreKept() {
    SolvedPrograms store = new SolvedPrograms();
    AtomicInteger solves = new AtomicInteger();
    for (int i = 0; i < 2; i++) {
      store.answer("from scratch", program(), () -> {
        solves.incrementAndGet();
        return answer(LpStatus.TIME_LIMIT);
      });
    }
    assertThat(solves).hasValue(2);
    assertThat(store.repeats()).isZero();
  }

  /** Past its budget the store keeps nothing more, and a program it could not keep is solved again. */
  @Test
  void aFullStoreSolvesAgain() {
    SolvedPrograms store = new SolvedPrograms(4); // one answer of 3 numbers fits, a second does not
    AtomicInteger solves = new AtomicInteger();
    LinearProgram other = program().withOwnBounds();
    other.setColumnUpper(0, 2);
    for (LinearProgram lp : java.util.List.of(program(), other, program(), other)) {
      store.answer("from scratch", lp, () -> {
        solves.incrementAndGet();
        return answer(LpStatus.OPTIMAL);
      });
    }
    assertThat(solves).hasValue(3);
    assertThat(store.repeats()).isEqualTo(1);
  }

  @Test
  void everyPartOfTheProgramIsInItsDigest() {
    String base = SolvedPrograms.digest(program());
    assertThat(SolvedPrograms.digest(program())).isEqualTo(base);
    LinearProgram bound = program().withOwnBounds();
    bound.setColumnUpper(1, 2);
    LinearProgram row = program().withOwnBounds();
    row.setRowUpper(0, 5);
    LinearProgram tie = program();
    tie.setTieBreak(0, 1e-4);
    LinearProgram objective = program(3, 1);
    LinearProgram matrix = program(2, 2);
    assertThat(java.util.stream.Stream.of(bound, row, tie, objective, matrix).map(SolvedPrograms::digest))
        .doesNotContain(base).doesNotHaveDuplicates();
  }
}
