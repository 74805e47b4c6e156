package org.corridor.solve;

/**
 * The LP algorithms on offer. GLOP's dual simplex without preprocessing is the fast default on network
 * LPs; see docs/formulation.md for the HiGHS presolve caveat.
 */
public enum SolverKind { GLOP, HIGHS, PDLP, CLP }
