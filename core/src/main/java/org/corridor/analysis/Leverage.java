package org.corridor.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridor.model.Country;
import org.corridor.policy.ExportBan;
import org.corridor.policy.ImportBan;
import org.corridor.policy.Policy;
import org.corridor.policy.Scenario;
import org.corridor.policy.ScenarioResolver;
import org.corridor.policy.TransitBan;
import org.corridor.model.SourceRef;
import org.corridor.model.Validity;
import org.corridor.solve.FlowResult;
import org.corridor.solve.LpStatus;
import org.corridor.solve.Sweep;
import org.corridor.solve.SweepRunner;

/**
 * Keohane and Nye's sensitivity and vulnerability, for every ordered pair (actor Y, target X) and
 * commodity c, and three levers Y can pull (docs/analyses.md, peers-and-methods C3):
 * <pre>
 *   transit  Y denies transit to X-origin c     S = τ(X,Y,c)        exposure E = X's exports of c
 *   import   Y bans imports of c from X         S = δ(X,Y,c)        exposure E = X's exports of c
 *   export   Y bans exports of c to X           S = Y's share of X's imports of c, exposure E = X's imports of c
 *
 *   vulnerability V = (E_base − E_deny) / E_base          (what is lost after optimal rerouting)
 *   re-routable   ρ = 1 − (E_base − E_deny) / (S · E_base) (of what was exposed, the part that found another way)
 *   adaptation    ΔC = (C'/E' − C/E) · E'                  (extra transport cost and tariffs on what still moves)
 *   target loss   = welfare_X(base) − welfare_X(deny)      (import lever: value of imports lost)
 *   actor cost    = welfare_Y(base) − welfare_Y(deny)      (lost tariffs and sales)
 *   asymmetry     = V(Y over X) − V(X over Y), and the same on losses in MUSD
 * </pre>
 * Pairs with S = 0 are not solved: the base optimum stays feasible under the ban, so nothing is lost.
 * Every other case is a warm re-solve on a {@link SweepRunner}.
 */
public final class Leverage {
  public enum Lever { TRANSIT, IMPORT, EXPORT }

  /**
   * One case. {@code status} is the re-solve's status; when it is not {@code optimal} the case's
   * results are NaN: a failed re-solve is reported as such, never as a loss.
   */
  public record Row(String scenario, String lever, String actor, String target, String commodity, String unit,
      String status, double exposure, double exposureValue, double sensitivityShare, double sensitivityValue,
      double vulnerabilityShare, double lostVolume, double lostValue, double reroutableShare, double adaptationCost,
      double targetLoss, double actorCost, double asymmetryShare, double asymmetryValue) {
    public boolean solved() {
      return status.equals(LpStatus.OPTIMAL.label());
    }
  }

  private record Case(Lever lever, String actor, String target, String commodity, double exposure,
      double exposureValue, double sensitivity, double sensitivityValue) {}

  private final ScenarioResolver resolver;
  private final Scenario scenario;
  private final SweepRunner runner;

  public Leverage(ScenarioResolver resolver, Scenario scenario, SweepRunner runner) {
    this.resolver = resolver;
    this.scenario = scenario;
    this.runner = runner;
  }

  /** All rows with non-zero sensitivity, for the given levers. */
  public List<Row> run(FlowResult base, Set<Lever> levers) {
    Outcome b = new Outcome(base);
    List<Row> rows = runner.run(Sweep.of("leverage", cases(b, levers),
        c -> Sweep.Variant.of(resolver.resolve(scenario.plus(
            scenario.name() + " + " + c.lever().name().toLowerCase() + " " + c.actor() + "→" + c.target(),
            List.of(policy(c))))),
        (c, deny) -> deny.isOptimal() ? row(b, c, new Outcome(deny)) : unsolved(b, c, deny)));
    return withAsymmetry(rows);
  }

