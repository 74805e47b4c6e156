package org.corridor.solve;

import org.corridor.policy.Snapshot;

/** The solve pipeline: formulate → solve → map the solution back to the domain. */
public final class TransitModel {
  private final LpSolver solver;
  private final SolveOptions options;
  private final OriginTags origins;

  public TransitModel(LpSolver solver, SolveOptions options) {
    this(solver, options, OriginTags.EVERY);
  }

  /** A pipeline whose programs tag origins as {@code origins} says ({@link OriginTags}). */
  public TransitModel(LpSolver solver, SolveOptions options, OriginTags origins) {
    this.solver = solver;
    this.options = options;
    this.origins = origins;
  }

  public FlowResult solve(Snapshot snapshot) {
    long t0 = System.nanoTime();
    TransitFormulation f = TransitFormulation.build(snapshot, origins);
    double build = (System.nanoTime() - t0) / 1e9;
    LpSolution s = solver.solve(f.lp(), options);
    return FlowResult.from(f, s, build);
  }

  public LpSolver solver() {
    return solver;
  }

  public SolveOptions options() {
    return options;
  }
}
