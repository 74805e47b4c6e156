package org.corridor.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.corridor.policy.Policy;
import org.corridor.policy.Scenario;
import org.corridor.policy.ScenarioResolver;
import org.corridor.solve.FlowResult;
import org.corridor.solve.LpStatus;
import org.corridor.solve.Sweep;
import org.corridor.solve.SweepRunner;

/**
 * What each policy or event in force costs, on its scenario's date: re-solve without it.
 * <pre>
 *   cost(P) to X = welfare_X(scenario without P) − welfare_X(scenario)
 *   stranded(P, c) = unused supply of c with P − without P
 * </pre>
 * A positive cost is a loss caused by P; a negative one, a gain (the other side of a ban, or a
 * competitor of a closed route). Costs of several policies need not add up: they interact.
 */
public final class PolicyCosts {
  /** One policy. When the re-solve without it is not optimal ({@code status}), its costs are NaN. */
  public record Row(String scenario, String date, String policy, String kind, String description, String status,
      double totalCost, String biggestLoser, double biggestLoss, String biggestWinner, double biggestGain,
      String stranded) {}

  private PolicyCosts() {}

  public static List<Row> of(ScenarioResolver resolver, Scenario scenario, FlowResult withAll, SweepRunner runner) {
    Outcome base = new Outcome(withAll);
    List<Row> rows = new ArrayList<>(runner.run(Sweep.of("policy costs", withAll.snapshot().policies(),
        p -> Sweep.Variant.of(resolver.resolve(scenario.without(scenario.name() + " without " + p.id(), p.id()))),
        (p, without) -> without.isOptimal() ? row(base, p, new Outcome(without)) : unsolved(base, p, without))));
    rows.sort(Comparator.comparingDouble((Row r) -> Double.isNaN(r.totalCost()) ? 1 : 0)
        .thenComparingDouble(r -> -Math.abs(r.totalCost())));
    return rows;
  }

  private static Row unsolved(Outcome with, Policy p, FlowResult without) {
    var snap = with.result().snapshot();
    return new Row(snap.scenario(), snap.asOf().toString(), p.id(), p.kind(), p.description(),
        without.status().label(), Double.NaN, null, Double.NaN, null, Double.NaN, "");
  }

  private static Row row(Outcome with, Policy p, Outcome without) {
    var snap = with.result().snapshot();
    String loser = null;
    String winner = null;
    // A change within the solver's rounding of the total names nobody: which country it falls on is noise.
    double noise = Math.max(FlowResult.EPS, 1e-9 * Math.abs(without.totalWelfare()));
    double loss = noise;
    double gain = noise;
    for (String c : snap.network().countries().keySet()) {
      double d = without.welfare(c) - with.welfare(c);
      if (d > loss) {
        loss = d;
        loser = c;
      }
      if (-d > gain) {
        gain = -d;
        winner = c;
      }
    }
    List<String> stranded = new ArrayList<>();
    for (String c : snap.network().commodities().keySet()) {
      double s = with.stranded(c) - without.stranded(c);
      if (Math.abs(s) > 1e-6) {
        stranded.add(c + " " + String.format(java.util.Locale.ROOT, "%+.3f", s) + " "
            + snap.network().commodities().get(c).unit().symbol());
      }
    }
    return new Row(snap.scenario(), snap.asOf().toString(), p.id(), p.kind(), p.description(),
        LpStatus.OPTIMAL.label(), without.totalWelfare() - with.totalWelfare(), loser, loser == null ? 0 : loss,
        winner, winner == null ? 0 : gain, String.join("; ", stranded));
  }
}
