package org.corridor.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The gate admits its solves and its queue, and refuses the next one at once. */
class SolveGateTest {
  @Test
  void aFullGateRefusesAndAFreedOneAdmits() throws Exception {
    SolveGate gate = new SolveGate(1, 1, 60_000);
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<String> first = pool.submit(() -> gate.run(() -> {
        running.countDown();
        await(release);
        return "first";
      }));
      assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
      Future<String> queued = pool.submit(() -> gate.run(() -> "queued"));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (gate.inside() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> gate.run(() -> "third"));
      assertThat(refused).isInstanceOf(SolveGate.Busy.class).hasMessageContaining("places for questions");
      release.countDown();
      assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
      assertThat(queued.get(10, TimeUnit.SECONDS)).isEqualTo("queued");
      assertThat(gate.run(() -> "after")).isEqualTo("after");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void waitingLongerThanTheLimitIsRefused() throws Exception {
    SolveGate gate = new SolveGate(1, 5, 50);
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    ExecutorService pool = Executors.newSingleThreadExecutor();
    try {
      pool.submit(() -> gate.run(() -> {
        running.countDown();
        await(release);
        return null;
      }));
      assertThat(running.await(10, TimeUnit.SECONDS)).isTrue();
      assertThatThrownBy(() -> gate.run(() -> "late")).isInstanceOf(SolveGate.Busy.class)
          .hasMessageContaining("no solver was free");
    } finally {
      release.countDown();
      pool.shutdownNow();
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
