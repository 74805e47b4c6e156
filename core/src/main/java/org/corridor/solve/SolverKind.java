package org.corridor.solve;

/**
 * The LP algorithms on offer. GLOP's primal simplex without preprocessing is the measured fast default
 * on our LPs; see docs/formulation.md, also for the HiGHS presolve caveat. {@code AUTO} chooses by the
 * program's shape: the core's network simplex, both stages, where it is exact (one flow class, no node
 * capacities or quotas, whole numbers after scaling), GLOP otherwise (docs/formulation.md, *Solvers*).
 */
public enum SolverKind {
  AUTO, GLOP, HIGHS, PDLP, CLP,
  /** OR-Tools' cost-scaling MinCostFlow where the optimum is unique (it has no tie stage), else GLOP. */
  MIN_COST_FLOW
}
