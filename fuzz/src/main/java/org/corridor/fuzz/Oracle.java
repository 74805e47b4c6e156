package org.corridor.fuzz;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.corridor.cli.CorridorCommand;
import picocli.CommandLine;

/**
 * The fuzzer's goal for one data set folder: {@code validate} exits 0 or 3, and when it exits 0 {@code solve}
 * exits 0 (or 4 for its own time limit); nothing exits 1, prints an internal error, an exception name or a
 * stack trace; every problem line of validate names a file and a line; no run hangs or fills the heap.
 * Each command runs in-process on a worker thread with a time limit.
 */
public final class Oracle {
  /** What one folder did; only {@link #acceptable} ones keep the promise. */
  public enum Outcome {
    OK, INVALID, SOLVE_TIME_LIMIT, USAGE, INTERNAL_ERROR, UNLOCATED_PROBLEM, HANG, OUT_OF_MEMORY,
    VALIDATE_PASSED_SOLVE_FAILED, SOLVER_DISAGREEMENT;

    public boolean acceptable() {
      return this == OK || this == INVALID || this == SOLVE_TIME_LIMIT;
    }

    /** {@code internal-error}: the name used in summaries, recipes and known-open.txt. */
    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static Outcome ofId(String id) {
      return valueOf(id.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
  }

  /** The command line, as a function, so tests can plant failures. */
  @FunctionalInterface
  public interface Command {
    int run(String[] args, PrintWriter out, PrintWriter err) throws Exception;
  }

  /** One command's run: exit code (-1 if none), output, and what escaped it. */
  public record Run(List<String> args, int exit, String out, String err, Throwable thrown, boolean timedOut, long millis) {}

  public record Verdict(Outcome outcome, String message, List<Run> runs) {
    public boolean acceptable() {
      return outcome.acceptable();
    }
  }

  public static final Command CLI = (args, out, err) -> {
    CommandLine cl = CorridorCommand.commandLine();
    cl.setOut(out);
    cl.setErr(err);
    return cl.execute(args);
  };

  /** Solve's own time limit: running out of it is exit 4 and acceptable; the worker's limit is above it. */
  static final int SOLVE_SECONDS = 10;
  /** A problem names its file and line, or says it is about the whole file (missing, unreadable, special). */
  private static final Pattern LOCATED = Pattern.compile(
      "^(error|warning): [^:\\s][^:]*(:[1-9][0-9]*| \\(whole file\\)): .*");
  private static final String[] INTERNAL_MARKS = {"internal error", "\tat ", "Exception", "Error:"};

  private final Command command;
  private final Duration limit;

  public Oracle(Command command, Duration limit) {
    this.command = command;
    this.limit = limit;
  }

  public Oracle() {
    this(CLI, Duration.ofSeconds(20));
  }

  /** Validates {@code dir} and, if it passes, solves it with GLOP (and also CLP when {@code clp}). */
  public Verdict judge(Path dir, boolean clp) {
    List<Run> runs = new ArrayList<>();
    String d = dir.toString();
    Run v = run(dir, "validate", d);
    runs.add(v);
    Verdict bad = generic("validate", v, d, runs);
    if (bad != null) {
      return bad;
    }
    if (v.exit() == 2) {
      // Not a problem line: the handler's one-line usage error (an option, a path, an IllegalArgumentException).
      return new Verdict(Outcome.USAGE, "validate exit 2: " + firstLine(v.err(), d), runs);
    }
    for (String line : (v.out() + "\n" + v.err()).split("\n")) {
      if ((line.startsWith("error: ") || line.startsWith("warning: ")) && !LOCATED.matcher(line).matches()) {
        return new Verdict(Outcome.UNLOCATED_PROBLEM, "validate: problem line without FILE:LINE: " + clean(line, d), runs);
      }
    }
    switch (v.exit()) {
      case 3:
        return new Verdict(Outcome.INVALID, firstProblem(v, d), runs);
      case 0:
        break;
      default:
        return new Verdict(Outcome.INTERNAL_ERROR, "validate exit " + v.exit() + ": " + firstLine(v.err(), d), runs);
    }
    List<String[]> solves = new ArrayList<>();
    solves.add(new String[] {"solve", d, "--time-limit", String.valueOf(SOLVE_SECONDS)});
    if (clp) {
      solves.add(new String[] {"solve", d, "--solver", "clp", "--time-limit", String.valueOf(SOLVE_SECONDS)});
    }
    for (String[] args : solves) {
      Run s = run(dir, args);
      runs.add(s);
      String what = String.join(" ", args).replace(d, "DIR");
      bad = generic(what, s, d, runs);
      if (bad != null) {
        return bad;
      }
      if (s.exit() == 4 && s.err().contains("TIME_LIMIT") || s.exit() == 4 && s.err().contains("time limit")) {
        return new Verdict(Outcome.SOLVE_TIME_LIMIT, what + ": " + firstLine(s.err(), d), runs);
      }
      if (s.exit() != 0) {
        return new Verdict(Outcome.VALIDATE_PASSED_SOLVE_FAILED,
            "validate exit 0, " + what + " exit " + s.exit() + ": " + firstLine(s.err(), d), runs);
      }
    }
    return new Verdict(Outcome.OK, "", runs);
  }

  /** The failures any command can show: heap, hang, an escaped throwable, exit 1, internal marks in its output. */
  private static Verdict generic(String what, Run r, String dir, List<Run> runs) {
    String all = r.out() + "\n" + r.err();
    if (r.thrown() instanceof OutOfMemoryError || all.contains("OutOfMemoryError")) {
      return new Verdict(Outcome.OUT_OF_MEMORY, what + ": " + (r.thrown() != null ? r.thrown() : firstMark(all, dir)), runs);
    }
    if (r.timedOut()) {
      return new Verdict(Outcome.HANG, what + ": no answer in " + r.millis() + " ms", runs);
    }
    if (r.thrown() != null) {
      return new Verdict(Outcome.INTERNAL_ERROR, what + ": escaped " + clean(r.thrown().toString(), dir), runs);
    }
    if (r.exit() == 1) {
      return new Verdict(Outcome.INTERNAL_ERROR, what + ": exit 1: " + firstMark(all, dir), runs);
    }
    for (String mark : INTERNAL_MARKS) {
      if (all.contains(mark)) {
        return new Verdict(Outcome.INTERNAL_ERROR, what + ": prints `" + mark.strip() + "`: " + firstMark(all, dir), runs);
      }
    }
    return null;
  }

  /**
   * Runs one command on a daemon worker thread. A worker that misses the time limit is first unblocked
   * (a reader stuck on a FIFO gets end of file) and then stopped: in-process there is no other way to get a
   * CPU-bound loop off the machine, and Java 17 still allows {@link Thread#stop}.
   */
  @SuppressWarnings("deprecation")
  public Run run(Path dir, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int[] exit = {-1};
    Throwable[] thrown = {null};
    Thread t = new Thread(() -> {
      try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
        exit[0] = command.run(args, o, e);
      } catch (Throwable x) {
        thrown[0] = x;
      }
    }, "corridor-fuzz-worker");
    t.setDaemon(true);
    long start = System.nanoTime();
    t.start();
    boolean done = join(t, limit.toMillis());
    long millis = (System.nanoTime() - start) / 1_000_000;
    if (!done) {
      Fifos.unblock(dir);
      if (!join(t, 1000)) {
        t.stop();
        join(t, 1000);
      }
      return new Run(List.of(args), -1, out.toString(), err.toString(), null, true, millis);
    }
    if (thrown[0] instanceof ThreadDeath) {
      thrown[0] = null;
    }
    return new Run(List.of(args), exit[0], out.toString(), err.toString(), thrown[0], false, millis);
  }

  private static boolean join(Thread t, long millis) {
    try {
      t.join(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return !t.isAlive();
  }

  private static String firstProblem(Run v, String dir) {
    for (String l : v.err().split("\n")) {
      if (l.startsWith("error: ")) {
        return clean(l, dir);
      }
    }
    return firstLine(v.err(), dir);
  }

  /** The first line that shows what went wrong, for messages and deduplication. */
  private static String firstMark(String all, String dir) {
    for (String l : all.split("\n")) {
      for (String mark : INTERNAL_MARKS) {
        if (l.contains(mark.strip()) && !l.startsWith("Maybe this is a bug")) {
          return clean(l, dir);
        }
      }
    }
    return firstLine(all, dir);
  }

  private static String firstLine(String s, String dir) {
    for (String l : s.split("\n")) {
      if (!l.isBlank()) {
        return clean(l, dir);
      }
    }
    return "(no output)";
  }

  /** Drops the mutant's folder name and caps the length, so messages of different mutants compare. */
  static String clean(String line, String dir) {
    String s = line.replace(dir, "DIR").strip();
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }
}
