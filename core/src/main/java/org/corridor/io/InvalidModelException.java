package org.corridor.io;

import java.util.List;

/** The input has errors; {@link #problems()} lists all of them. */
public final class InvalidModelException extends Exception {
  private final List<Problem> problems;

  public InvalidModelException(List<Problem> problems) {
    super(problems.stream().filter(Problem::isError).count() + " error(s) in the data set");
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
