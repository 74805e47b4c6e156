package org.corridor.solve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.corridor.model.Link;
import org.corridor.policy.Snapshot;

/**
 * A live solver session for variants of one base scenario. A variant whose LP has the same columns and
 * rows (policies and capacity changes only move bounds) is applied as bound changes on the loaded model
 * and the bounds are restored after; a variant of another shape (a link activated) is built and solved
 * on its own. Every case starts from the same state, so an answer never depends on which cases this
 * session solved before: that is what makes sweeps repeatable on any number of threads. That state is a
 * cold start ({@link LpSolver.LpSession#reset}), or, when asked for and the solver reports its basis
 * (GLOP), the base basis ({@link BaseBasis}: the session is steered back to it after each case, and the
 * base solved from scratch again if that fails). One session per thread: it is not shared.
 */
public final class ScenarioSweep implements AutoCloseable {
  private final TransitFormulation base;
  private final LpSolver.LpSession session;
  private final LpSolver solver;
  private final SolveOptions options;
  private int inPlace;
  private int rebuilt;
  /** The base basis once the base is solved; null before, or when the solver reports no basis. */
  private BaseBasis baseBasis;
  private boolean noBaseBasis;
  private final boolean fromBaseBasis;
  /** Whether the session's last solve ended on the base basis, or it has to be steered back first. */
  private boolean atBase;
  private boolean steerFirst;
  /** Answers this session's run has found, shared by its sessions; null: none kept. */
  private final SolvedPrograms solved;

  /** Loads the base formulation into a new session of {@code solver}; nothing is solved yet. Cases start cold. */
  public ScenarioSweep(TransitFormulation base, LpSolver solver, SolveOptions options) {
    this(base, solver, options, false);
  }

  /**
   * @param fromBaseBasis start cases from the base basis where the solver reports it ({@link BaseBasis}):
   *     faster per case on large programs (1.4–1.9× from 6,085 × 18,020 up), no faster on small ones
   *     ({@code data/eurasia}, 507 × 1,153: up to 1.2× slower), so {@link SweepRunner} decides by the base
   *     program's size ({@link CaseStart#BY_SIZE}). Its answers can differ from a cold start's in the last bits
   *     (the same optimum reached through other factorisations), never between orders or threads
   */
  public ScenarioSweep(TransitFormulation base, LpSolver solver, SolveOptions options, boolean fromBaseBasis) {
    this(base, solver, options, fromBaseBasis, null);
  }

  /**
   * A session of a run whose sessions share {@code solved}: a case whose program the run has solved before
   * takes that answer, the same bits ({@link SolvedPrograms}).
   */
  public ScenarioSweep(TransitFormulation base, LpSolver solver, SolveOptions options, boolean fromBaseBasis,
      SolvedPrograms solved) {
    this.solved = solved;
    this.fromBaseBasis = fromBaseBasis;
    this.base = base;
    this.solver = solver;
    this.options = options;
    this.session = solver.open(base.lp(), options);
  }

  public TransitFormulation formulation() {
    return base;
  }

  /** Solves a variant of the base snapshot (same data set, other policies, dates or capacities). */
  public FlowResult solve(Snapshot variant) {
    long t0 = System.nanoTime();
    TransitFormulation f = base.rebuild(variant);
    double build = (System.nanoTime() - t0) / 1e9;
    if (!sameShape(f.lp(), base.lp())) {
      rebuilt++;
      return FlowResult.from(f, known("loaded on its own", f.lp(), () -> solver.solve(f.lp(), options)), build);
    }
    inPlace++;
    return FlowResult.from(f, solveWithBounds(f.lp()), build);
  }

  /**
   * The base with one link closed, without rebuilding anything: its capacity rows (or the bound of the one
   * column a capacity is held in) and its quota rows are set to 0.
   */
  public FlowResult solveWithLinkClosed(String linkId) {
    LinearProgram closed = base.lp().withOwnBounds();
    closeLinks(base, closed, Set.of(linkId));
    inPlace++;
    return FlowResult.from(withLinkClosed(linkId), solveWithBounds(closed), 0);
  }

  /**
   * {@code resolved}, the base with a node closed (its capacity scaled by 0), solved without building its
   * formulation: closing a node only moves bounds. A node with a throughput capacity has that row set to
   * 0; any other has every link at it closed, as the resolver scales every link at a node without one.
   * {@code resolved} is only what the result reports; the bounds come from the base formulation.
   */
  public FlowResult solveWithNodeClosed(String nodeId, Snapshot resolved) {
    inPlace++;
    return FlowResult.from(base.withSnapshot(resolved), solveWithBounds(nodeClosed(base, nodeId)), 0);
  }