  private List<Case> cases(Outcome b, Set<Lever> levers) {
    FlowResult r = b.result();
    List<String> states = r.snapshot().network().countries().values().stream().filter(c -> !c.isRegion())
        .map(Country::code).toList();
    Set<String> commodities = new LinkedHashSet<>();
    r.snapshot().supply().forEach(s -> commodities.add(s.commodity()));
    List<Case> out = new ArrayList<>();
    for (String c : commodities) {
      for (String x : states) {
        double e = b.exports(x, c);
        double ev = b.exportValue(x, c);
        if (e > FlowResult.EPS && (levers.contains(Lever.TRANSIT) || levers.contains(Lever.IMPORT))) {
          // What Y could lawfully deny: a strait under a treaty regime is not Y's lever.
          for (DependencyShares.Row s : DependencyShares.deniable(r, x, c)) {
            if (levers.contains(Lever.TRANSIT) && s.transit() > FlowResult.EPS) {
              out.add(new Case(Lever.TRANSIT, s.country(), x, c, e, ev, s.transitShare(), ev * s.transitShare()));
            }
            if (levers.contains(Lever.IMPORT) && s.destination() > FlowResult.EPS) {
              out.add(new Case(Lever.IMPORT, s.country(), x, c, e, ev, s.destinationShare(),
                  b.importValue(s.country(), c, x)));
            }
          }
        }
        double imports = b.imports(x, c, null);
        if (levers.contains(Lever.EXPORT) && imports > FlowResult.EPS) {
          for (String y : states) {
            double fromY = b.imports(x, c, y);
            if (!y.equals(x) && fromY > FlowResult.EPS) {
              out.add(new Case(Lever.EXPORT, y, x, c, imports, b.importValue(x, c, null), fromY / imports,
                  b.importValue(x, c, y)));
            }
          }
        }
      }
    }
    return out;
  }

  private static Policy policy(Case c) {
    SourceRef why = SourceRef.estimate("leverage case: " + c.actor() + " pulls the " + c.lever().name().toLowerCase()
        + " lever on " + c.target());
    String id = "leverage-" + c.lever().name().toLowerCase() + "-" + c.actor() + "-" + c.target() + "-" + c.commodity();
    return switch (c.lever()) {
      case TRANSIT -> TransitBan.of(id, c.actor(), c.commodity(), c.target());
      case IMPORT -> new ImportBan(id, c.actor(), List.of(c.commodity()), List.of(c.target()), Validity.ALWAYS, "", why);
      case EXPORT -> new ExportBan(id, c.actor(), List.of(c.commodity()), List.of(c.target()), Validity.ALWAYS, "", why);
    };
  }

  private static Row row(Outcome base, Case c, Outcome deny) {
    boolean export = c.lever() == Lever.EXPORT;
    double after = export ? deny.imports(c.target(), c.commodity(), null) : deny.exports(c.target(), c.commodity());
    double lost = Math.max(0, c.exposure() - after);
    double afterValue = export ? deny.importValue(c.target(), c.commodity(), null)
        : deny.exportValue(c.target(), c.commodity());
    double v = Exports.ratio(lost, c.exposure());
    double exposed = c.sensitivity() * c.exposure();
    double reroutable = exposed <= FlowResult.EPS ? 0 : Math.max(0, 1 - lost / exposed);
    double adaptation = export ? 0 : adaptation(base, deny, c, after);
    double targetLoss = export ? c.exposureValue() - afterValue
        : base.welfare(c.target()) - deny.welfare(c.target());
    return new Row(base.result().snapshot().scenario(), c.lever().name().toLowerCase(), c.actor(), c.target(),
        c.commodity(), unit(base, c), LpStatus.OPTIMAL.label(), c.exposure(), c.exposureValue(), c.sensitivity(),
        c.sensitivityValue(), v, lost,
        Math.max(0, c.exposureValue() - afterValue), reroutable, adaptation, targetLoss,
        base.welfare(c.actor()) - deny.welfare(c.actor()), 0, 0);
  }

