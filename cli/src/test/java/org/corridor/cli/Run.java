package org.corridor.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the command line in-process and captures what it prints. */
record Run(int exitCode, String out, String err) {
  /** As {@code Main} runs it: only the named subcommand is built. */
  static Run of(String... args) {
    return with(CorridorCommand.commandLine(args), args);
  }

  /** With every subcommand built, as for help and unknown commands. */
  static Run withAll(String... args) {
    return with(CorridorCommand.commandLine(), args);
  }

  private static Run with(CommandLine cl, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }
}
