package org.corridor.cli;

import java.io.PrintWriter;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
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

  /** The subcommands in the order the help lists them. */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> all = new LinkedHashMap<>();
    all.put("validate", ValidateCommand::new);
    all.put("solve", SolveCommand::new);
    all.put("shares", SharesCommand::new);
    all.put("check", CheckCommand::new);
    all.put("analyze", AnalyzeCommand::new);
    all.put("leverage", LeverageCommand::new);
    all.put("chokepoints", ChokepointsCommand::new);
    all.put("diff", DiffCommand::new);
    all.put("timeline", TimelineCommand::new);
    all.put("risk", RiskCommand::new);
    all.put("invest", InvestCommand::new);
    all.put("serve", ServeCommand::new);
    all.put("import", ImportCommand::new);
    all.put("help", CommandLine.HelpCommand::new);
    return Collections.unmodifiableMap(all);
  }

  /** A configured command line with every subcommand: exceptions map to exit codes and clear messages, never stack traces. */
  public static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * The command line for {@code args}: when the first argument names a subcommand (other than help), only
   * that one is built. picocli reads every subcommand's annotations when it is added, which was a fifth of
   * a short command's start-up; with another first argument (none, an option, a typo, help) all are built,
   * so the usage and "did you mean" see them all.
   */
  public static CommandLine commandLine(String... args) {
    CommandLine cl = new CommandLine(new CorridorCommand());
    String first = args.length > 0 ? args[0] : "";
    if (SUBCOMMANDS.containsKey(first) && !first.equals("help")) {
      cl.addSubcommand(first, SUBCOMMANDS.get(first).get());
    } else {
      SUBCOMMANDS.forEach((name, make) -> cl.addSubcommand(name, make.get()));
    }
    // After the subcommands: the handler is set on the commands present when it is set.
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
