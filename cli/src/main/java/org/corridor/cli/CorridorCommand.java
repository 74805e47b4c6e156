package org.corridor.cli;

import java.io.PrintWriter;
import org.corridor.api.BadRequestException;
import org.corridor.api.SolveFailedException;
import org.corridor.io.InvalidModelException;
import org.corridor.io.Problem;
import org.corridor.text.TerminalText;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level command; each subcommand is one class. */
@Command(name = "corridor", mixinStandardHelpOptions = true, version = "corridor 0.1.0",
    description = "Models who ships what through whose territory, and what happens when a route closes.",
    subcommands = {ValidateCommand.class, SolveCommand.class, SharesCommand.class, CheckCommand.class,
        AnalyzeCommand.class, LeverageCommand.class, ChokepointsCommand.class, DiffCommand.class, TimelineCommand.class, RiskCommand.class, ServeCommand.class,
        ImportCommand.class,
        CommandLine.HelpCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "2:usage error (bad option, unknown scenario, output not writable)",
        "3:invalid data set (every problem is listed)", "4:the solve failed (infeasible, unbounded, time limit)", "5:check: some claims failed"})
public final class CorridorCommand implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** A configured command line: exceptions map to exit codes and clear messages, never stack traces. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new CorridorCommand());
    cl.setExecutionExceptionHandler(CorridorCommand::handle);
    return cl;
  }

  static int handle(Exception e, CommandLine cl, CommandLine.ParseResult parsed) {
    PrintWriter err = cl.getErr();
    if (e instanceof InvalidModelException invalid) {
      long errors = invalid.problems().stream().filter(Problem::isError).count();
      err.println("The data set is invalid: " + errors + " error(s).");
      for (Problem p : invalid.problems()) {
        err.println((p.isError() ? "error: " : "warning: ") + p);
      }
      err.flush();
      return ExitCodes.INVALID_MODEL;
    }
    if (e instanceof SolveFailedException) {
      err.println("error: " + TerminalText.visible(e.getMessage()));
      err.flush();
      return ExitCodes.SOLVE_FAILED;
    }
    if (e instanceof BadRequestException || e instanceof IllegalArgumentException) {
      err.println("error: " + TerminalText.visible(e.getMessage()));
      err.flush();
      return ExitCodes.USAGE;
    }
    if (e instanceof org.corridor.results.ResultsException) {
      err.println("error: " + TerminalText.visible(e.getMessage()));
      err.flush();
      return ExitCodes.USAGE;
    }
    if (e instanceof java.io.IOException io) {
      err.println("error: " + TerminalText.visible(io.getMessage()));
      err.flush();
      return ExitCodes.USAGE;
    }
    err.println("internal error: " + TerminalText.visible(String.valueOf(e)));
    err.println("Maybe this is a bug; please report it with the command you ran.");
    err.flush();
    return 1;
  }
}
