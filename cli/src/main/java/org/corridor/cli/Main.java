package org.corridor.cli;

/** Entry point of the {@code corridor} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code;
    try {
      code = CorridorCommand.commandLine(args).execute(args);
    } catch (Throwable t) {
      // Errors (not exceptions) bypass picocli's handler; still no stack trace for the user.
      System.err.println("internal error: " + t);
      System.err.println("Maybe this is a bug; please report it with the command you ran.");
      code = 1;
    }
    System.exit(code);
  }
}
