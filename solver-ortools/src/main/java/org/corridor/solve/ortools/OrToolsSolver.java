package org.corridor.solve.ortools;

import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPModelRequest;
import com.google.ortools.linearsolver.MPSolutionResponse;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import org.corridor.solve.LinearProgram;
import org.corridor.solve.LpSolution;
import org.corridor.solve.LpSolver;
import org.corridor.solve.LpStatus;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.SolverKind;
import org.corridor.solve.network.NetworkSolve;

/**
 * Solves the core's {@link LinearProgram}s through OR-Tools' MPSolver. GLOP runs its primal simplex with
 * preprocessing off: measured on our transit LPs (docs/performance.md), primal solves cold 19× faster than
 * the dual simplex, and without preprocessing a re-solve after a bound change starts from the last basis
 * (with preprocessing it took 32× longer). HiGHS is sent the model as a request, which carries its options
 * (quiet, time limit); PDLP's duals are approximate, so its solutions are not tie-broken. {@code AUTO}
 * solves a program of network shape with the core's {@link NetworkSolve} (network simplex, both stages)
 * when its numbers are whole, and any other with GLOP; sessions (sweeps change bounds and re-solve) always
 * use GLOP.
 */
public final class OrToolsSolver implements LpSolver {
  public static final String GLOP_PARAMETERS = "use_dual_simplex: false use_preprocessing: false";

  private final String glopParameters;

  public OrToolsSolver() {
    this(GLOP_PARAMETERS);
  }

  /** With other GLOP parameters (protobuf text format), for benchmarks that compare settings. */
  public OrToolsSolver(String glopParameters) {
    this.glopParameters = glopParameters;
  }

  /**
   * OR-Tools' native libraries, loaded once per process (from the cache folder, {@link NativeLibraries}). Sessions
   * and the min-cost-flow path load them on first use, so a program the network simplex answers runs without
   * them (about 20 MB of resident memory and 0.07 s saved). Code that calls OR-Tools' classes directly calls
   * this first.
   */
  public static void loadNativeLibraries() {
    NativeLibraries.load();
  }

  static String solverId(SolverKind kind) {
    return switch (kind) {
      case AUTO, GLOP, MIN_COST_FLOW -> "GLOP";
      case HIGHS -> "HIGHS_LP";
      case PDLP -> "PDLP";
      case CLP -> "CLP";
    };
  }

  @Override
  public LpSolution solve(LinearProgram lp, SolveOptions options) {
    if (options.solver() == SolverKind.AUTO) {
      LpSolution network = NetworkSolve.solve(lp);
      if (network != null) {
        return network;
      }
    } else if (options.solver() == SolverKind.MIN_COST_FLOW) {
      loadNativeLibraries();
      LpSolution network = MinCostFlowSolve.solve(lp);
      if (network != null) {
        return network;
      }
    }
    return LpSolver.super.solve(lp, options);
  }

  @Override
  public LpSession open(LinearProgram lp, SolveOptions options) {
    loadNativeLibraries();
    MPSolver solver = MPSolver.createSolver(solverId(options.solver()));
    if (solver == null) {
      throw new IllegalStateException("OR-Tools has no solver " + solverId(options.solver()) + " on this platform");
    }
    boolean glop = options.solver() == SolverKind.GLOP || options.solver() == SolverKind.AUTO
        || options.solver() == SolverKind.MIN_COST_FLOW;
    if (glop && !glopParameters.isEmpty()
        && !solver.setSolverSpecificParametersAsString(glopParameters)) {
      throw new IllegalStateException("GLOP refused its parameters: " + glopParameters);
    }
    // Solver logs (HiGHS prints a banner by default) would corrupt CSV and JSON on standard output.
    solver.suppressOutput();
    if (options.timeLimitSeconds() > 0) {
      solver.setTimeLimit((long) (options.timeLimitSeconds() * 1000));
    }
    String name = glop ? "glop" : options.solver().name().toLowerCase(java.util.Locale.ROOT);
    return new Session(solver, load(solver, lp), name,
        options.timeLimitSeconds());
  }

  private static MPVariable[] load(MPSolver solver, LinearProgram lp) {
    double inf = MPSolver.infinity();
    MPVariable[] vars = new MPVariable[lp.columns()];
    MPObjective objective = solver.objective();
    for (int j = 0; j < vars.length; j++) {
      vars[j] = solver.makeNumVar(lp.colLower(j), Math.min(lp.colUpper(j), inf), "");
      if (lp.objective(j) != 0) {
        objective.setCoefficient(vars[j], lp.objective(j));
      }
    }
    objective.setMaximization();
    for (int i = 0; i < lp.rows(); i++) {
      MPConstraint c = solver.makeConstraint(Math.max(lp.rowLower(i), -inf), Math.min(lp.rowUpper(i), inf), "");
      for (int k = lp.rowStart(i); k < lp.rowEnd(i); k++) {
        c.setCoefficient(vars[lp.entryColumn(k)], lp.entryValue(k));
      }
    }
    return vars;
  }

  /** A loaded MPSolver; re-solves keep GLOP's basis. */
  private static final class Session implements LpSession {
    private final MPSolver solver;
    private final MPVariable[] vars;
    private final String name;
    private final double timeLimit;

    Session(MPSolver solver, MPVariable[] vars, String name, double timeLimit) {
      this.solver = solver;
      this.vars = vars;
      this.name = name;
      this.timeLimit = timeLimit;
    }

