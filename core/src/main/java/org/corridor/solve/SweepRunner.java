package org.corridor.solve;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs {@link Sweep}s of one base formulation on an injected executor. It keeps a pool of live solver
 * sessions, at most {@code parallelism}, opened on first need and kept for every sweep of the run; a
 * task borrows one, solves its case from a fixed state (see below) and gives it back. Because no case
 * depends on the one solved before it on the same session, the results are the same, in the order of the
 * cases, whatever the executor, the number of sessions or the order in which tasks run.
 *
 * <p>Where a case starts is a {@link CaseStart}, {@link CaseStart#BY_SIZE} unless asked otherwise: from the base
 * basis on programs of at least {@link CaseStart#BASE_BASIS_FROM} rows × columns, where that was measured to
 * be faster per case, else from scratch (docs/performance.md, "A rule by program size"). It is decided once,
 * from the base program, so every session of the run starts its cases the same way. The two starts can give
 * answers that differ in their last bits; a given program always gets the same one.
 */
public final class SweepRunner implements AutoCloseable {
  private final TransitFormulation base;
  private final LpSolver solver;
  private final SolveOptions options;
  private final Executor executor;
  private final Progress progress;
  private final BlockingQueue<ScenarioSweep> idle;
  private final List<ScenarioSweep> all = new ArrayList<>();
  private final int parallelism;
  private final boolean fromBaseBasis;
  /** Answers found in this run, shared by its sessions: a repeated program is not solved again. */
  private final SolvedPrograms solved = new SolvedPrograms();

  /**
   * A runner whose cases start as {@link CaseStart#BY_SIZE} decides for {@code base}.
   *
   * @param base the formulation whose variants are solved in place (others are rebuilt)
   * @param parallelism how many sessions may solve at once; the executor should offer as many threads
   */
  public SweepRunner(TransitFormulation base, LpSolver solver, SolveOptions options, Executor executor,
      int parallelism, Progress progress) {
    this(base, solver, options, CaseStart.BY_SIZE, executor, parallelism, progress);
  }

  /** A runner whose cases start as {@code start} says (tests and benchmarks force either start). */
  public SweepRunner(TransitFormulation base, LpSolver solver, SolveOptions options, CaseStart start,
      Executor executor, int parallelism, Progress progress) {
    if (parallelism < 1) {
      throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
    }
    this.base = base;
    this.solver = solver;
    this.options = options;
    this.executor = executor;
    this.parallelism = parallelism;
    this.progress = progress;
    this.idle = new ArrayBlockingQueue<>(parallelism);
    this.fromBaseBasis = start.fromBaseBasis(base.lp());
  }

  public TransitFormulation base() {
    return base;
  }

  public SolveOptions options() {
    return options;
  }

  /** How many cases of this run took the answer of a program solved before ({@link SolvedPrograms}). */
  public int repeats() {
    return solved.repeats();
  }

  /** Whether this runner's sessions start cases from the base basis (where the solver reports one). */
  public boolean startsFromBaseBasis() {
    return fromBaseBasis;
  }

  /** Every case's result, in the order of {@link Sweep#cases()}. */
  public <C, R> List<R> run(Sweep<C, R> sweep) {
    List<C> cases = sweep.cases();
    AtomicInteger done = new AtomicInteger();
    List<CompletableFuture<R>> futures = new ArrayList<>(cases.size());
    for (C c : cases) {
      futures.add(CompletableFuture.supplyAsync(() -> {
        R r = solveCase(sweep, c);
        progress.update(sweep.task(), done.incrementAndGet(), cases.size());
        return r;
      }, executor));
    }
    List<R> out = new ArrayList<>(cases.size());
    try {
      for (CompletableFuture<R> f : futures) {
        out.add(f.join());
      }
    } catch (CompletionException e) {
      futures.forEach(f -> f.cancel(true));
      throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
    }
    return out;
  }

  private <C, R> R solveCase(Sweep<C, R> sweep, C c) {
    ScenarioSweep session = borrow();
    try {
      return sweep.evaluate(c, sweep.variant(c).solveOn(session));
    } finally {
      idle.add(session);
    }
  }

  private ScenarioSweep borrow() {
    ScenarioSweep s = idle.poll();
    if (s != null) {
      return s;
    }
    synchronized (all) {
      if (all.size() < parallelism) {
        ScenarioSweep opened = new ScenarioSweep(base, solver, options, fromBaseBasis, solved);
        all.add(opened);
        return opened;
      }
    }
    try {
      return idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a solver session", e);
    }
  }

  @Override
  public void close() {
    synchronized (all) {
      all.forEach(ScenarioSweep::close);
      all.clear();
      idle.clear();
    }
  }
}
