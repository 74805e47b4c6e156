package org.corridor.api;

import org.corridor.solve.SolveOptions;
import org.corridor.solve.SolverKind;

/**
 * How to run a question: which solver, its time limit per solve, and how many solver sessions a sweep
 * may use at once. The answer does not depend on {@code threads}.
 */
public record RunOptions(SolveOptions solve, int threads) {
  public RunOptions {
    if (threads < 1) {
      throw new BadRequestException("threads must be at least 1, not " + threads);
    }
    if (!(solve.timeLimitSeconds() >= 0) || Double.isInfinite(solve.timeLimitSeconds())) {
      throw new BadRequestException("the time limit must be a positive number of seconds (0: none), not "
          + solve.timeLimitSeconds());
    }
  }

  public static RunOptions defaults() {
    return new RunOptions(SolveOptions.DEFAULT, Runtime.getRuntime().availableProcessors());
  }

  /** Parses a solver name as front ends take it: auto, glop, highs, pdlp, clp or min-cost-flow. */
  public static SolverKind solver(String name) {
    try {
      return SolverKind.valueOf(name.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("unknown solver `" + name + "`. Maybe use auto, glop, highs, pdlp, clp or min-cost-flow.");
    }
  }
}