  /** The base program's bounds with a node closed (see {@link #solveWithNodeClosed}). */
  static LinearProgram nodeClosed(TransitFormulation base, String nodeId) {
    LinearProgram closed = base.lp().withOwnBounds();
    Snapshot s = base.snapshot();
    if (s.network().node(nodeId).capacity() != null) {
      for (int i = 0; i < closed.rows(); i++) {
        if (base.rowKind(i) == TransitFormulation.RowKind.NODE_CAPACITY && base.rowName(i).equals(
            TransitFormulation.RowKind.NODE_CAPACITY.rule + "[" + nodeId + "]")) {
          closed.setRowUpper(i, 0);
        }
      }
      return closed;
    }
    Set<String> atNode = new HashSet<>();
    for (Link l : s.links()) {
      if (l.from().equals(nodeId) || l.to().equals(nodeId)) {
        atNode.add(l.id());
      }
    }
    closeLinks(base, closed, atNode);
    return closed;
  }

  private static void closeLinks(TransitFormulation base, LinearProgram closed, Set<String> linkIds) {
    for (TransitFormulation.Capacity c : base.linkCapacities()) {
      if (linkIds.contains(base.snapshot().links().get(c.link()).id())) {
        if (c.isBound()) {
          closed.setColumnUpper(c.column(), 0);
        } else {
          closed.setRowUpper(c.row(), 0);
        }
      }
    }
    for (int i = 0; i < closed.rows(); i++) {
      if (base.rowKind(i) == TransitFormulation.RowKind.LINK_QUOTA
          && linkIds.contains(base.snapshot().quotas().get(base.rowEntity(i)).link())) {
        closed.setRowUpper(i, 0);
      }
    }
  }

  /**
   * Brings the session, which holds the base's bounds and objective, to the base basis: steered back
   * after a case, else the base solved from scratch (the same statuses every time). False when the
   * solver reports no basis or the base does not solve: then every case starts from scratch.
   */
  private boolean toBaseBasis() {
    if (!fromBaseBasis || noBaseBasis || !session.reportsBasis()) {
      return false;
    }
    if (steerFirst) {
      steerFirst = false;
      atBase = baseBasis.steer(session);
    }
    if (!atBase) {
      session.reset();
      LpSolution b = session.solve();
      if (baseBasis == null && b.isOptimal()) {
        baseBasis = BaseBasis.of(session, base.lp(), true);
      }
      if (baseBasis == null) {
        noBaseBasis = true;
        return false;
      }
      atBase = b.isOptimal() && baseBasis.holds(session.basis());
    }
    return atBase;
  }

  private TransitFormulation withLinkClosed(String linkId) {
    Snapshot s = base.snapshot();
    List<Link> links = s.links().stream().map(l -> l.id().equals(linkId) ? l.withCapacity(0) : l).toList();
    Snapshot closed = new Snapshot(s.network(), s.scenario() + " without " + linkId, s.asOf(), links,
        s.nodeCapacities(), s.supply(), s.demand(), s.policies(), s.transitRules(), s.importRules(), s.exportRules(),
        s.quotas());
    return base.withSnapshot(closed);
  }

  /**
   * Solves the variant from the base basis where the solver allows it (see {@link BaseBasis}), else from
   * scratch: either way its answer does not depend on what the session solved before.
   */
  private LpSolution solveWithBounds(LinearProgram v) {
    return known(fromBaseBasis ? "from the base basis" : "from scratch", v, () -> solveOnSession(v));
  }

  private LpSolution known(String path, LinearProgram lp, Supplier<LpSolution> solve) {
    return solved == null ? solve.get() : solved.answer(path, lp, solve);
  }

  private LpSolution solveOnSession(LinearProgram v) {
    boolean fromBase = toBaseBasis();
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
    try {
      if (!fromBase) {
        session.reset();
      }
      return LexicographicSolve.solve(session, v);
    } finally {
      cols.forEach(j -> session.setColumnBounds(j, lp.colLower(j), lp.colUpper(j)));
      rows.forEach(i -> session.setRowBounds(i, lp.rowLower(i), lp.rowUpper(i)));
      atBase = false;
      steerFirst = fromBase;
    }
  }

  /** Same columns and rows, with the same coefficients and objectives: only bounds may differ. */
  static boolean sameShape(LinearProgram a, LinearProgram b) {
    if (a.columns() != b.columns() || a.rows() != b.rows() || a.nonZeros() != b.nonZeros()) {
      return false;
    }
    for (int j = 0; j < a.columns(); j++) {
      if (a.objective(j) != b.objective(j) || a.tieBreak(j) != b.tieBreak(j)) {
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

  /** How many variants were solved on the loaded model (bounds only) and how many were rebuilt. */
  public int inPlaceSolves() {
    return inPlace;
  }

  public int rebuiltSolves() {
    return rebuilt;
  }

  @Override
  public void close() {
    session.close();
  }
}
