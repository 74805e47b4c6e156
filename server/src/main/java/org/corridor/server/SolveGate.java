package org.corridor.server;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * A bounded number of solves at once and a short queue before them: a request that finds both full, or
 * waits in the queue longer than {@code maxWaitMillis}, is refused with {@link Busy} (429) instead of
 * piling up threads on a machine that solves one LP per core.
 */
final class SolveGate {
  private final Semaphore running;
  private final int admitted;
  private final long maxWaitMillis;
  private final AtomicInteger inside = new AtomicInteger();

  SolveGate(int maxSolves, int queue, long maxWaitMillis) {
    this.running = new Semaphore(maxSolves, true);
    this.admitted = maxSolves + queue;
    this.maxWaitMillis = maxWaitMillis;
  }

  <T> T run(Supplier<T> work) {
    if (inside.incrementAndGet() > admitted) {
      inside.decrementAndGet();
      throw new Busy("all " + admitted + " places for questions (running and queued) are taken");
    }
    try {
      if (!running.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS)) {
        throw new Busy("no solver was free within " + maxWaitMillis / 1000 + " s");
      }
      try {
        return work.get();
      } finally {
        running.release();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Busy("interrupted while waiting for a solver");
    } finally {
      inside.decrementAndGet();
    }
  }

  /** Questions running or queued now. */
  int inside() {
    return inside.get();
  }

  /** The server is too busy to take the question now: 429, try again later. */
  static final class Busy extends RuntimeException {
    Busy(String message) {
      super("the server is busy: " + message + ". Maybe try again in a few seconds.");
    }
  }
}
