package org.corridor.cli;

/** Entry point of the {@code corridor} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(CorridorCommand.commandLine().execute(args));
  }
}
