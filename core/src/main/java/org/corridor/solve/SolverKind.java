package org.corridor.solve;

/**
 * The LP algorithms on offer. GLOP's primal simplex without preprocessing is the measured fast default
 * on our LPs; see docs/formulation.md, also for the HiGHS presolve caveat.
 */
public enum SolverKind { GLOP, HIGHS, PDLP, CLP }
