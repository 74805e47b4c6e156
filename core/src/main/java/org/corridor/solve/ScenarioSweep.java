package org.corridor.solve;

import java.util.ArrayList;
import java.util.List;
import org.corridor.model.Link;
import org.corridor.policy.Snapshot;

/**
 * Re-solves variants of one base snapshot on a live solver: a variant whose LP has the same columns and
 * rows (policies and capacity changes only move bounds) is applied as bound changes, solved from the
 * previous basis, and the bounds are restored. A variant with another shape (a link activated) is
 * built and solved cold. One sweep per thread: the session is not shared.
 */
public final class ScenarioSweep implements AutoCloseable {
  private final TransitFormulation base;
  private final LpSolver.LpSession session;
  private final FlowResult baseResult;
  private int warm;
  private int cold;
  private final LpSolver solver;
  private final SolveOptions options;

  public ScenarioSweep(Snapshot snapshot, LpSolver solver, SolveOptions options) {
    long t0 = System.nanoTime();
    this.base = TransitFormulation.build(snapshot);
    double build = (System.nanoTime() - t0) / 1e9;
    this.solver = solver;
    this.options = options;
    this.session = solver.open(base.lp(), options);
    this.baseResult = FlowResult.from(base, session.solve(), build);
  }

  public FlowResult base() {
    return baseResult;
  }

  public TransitFormulation formulation() {
    return base;
  }

  /** Solves a variant of the base snapshot (same data set, other policies or capacities). */
  public FlowResult solve(Snapshot variant) {
    long t0 = System.nanoTime();
    TransitFormulation f = TransitFormulation.build(variant);
    double build = (System.nanoTime() - t0) / 1e9;
    if (!sameShape(f.lp(), base.lp())) {
      cold++;
      return FlowResult.from(f, solver.solve(f.lp(), options), build);
    }
    warm++;
    return FlowResult.from(f, solveWithBounds(f.lp()), build);
  }

  /**
   * The base with one link closed, without rebuilding anything: its capacity rows are set to 0. This
   * is the N-1 fast path.
   */
  public FlowResult solveWithLinkClosed(String linkId) {
    List<Integer> rows = new ArrayList<>();
    LinearProgram lp = base.lp();
    for (int i = 0; i < lp.rows(); i++) {
      if (base.rowKind(i) == TransitFormulation.RowKind.LINK_CAPACITY
          && base.snapshot().links().get(base.rowEntity(i)).id().equals(linkId)) {
        rows.add(i);
      }
    }
    rows.forEach(i -> session.setRowBounds(i, lp.rowLower(i), 0));
    LpSolution s = session.solve();
    rows.forEach(i -> session.setRowBounds(i, lp.rowLower(i), lp.rowUpper(i)));
    warm++;
    return FlowResult.from(withLinkClosed(linkId), s, 0);
  }

  private TransitFormulation withLinkClosed(String linkId) {
    Snapshot s = base.snapshot();
    List<Link> links = s.links().stream().map(l -> l.id().equals(linkId) ? l.withCapacity(0) : l).toList();
    Snapshot closed = new Snapshot(s.network(), s.scenario() + " without " + linkId, s.asOf(), links,
        s.nodeCapacities(), s.supply(), s.demand(), s.policies(), s.transitRules(), s.importRules(), s.exportRules());
    return base.withSnapshot(closed);
  }

  private LpSolution solveWithBounds(LinearProgram v) {
    LinearProgram lp = base.lp();
    List<Integer> cols = new ArrayList<>();
    List<Integer> rows = new ArrayList<>();
    for (int j = 0; j < lp.columns(); j++) {
      if (v.colUpper(j) != lp.colUpper(j) || v.colLower(j) != lp.colLower(j)) {
        session.setColumnBounds(j, v.colLower(j), v.colUpper(j));
        cols.add(j);
      }
    }
    for (int i = 0; i < lp.rows(); i++) {
      if (v.rowUpper(i) != lp.rowUpper(i) || v.rowLower(i) != lp.rowLower(i)) {
        session.setRowBounds(i, v.rowLower(i), v.rowUpper(i));
        rows.add(i);
      }
    }
    LpSolution s = session.solve();
    cols.forEach(j -> session.setColumnBounds(j, lp.colLower(j), lp.colUpper(j)));
    rows.forEach(i -> session.setRowBounds(i, lp.rowLower(i), lp.rowUpper(i)));
    return s;
  }

  /** Same columns and rows, with the same coefficients and objective: only bounds may differ. */
  static boolean sameShape(LinearProgram a, LinearProgram b) {
    if (a.columns() != b.columns() || a.rows() != b.rows() || a.nonZeros() != b.nonZeros()) {
      return false;
    }
    for (int j = 0; j < a.columns(); j++) {
      if (a.objective(j) != b.objective(j)) {
        return false;
      }
    }
    for (int k = 0; k < a.nonZeros(); k++) {
      if (a.entryColumn(k) != b.entryColumn(k) || a.entryValue(k) != b.entryValue(k)) {
        return false;
      }
    }
    for (int i = 0; i < a.rows(); i++) {
      if (a.rowStart(i) != b.rowStart(i)) {
        return false;
      }
    }
    return true;
  }

  /** How many variants were solved warm (bounds only) and cold (rebuilt). */
  public int warmSolves() {
    return warm;
  }

  public int coldSolves() {
    return cold;
  }

  @Override
  public void close() {
    session.close();
  }
}
