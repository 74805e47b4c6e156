package org.corridor.cli;

import org.corridor.api.RunOptions;
import org.corridor.solve.SolveOptions;
import picocli.CommandLine.Option;

/** Which LP algorithm, and how long it may run. */
final class SolverOptions {
  @Option(names = "--solver", paramLabel = "NAME", defaultValue = "auto",
      description = "LP solver: auto (default: the network simplex where the program is a single-class network "
          + "with whole numbers, else glop), glop (primal simplex), highs, pdlp, clp or min-cost-flow (OR-Tools' "
          + "cost scaling where the optimum is unique, else glop). HiGHS runs with its default "
          + "presolve, which can be slow on network LPs; PDLP is approximate (see docs/formulation.md).")
  String solver;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "0",
      description = "Stop each solve after this many seconds (0: no limit).")
  double timeLimit;

  RunOptions options(int threads) {
    return new RunOptions(new SolveOptions(RunOptions.solver(solver), timeLimit), threads);
  }
}
