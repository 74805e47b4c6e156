package org.corridor.cli;

/** Entry point of the {@code corridor} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    int code;
    try {
      code = CorridorCommand.commandLine(args).execute(args);
    } catch (OutOfMemoryError e) {
      // The launcher caps the heap at half the machine's memory; a larger data set may need more.
      System.err.println("error: the Java heap is too small for this data set (" + e.getMessage() + ").");
      System.err.println("Maybe raise it, e.g. CORRIDOR_JAVA_OPTS=-Xmx8g ./corridor ..., or java -Xmx8g -jar corridor.jar ...");
      code = 1;
    } catch (Throwable t) {
      // Errors (not exceptions) bypass picocli's handler; still no stack trace for the user.
      System.err.println("internal error: " + t);
      System.err.println("Maybe this is a bug; please report it with the command you ran.");
      code = 1;
    }
    System.exit(code);
  }
}
