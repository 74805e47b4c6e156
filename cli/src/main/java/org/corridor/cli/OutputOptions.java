package org.corridor.cli;

import java.nio.file.Path;
import org.corridor.api.Answer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** How to print, and where to write files. */
final class OutputOptions {
  enum Format { table, csv, json }

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
      description = "Output format: table (default), csv (one table: see --table) or json.")
  Format format;

  @Option(names = {"-t", "--table"}, paramLabel = "NAME",
      description = "Print only this table (CSV prints one table: by default the command's main one).")
  String table;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR",
      description = "Also write every table to this folder (CSV, or JSON with --format json).")
  Path out;

  /** Prints the answer as asked, writes its files if asked, and returns the exit code for success. */
  int emit(CommandSpec spec, Answer answer) throws java.io.IOException {
    return emit(spec, answer, Integer.MAX_VALUE);
  }

  /** The same, printing at most {@code top} rows of each table as text (files and CSV/JSON get all). */
  int emit(CommandSpec spec, Answer answer, int top) throws java.io.IOException {
    if (top < 1) {
      throw new org.corridor.api.BadRequestException("--top must be at least 1, not " + top);
    }
    Output.print(spec.commandLine().getOut(), format, answer, table, top);
    if (out != null) {
      Output.write(out, format, answer.tables());
    }
    return ExitCodes.OK;
  }
}
