package org.corridor.solve;

/**
 * The LP algorithms on offer. GLOP's primal simplex without preprocessing is the measured fast default
 * on our LPs; see docs/formulation.md, also for the HiGHS presolve caveat. {@code AUTO} chooses by the
 * program's shape: a network algorithm where it is exact and the optimum unique (one flow class, no node
 * capacities or quotas, whole numbers after decimal scaling), GLOP otherwise (docs/formulation.md, *Solvers*).
 */
public enum SolverKind { AUTO, GLOP, HIGHS, PDLP, CLP }
