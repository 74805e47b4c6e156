package org.corridor.cli;

import picocli.CommandLine.Option;

/** How many solver threads a sweep may use. */
final class SweepOptions {
  @Option(names = "--threads", paramLabel = "N", description = "Solver threads for re-solves (default: all cores).")
  Integer threads;

  int threads() {
    return threads != null ? threads : Runtime.getRuntime().availableProcessors();
  }
}
