package org.corridor.solve.ortools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.corridor.api.RunOptions;
import org.corridor.policy.Scenario;
import org.corridor.policy.ScenarioResolver;
import org.corridor.policy.Snapshot;
import org.corridor.solve.FeasibilityChecker;
import org.corridor.solve.FlowResult;
import org.corridor.solve.LinearProgram;
import org.corridor.solve.LpSolution;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.TransitFormulation;
import org.corridor.synthetic.SyntheticNetwork;
import org.junit.jupiter.api.Test;

/**
 * OR-Tools' MinCostFlow path ({@code --solver min-cost-flow}) against GLOP: where it answers, the same welfare,
 * flows and a certified dual.
 */
class MinCostFlowSolveTest {
  private static final OrToolsSolver SOLVER = new OrToolsSolver();

  private static Snapshot snapshot(int nodes, int links, long seed) {
    return new ScenarioResolver(new SyntheticNetwork(nodes, links, 1, 1, seed).generate())
        .resolve(Scenario.base(LocalDate.of(2025, 1, 1)));
  }

  /**
   * On random single-class networks (one commodity, one country; wide integer costs make ties rare), an
   * answer of the network algorithm has GLOP's welfare and GLOP's tie-broken flows, and is feasible; in
   * either capacity form.
   */
  @Property(tries = 60)
  void agreesWithGlopWhereItAnswers(@ForAll @IntRange(min = 4, max = 60) int nodes,
      @ForAll @IntRange(min = 0, max = 80) int extraLinks, @ForAll boolean rows, @ForAll long seed) {
    Snapshot snap = snapshot(nodes, nodes + extraLinks, seed);
    TransitFormulation f = TransitFormulation.build(snap,
        rows ? TransitFormulation.CapacityForm.ROWS : TransitFormulation.CapacityForm.BOUNDS_WHERE_SINGLE);
    LpSolution network = MinCostFlowSolve.solve(f.lp());
    Statistics.collect(network != null ? "answered" : "left to the LP");
    // The comparison below must run often enough to mean something.
    Statistics.coverage(c -> c.check("answered").percentage(p -> p >= 25));
    if (network == null) {
      return;
    }
    assertThat(network.isOptimal()).as("seed %d: %s", seed, network.detail()).isTrue();
    FlowResult byNetwork = FlowResult.from(f, network, 0);
    FlowResult byGlop = FlowResult.from(f, SOLVER.solve(f.lp(), SolveOptions.DEFAULT), 0);
    assertThat(new FeasibilityChecker().check(byNetwork)).as("seed %d", seed).isEmpty();
    assertThat(byNetwork.objective()).as("welfare, seed %d", seed)
        .isCloseTo(byGlop.objective(), within(1e-9 * Math.max(1, Math.abs(byGlop.objective()))));
    for (int j = 0; j < f.lp().columns(); j++) {
      assertThat(network.x()[j]).as("column %s, seed %d", f.lp().columnName(j), seed)
          .isCloseTo(glopX(f.lp()).x()[j], within(1e-6));
    }
  }

  private static LpSolution glopX(LinearProgram lp) {
    return SOLVER.solve(lp, SolveOptions.DEFAULT);
  }

  /** The choice is made: on these networks the network algorithm answers most of the time. */
  @Test
  void answersMostSingleClassNetworks() {
    int answered = 0;
    for (long seed = 1; seed <= 20; seed++) {
      TransitFormulation f = TransitFormulation.build(snapshot(40, 120, seed));
      if (MinCostFlowSolve.solve(f.lp()) != null) {
        answered++;
      }
    }
    assertThat(answered).isGreaterThanOrEqualTo(10);
  }

  /** `--solver min-cost-flow` answers with OR-Tools' algorithm where the optimum is unique. */
  @Test
  void minCostFlowIsSelectableAndGlopIsHonoured() {
    TransitFormulation f = TransitFormulation.build(snapshot(40, 120, 3));
    assertThat(MinCostFlowSolve.solve(f.lp())).isNotNull();
    LpSolution mcf = SOLVER.solve(f.lp(), new SolveOptions(RunOptions.solver("min-cost-flow"), 0));
    LpSolution glop = SOLVER.solve(f.lp(), SolveOptions.DEFAULT);
    assertThat(mcf.solver()).isEqualTo(MinCostFlowSolve.NAME);
    assertThat(glop.solver()).isEqualTo("glop");
    assertThat(mcf.objective()).isCloseTo(glop.objective(), within(1e-6));
  }

  /**
   * Two links of the same cost from supply A to market M: the optimum is not unique, so the network
   * algorithm gives no answer and the tie-break stage decides.
   * <pre>
   *   A ──L1 (cost 1, cap 10)──▶ M
   *   A ──L2 (cost 1, cap 10)──▶ M      supply 5 at A, demand 5 at M
   * </pre>
   */
  @Test
  void aTieIsLeftToTheLp() {
    LinearProgram lp = new LinearProgram();
    int x1 = lp.addColumn(0, 10, -1);
    int x2 = lp.addColumn(0, 10, -1);
    lp.setTieBreak(x1, -0.1);
    lp.setTieBreak(x2, -0.2);
    int s = lp.addColumn(0, 5, 0);
    int d = lp.addColumn(0, 5, 10);
    lp.beginRow(0, 0);
    lp.coefficient(x1, 1);
    lp.coefficient(x2, 1);
    lp.coefficient(s, -1);
    lp.endRow();
    lp.beginRow(0, 0);
    lp.coefficient(x1, -1);
    lp.coefficient(x2, -1);
    lp.coefficient(d, 1);
    lp.endRow();
    // Same ends and cost: one arc, shared in order of tie-break, so this tie is no tie for it.
    LpSolution merged = MinCostFlowSolve.solve(lp);
    assertThat(merged).isNotNull();
    assertThat(merged.x()[x1]).isEqualTo(5);
    assertThat(merged.x()[x2]).isZero();
    assertThat(merged.objective()).isEqualTo(45);
    // A third route of the same total cost through a hub is a real tie.
    LinearProgram hub = new LinearProgram();
    int a = hub.addColumn(0, 10, -1);
    int b1 = hub.addColumn(0, 10, -0.5);
    int b2 = hub.addColumn(0, 10, -0.5);
    int s2 = hub.addColumn(0, 5, 0);
    int d2 = hub.addColumn(0, 5, 10);
    row(hub, new int[] {a, b1, s2}, new double[] {1, 1, -1});
    row(hub, new int[] {b1, b2}, new double[] {-1, 1});
    row(hub, new int[] {a, b2, d2}, new double[] {-1, -1, 1});
    assertThat(MinCostFlowSolve.solve(hub)).isNull();
  }

  @Test
  void costsThatAreNoDecimalsAreLeftToTheLp() {
    LinearProgram lp = new LinearProgram();
    int x = lp.addColumn(0, 10, -1.0 / 3);
    int s = lp.addColumn(0, 5, 0);
    int d = lp.addColumn(0, 5, 10);
    row(lp, new int[] {x, s}, new double[] {1, -1});
    row(lp, new int[] {x, d}, new double[] {-1, 1});
    assertThat(MinCostFlowSolve.solve(lp)).isNull();
  }

  private static void row(LinearProgram lp, int[] cols, double[] coefs) {
    lp.beginRow(0, 0);
    for (int k = 0; k < cols.length; k++) {
      lp.coefficient(cols[k], coefs[k]);
    }
    lp.endRow();
  }
}