  private static Row unsolved(Outcome base, Case c, FlowResult deny) {
    double nan = Double.NaN;
    return new Row(base.result().snapshot().scenario(), c.lever().name().toLowerCase(), c.actor(), c.target(),
        c.commodity(), unit(base, c), deny.status().label(), c.exposure(), c.exposureValue(), c.sensitivity(), c.sensitivityValue(),
        nan, nan, nan, nan, nan, nan, nan, nan, nan);
  }

  private static String unit(Outcome base, Case c) {
    return base.result().snapshot().network().unitOf(c.commodity()).perYear();
  }

  private static double adaptation(Outcome base, Outcome deny, Case c, double after) {
    if (after <= FlowResult.EPS) {
      return 0;
    }
    double before = base.transportCost(c.target(), c.commodity()) / c.exposure();
    double now = deny.transportCost(c.target(), c.commodity()) / after;
    return (now - before) * after;
  }

  private record Key(String lever, String actor, String target, String commodity) {
    Key reverse() {
      return new Key(lever, target, actor, commodity);
    }
  }

  private static List<Row> withAsymmetry(List<Row> rows) {
    Map<Key, Row> byKey = new HashMap<>();
    rows.forEach(r -> byKey.put(new Key(r.lever(), r.actor(), r.target(), r.commodity()), r));
    List<Row> out = new ArrayList<>();
    for (Row r : rows) {
      Row back = byKey.get(new Key(r.lever(), r.actor(), r.target(), r.commodity()).reverse());
      double vBack = back == null ? 0 : back.vulnerabilityShare();
      double lBack = back == null ? 0 : back.targetLoss();
      out.add(new Row(r.scenario(), r.lever(), r.actor(), r.target(), r.commodity(), r.unit(), r.status(), r.exposure(),
          r.exposureValue(), r.sensitivityShare(), r.sensitivityValue(), r.vulnerabilityShare(), r.lostVolume(),
          r.lostValue(), r.reroutableShare(), r.adaptationCost(), r.targetLoss(), r.actorCost(),
          r.vulnerabilityShare() - vBack, r.targetLoss() - lBack));
    }
    return out;
  }

  /**
   * The leverage matrix in MUSD: per lever, actor and target, the target's loss summed over commodities.
   * {@code unsolved} counts the cases whose re-solve was not optimal; when any is, the sums are NaN, since
   * a partial sum would understate the lever.
   */
  public record Total(String scenario, String lever, String actor, String target, int cases, int unsolved,
      double targetLoss, double actorCost, double reverseLoss) {}

  private record Pair(String scenario, String lever, String actor, String target) {}

  public static List<Total> totals(List<Row> rows) {
    Map<Pair, double[]> acc = new java.util.LinkedHashMap<>();
    for (Row r : rows) {
      double[] a = acc.computeIfAbsent(new Pair(r.scenario(), r.lever(), r.actor(), r.target()), k -> new double[4]);
      a[0] += r.targetLoss();
      a[1] += r.actorCost();
      a[2]++;
      a[3] += r.solved() ? 0 : 1;
    }
    List<Total> out = new ArrayList<>();
    acc.forEach((k, a) -> {
      double[] back = acc.get(new Pair(k.scenario(), k.lever(), k.target(), k.actor()));
      out.add(new Total(k.scenario(), k.lever(), k.actor(), k.target(), (int) a[2], (int) a[3], a[0], a[1],
          back == null ? 0 : back[0]));
    });
    // Largest first; unknown (NaN) totals last, in a fixed order.
    out.sort(java.util.Comparator.comparingDouble((Total t) -> Double.isNaN(t.targetLoss()) ? 1 : 0)
        .thenComparing(Total::targetLoss, java.util.Comparator.reverseOrder())
        .thenComparing(Total::lever).thenComparing(Total::actor).thenComparing(Total::target));
    return out;
  }
}
