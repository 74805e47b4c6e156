package org.corridor.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.corridor.fuzz.Oracle.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The oracle's classification, on planted command lines. */
class OracleTest {
  @TempDir
  Path tmp;

  private Oracle.Verdict judge(Oracle.Command c) {
    return new Oracle(c, Duration.ofMillis(500)).judge(tmp, true);
  }

  @Test
  void anEscapedExceptionIsAnInternalError() {
    Oracle.Verdict v = judge((args, out, err) -> {
      throw new IllegalStateException("boom");
    });
    assertThat(v.outcome()).isEqualTo(Outcome.INTERNAL_ERROR);
    assertThat(v.message()).contains("escaped java.lang.IllegalStateException: boom");
  }

  @Test
  void aHangIsCaughtByTheTimeLimit() {
    long start = System.nanoTime();
    Oracle.Verdict v = judge((args, out, err) -> {
      while (true) {
        Thread.onSpinWait(); // a CPU loop that ignores interrupts
      }
    });
    assertThat(v.outcome()).isEqualTo(Outcome.HANG);
    assertThat((System.nanoTime() - start) / 1e9).isLessThan(5);
  }

  @Test
  void exitOneIsAnInternalError() {
    Oracle.Verdict v = judge((args, out, err) -> {
      err.println("internal error: java.lang.NullPointerException");
      return 1;
    });
    assertThat(v.outcome()).isEqualTo(Outcome.INTERNAL_ERROR);
    assertThat(v.message()).startsWith("validate: exit 1: internal error");
  }

  @Test
  void aStackTraceInTheOutputIsAnInternalErrorWhateverTheExitCode() {
    Oracle.Verdict v = judge((args, out, err) -> {
      err.println("error: links.csv:2: capacity: bad");
      err.println("\tat org.corridor.io.RowReader.read(RowReader.java:10)");
      return 3;
    });
    assertThat(v.outcome()).isEqualTo(Outcome.INTERNAL_ERROR);
  }

  @Test
  void outOfMemoryOnTheWorkerIsItsOwnClass() {
    Oracle.Verdict v = judge((args, out, err) -> {
      throw new OutOfMemoryError("Java heap space");
    });
    assertThat(v.outcome()).isEqualTo(Outcome.OUT_OF_MEMORY);
  }

  @Test
  void aProblemLineWithoutFileAndLineIsUnlocated() {
    Oracle.Verdict v = judge((args, out, err) -> {
      err.println("error: links.csv: file is missing");
      return 3;
    });
    assertThat(v.outcome()).isEqualTo(Outcome.UNLOCATED_PROBLEM);
  }

  @Test
  void locatedProblemsAreInvalid() {
    Oracle.Verdict v = judge((args, out, err) -> {
      err.println("The data set is invalid: 1 error(s).");
      err.println("error: links.csv:12: from: unknown node `atyrau`; did you mean `ATYRAU`?");
      return 3;
    });
    assertThat(v.outcome()).isEqualTo(Outcome.INVALID);
    assertThat(v.runs()).hasSize(1);
  }

  @Test
  void validatePassingWhatSolveCannotSolveIsAFailure() {
    Oracle.Verdict v = judge((args, out, err) -> {
      if (args[0].equals("solve")) {
        err.println("error: scenario base did not solve: INFEASIBLE");
        return 4;
      }
      return 0;
    });
    assertThat(v.outcome()).isEqualTo(Outcome.VALIDATE_PASSED_SOLVE_FAILED);
  }

  @Test
  void solveRunningOutOfItsOwnTimeIsAcceptable() {
    Oracle.Verdict v = judge((args, out, err) -> {
      if (args[0].equals("solve")) {
        err.println("error: scenario base did not solve: TIME_LIMIT. Maybe raise the time limit.");
        return 4;
      }
      return 0;
    });
    assertThat(v.outcome()).isEqualTo(Outcome.SOLVE_TIME_LIMIT);
    assertThat(v.acceptable()).isTrue();
  }

  @Test
  void theRealCommandLineSolvesTheExampleWithBothSolvers() {
    Oracle.Verdict v = new Oracle().judge(Bases.find().root().resolve("data/examples/steppe"), true);
    assertThat(v.outcome()).as(v.message()).isEqualTo(Outcome.OK);
    assertThat(v.runs()).extracting(r -> r.args().get(0)).containsExactly("validate", "solve", "solve");
  }
}
