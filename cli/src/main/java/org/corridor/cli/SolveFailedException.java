package org.corridor.cli;

/** The LP did not reach an optimum (infeasible, unbounded, time limit): exit code 4. */
final class SolveFailedException extends RuntimeException {
  SolveFailedException(String message) {
    super(message);
  }
}
