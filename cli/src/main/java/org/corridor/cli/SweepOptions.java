package org.corridor.cli;

import picocli.CommandLine.Option;

/** How many solver threads a sweep may use; the answer does not depend on it. */
final class SweepOptions {
  @Option(names = "--threads", paramLabel = "N",
      description = "Solver threads for re-solves (default: all cores). The results are the same on any number.")
  Integer threads;

  int threads() {
    return threads != null ? threads : Runtime.getRuntime().availableProcessors();
  }
}
