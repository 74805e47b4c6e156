package org.corridor.cli;

/** The command's exit codes, as documented in README.md. */
final class ExitCodes {
  static final int OK = 0;
  static final int USAGE = 2;
  static final int INVALID_MODEL = 3;
  static final int SOLVE_FAILED = 4;
  /** A check ran and some claims failed. */
  static final int CHECK_FAILED = 5;

  private ExitCodes() {}
}
