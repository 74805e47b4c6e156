package org.corridor.solve;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The answers a run of sweeps has found, by program. Analyses of one run often meet the same program twice
 * (a link closed by N-1 and by a period's event, a country's transit ban in chokepoints and in leverage): on
 * {@code analyze data/eurasia} 194 of 800 cases repeated an earlier one. A repeat takes the stored answer
 * instead of solving again.
 *
 * <p>That changes no bit of any answer: a case's answer depends only on its program and on how the run starts
 * its cases (from scratch, from the base basis, or loaded on its own), and both are the key: the program's
 * bounds, objective, tie-break and matrix by their SHA-256, and the path. Sessions of one run share one store,
 * so which thread met a program first does not matter either. Only optimal answers are kept: a time limit's
 * status depends on the clock, and such a case is solved again. The store keeps answers up to a budget of
 * numbers ({@link #BUDGET}), then stops adding: long runs (risk samples, a server's runner) cannot grow it without
 * end, and a case past the budget is solved, as it would have been without a store.
 */
public final class SolvedPrograms {
  /** How many numbers (columns, duals and reduced costs of the stored answers) the store holds at most: 32 MB. */
  static final long BUDGET = 4L << 20;

  private final ConcurrentHashMap<String, LpSolution> answers = new ConcurrentHashMap<>();
  private final AtomicInteger repeats = new AtomicInteger();
  private final AtomicLong held = new AtomicLong();
  private final long budget;

  public SolvedPrograms() {
    this(BUDGET);
  }

  /** A store that holds at most {@code budget} numbers. */
  SolvedPrograms(long budget) {
    this.budget = budget;
  }

  /** The stored answer of {@code lp} on {@code path}, else {@code solve}'s, stored when optimal. */
  LpSolution answer(String path, LinearProgram lp, Supplier<LpSolution> solve) {
    String key = path + ":" + digest(lp);
    LpSolution known = answers.get(key);
    if (known != null) {
      repeats.incrementAndGet();
      return known;
    }
    LpSolution s = solve.get();
    if (s.isOptimal()) {
      keep(key, s);
    }
    return s;
  }

  /** Stores {@code s} unless that would pass the budget, or another session stored it first. */
  private void keep(String key, LpSolution s) {
    long size = (long) s.x().length + s.rowDuals().length + s.reducedCosts().length;
    if (held.addAndGet(size) > budget || answers.putIfAbsent(key, s) != null) {
      held.addAndGet(-size);
    }
  }

  /** How many cases took a stored answer. */
  public int repeats() {
    return repeats.get();
  }

  /** SHA-256 of everything a solve reads: sizes, column bounds, objective, tie-break, row bounds and matrix. */
  static String digest(LinearProgram lp) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
    ByteBuffer b = ByteBuffer.allocate(8 * 1024);
    Feed feed = new Feed(sha, b);
    feed.put(lp.columns()).put(lp.rows()).put(lp.nonZeros());
    for (int j = 0; j < lp.columns(); j++) {
      feed.put(lp.colLower(j)).put(lp.colUpper(j)).put(lp.objective(j)).put(lp.tieBreak(j));
    }
    for (int i = 0; i < lp.rows(); i++) {
      feed.put(lp.rowLower(i)).put(lp.rowUpper(i)).put(lp.rowStart(i));
    }
    for (int k = 0; k < lp.nonZeros(); k++) {
      feed.put(lp.entryColumn(k)).put(lp.entryValue(k));
    }
    return HexFormat.of().formatHex(feed.done());
  }

  /** Numbers into the digest through one buffer, flushed when full. */
  private record Feed(MessageDigest sha, ByteBuffer buffer) {
    Feed put(double v) {
      room(8);
      buffer.putDouble(v);
      return this;
    }

    Feed put(int v) {
      room(4);
      buffer.putInt(v);
      return this;
    }

    private void room(int bytes) {
      if (buffer.remaining() < bytes) {
        flush();
      }
    }

    private void flush() {
      buffer.flip();
      sha.update(buffer);
      buffer.clear();
    }

    byte[] done() {
      flush();
      return sha.digest();
    }
  }
}
