package org.corridor.solve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.corridor.policy.Snapshot;

/**
 * Runs many variants of one base snapshot on all cores: each thread keeps its own {@link ScenarioSweep}
 * (one live solver, warm re-solves) and takes the next case until none is left. Results come back in
 * the order of the cases.
 */
public final class SweepRunner {
  private final LpSolver solver;
  private final SolveOptions options;
  private final int threads;
  private final Progress progress;

  public SweepRunner(LpSolver solver, SolveOptions options, int threads, Progress progress) {
    this.solver = solver;
    this.options = options;
    this.threads = Math.max(1, threads);
    this.progress = progress;
  }

  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  public <T> List<T> run(String task, Snapshot base, List<Function<ScenarioSweep, T>> cases) {
    Object[] results = new Object[cases.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    int n = Math.min(threads, Math.max(1, cases.size()));
    ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
      Thread t = new Thread(r, "corridor-sweep");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int w = 0; w < n; w++) {
        workers.add(pool.submit(() -> {
          try (ScenarioSweep sweep = new ScenarioSweep(base, solver, options)) {
            for (int i = next.getAndIncrement(); i < cases.size(); i = next.getAndIncrement()) {
              results[i] = cases.get(i).apply(sweep);
              progress.update(task, done.incrementAndGet(), cases.size());
            }
          }
          return null;
        }));
      }
      for (Future<?> f : workers) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    @SuppressWarnings("unchecked")
    List<T> out = (List<T>) Arrays.asList(results);
    return out;
  }
}
