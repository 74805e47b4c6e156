package org.corridor.results;

import java.nio.file.Path;

/** The results file could not be written or read: names the file and the database's reason. */
public final class ResultsException extends RuntimeException {
  public ResultsException(Path file, Exception cause) {
    super("cannot write results to " + file + ": " + cause.getMessage(), cause);
  }
}
