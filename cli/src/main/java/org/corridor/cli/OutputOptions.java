package org.corridor.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** How to print, which table, and where to write files. */
final class OutputOptions {
  enum Format { table, csv, json }

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
      description = "Output format: table (default), csv (one table) or json.")
  Format format;

  @Option(names = {"-t", "--table"}, paramLabel = "NAME",
      description = "Print only this table (CSV prints one table: by default the command's main one).")
  String table;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR",
      description = "Also write every table to this folder, one file each (CSV, or JSON with --format json).")
  Path out;
}