    @Override
    public LpSolution solve() {
      if (name.equals("highs")) {
        return solveHighsByRequest();
      }
      long t0 = System.nanoTime();
      MPSolver.ResultStatus rs = solver.solve();
      double seconds = (System.nanoTime() - t0) / 1e9;
      LpStatus status = status(rs);
      // GLOP stopped by the clock may answer ABNORMAL rather than NOT_SOLVED: say what happened.
      if (status == LpStatus.ERROR && timeLimit > 0 && seconds >= 0.99 * timeLimit) {
        status = LpStatus.TIME_LIMIT;
      }
      if (status != LpStatus.OPTIMAL) {
        return new LpSolution(status, Double.NaN, new double[0], new double[0], seconds, name, solver.iterations());
      }
      double[] x = new double[vars.length];
      double[] reduced = new double[vars.length];
      for (int j = 0; j < x.length; j++) {
        x[j] = vars[j].solutionValue();
        reduced[j] = vars[j].reducedCost();
      }
      MPConstraint[] rows = solver.constraints();
      double[] duals = new double[rows.length];
      for (int i = 0; i < rows.length; i++) {
        duals[i] = rows[i].dualValue();
      }
      return new LpSolution(status, solver.objective().value(), x, duals, reduced, seconds, name, solver.iterations(),
          "");
    }

    /**
     * HiGHS through a model request: MPSolver passes HiGHS no option (its banner goes to standard output
     * and its time limit is ignored), while a request carries HiGHS's own options. The price: no duals, so
     * no shadow prices and no tie-break stage with HiGHS.
     */
    private LpSolution solveHighsByRequest() {
      String options = "output_flag=false" + (timeLimit > 0 ? "\ntime_limit=" + timeLimit : "");
      MPModelRequest request = MPModelRequest.newBuilder().setModel(solver.exportModelToProto())
          .setSolverType(MPModelRequest.SolverType.HIGHS_LINEAR_PROGRAMMING).setEnableInternalSolverOutput(false)
          .setSolverSpecificParameters(options).build();
      long t0 = System.nanoTime();
      MPSolutionResponse r = MPSolver.solveWithProto(request);
      double seconds = (System.nanoTime() - t0) / 1e9;
      LpStatus status = switch (r.getStatus()) {
        case MPSOLVER_OPTIMAL -> LpStatus.OPTIMAL;
        case MPSOLVER_INFEASIBLE -> LpStatus.INFEASIBLE;
        case MPSOLVER_UNBOUNDED -> LpStatus.UNBOUNDED;
        case MPSOLVER_NOT_SOLVED, MPSOLVER_FEASIBLE, MPSOLVER_CANCELLED_BY_USER -> LpStatus.TIME_LIMIT;
        default -> LpStatus.ERROR;
      };
      if (status != LpStatus.OPTIMAL) {
        return new LpSolution(status, Double.NaN, new double[0], new double[0], new double[0], seconds, name, 0,
            r.getStatusStr());
      }
      // OR-Tools 9.14 returns no reduced costs and wrong row duals on this path (a capacity row priced 6
      // where GLOP and CLP give 10): report no duals rather than wrong ones.
      double[] noDuals = new double[solver.numConstraints()];
      java.util.Arrays.fill(noDuals, Double.NaN);
      return new LpSolution(status, r.getObjectiveValue(), toArray(r.getVariableValueList()), noDuals, new double[0],
          seconds, name, 0, "");
    }

    private static double[] toArray(java.util.List<Double> values) {
      return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public boolean exactDuals() {
      return !name.equals("pdlp") && !name.equals("highs");
    }

    private LpStatus status(MPSolver.ResultStatus rs) {
      return switch (rs) {
        case OPTIMAL -> LpStatus.OPTIMAL;
        case INFEASIBLE -> LpStatus.INFEASIBLE;
        case UNBOUNDED -> LpStatus.UNBOUNDED;
        case NOT_SOLVED, FEASIBLE -> LpStatus.TIME_LIMIT;
        default -> LpStatus.ERROR;
      };
    }

    @Override
    public void setColumnBounds(int column, double lo, double up) {
      vars[column].setBounds(lo, Math.min(up, MPSolver.infinity()));
    }

    @Override
    public void setRowBounds(int row, double lo, double up) {
      solver.constraint(row).setBounds(Math.max(lo, -MPSolver.infinity()), Math.min(up, MPSolver.infinity()));
    }

    @Override
    public void setObjective(double[] coefficients) {
      MPObjective objective = solver.objective();
      objective.clear();
      for (int j = 0; j < coefficients.length; j++) {
        if (coefficients[j] != 0) {
          objective.setCoefficient(vars[j], coefficients[j]);
        }
      }
      objective.setMaximization();
    }

    @Override
    public void reset() {
      solver.reset();
    }

    @Override
    public boolean reportsBasis() {
      return name.equals("glop");
    }

    @Override
    public byte[] basis() {
      if (!reportsBasis()) {
        return new byte[0];
      }
      MPConstraint[] rows = solver.constraints();
      byte[] statuses = new byte[vars.length + rows.length];
      for (int j = 0; j < vars.length; j++) {
        statuses[j] = code(vars[j].basisStatus());
      }
      for (int i = 0; i < rows.length; i++) {
        statuses[vars.length + i] = code(rows[i].basisStatus());
      }
      return statuses;
    }

    private static byte code(MPSolver.BasisStatus status) {
      return switch (status) {
        case FREE -> LpSession.FREE;
        case AT_LOWER_BOUND -> LpSession.AT_LOWER;
        case AT_UPPER_BOUND -> LpSession.AT_UPPER;
        case FIXED_VALUE -> LpSession.FIXED;
        case BASIC -> LpSession.BASIC;
      };
    }

    @Override
    public void close() {
      solver.delete();
    }
  }
}
