package org.corridor.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How to print, and where to write files. */
final class OutputOptions {
  enum Format { table, csv, json }

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
      description = "Output format: table (default), csv or json.")
  Format format;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR",
      description = "Also write every table to this folder (CSV, or JSON with --format json).")
  Path out;
}
