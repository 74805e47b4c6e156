package org.corridor.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.corridor.model.Country;
import org.corridor.model.SourceRef;
import org.corridor.model.Validity;
import org.corridor.policy.CapacityChange;
import org.corridor.policy.Scenario;
import org.corridor.policy.ScenarioResolver;
import org.corridor.policy.TransitBan;
import org.corridor.solve.FlowResult;
import org.corridor.solve.LpStatus;
import org.corridor.solve.Sweep;
import org.corridor.solve.SweepRunner;

/**
 * N-1 contingencies (peers-and-methods C7): close each link, each node, and each country's territory to
 * transit in turn, re-solve, and measure what is lost.
 * <pre>
 *   welfare loss(e)  = Σ_X welfare_X(base) − Σ_X welfare_X(without e)     (tariffs included)
 *   loss of X        = welfare_X(base) − welfare_X(without e)
 *   stranded(e, c)   = unused supply of c without e − unused supply of c in the base
 * </pre>
 * A link or node that carries no flow cannot change the optimum when closed (the base solution stays
 * feasible): it is listed as not solved, with zero loss. A country case is a transit ban by that
 * country on every commodity and origin (its own flows and imports still move).
 */
public final class Chokepoints {
  /**
   * One element. {@code solved} is false for an element that carries no flow (closing it changes
   * nothing, so it is not re-solved); {@code status} is the re-solve's status, and when it is not
   * {@code optimal} the losses are NaN, never read as a loss.
   */
  public record Row(String scenario, String element, String id, boolean solved, String status, double welfareLoss,
      double shipperLoss, String biggestLoser, double biggestLoss) {
    public boolean optimal() {
      return status.equals(LpStatus.OPTIMAL.label());
    }
  }

  public record CountryLoss(String scenario, String element, String id, String country, double loss) {}

  public record Stranded(String scenario, String element, String id, String commodity, String unit, double increase) {}

  /** All three tables of one run. */
  public record Result(List<Row> ranking, List<CountryLoss> countryLosses, List<Stranded> stranded) {}

  /** What an N-1 case closes; {@link #label} is how tables name it. */
  public enum Element {
    LINK, NODE, COUNTRY;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private record Case(Element kind, String id) {
    String element() {
      return kind.label();
    }
  }

  private final ScenarioResolver resolver;
  private final Scenario scenario;
  private final SweepRunner runner;

  public Chokepoints(ScenarioResolver resolver, Scenario scenario, SweepRunner runner) {
    this.resolver = resolver;
    this.scenario = scenario;
    this.runner = runner;
  }

  public Result run(FlowResult base) {
    Outcome b = new Outcome(base);
    List<Case> solved = new ArrayList<>();
    List<Case> skipped = new ArrayList<>();
    split(base, solved, skipped);
    List<FlowResult> outcomes = runner.run(Sweep.of("chokepoints", solved, this::variant, (c, r) -> r));
    List<Row> rows = new ArrayList<>();
    List<CountryLoss> losses = new ArrayList<>();
    List<Stranded> stranded = new ArrayList<>();
    String name = base.snapshot().scenario();
    for (int i = 0; i < solved.size(); i++) {
      Case c = solved.get(i);
      FlowResult r = outcomes.get(i);
      if (!r.isOptimal()) {
        rows.add(new Row(name, c.element(), c.id(), true, r.status().label(), Double.NaN, Double.NaN, null, Double.NaN));
        continue;
      }
      rows.add(compare(name, b, c, new Outcome(r), losses, stranded));
    }
    skipped.forEach(c -> rows.add(new Row(name, c.element(), c.id(), false, "not solved", 0, 0, null, 0)));
    // Largest loss first; cases that did not solve last; ties in the order of the cases.
    rows.sort(Comparator.comparingDouble((Row r) -> Double.isNaN(r.welfareLoss()) ? 1 : 0)
        .thenComparing(Row::welfareLoss, Comparator.reverseOrder()));
    return new Result(rows, losses, stranded);
  }

  private static Row compare(String name, Outcome b, Case c, Outcome o, List<CountryLoss> losses,
      List<Stranded> stranded) {
    var net = b.result().snapshot().network();
    String loser = null;
    double worst = 0;
    for (String x : net.countries().keySet()) {
      double loss = b.welfare(x) - o.welfare(x);
      if (Math.abs(loss) > 1e-6) {
        losses.add(new CountryLoss(name, c.element(), c.id(), x, loss));
      }
      if (loss > worst) {
        worst = loss;
        loser = x;
      }
    }
    for (String k : net.commodities().keySet()) {
      double inc = o.stranded(k) - b.stranded(k);
      if (Math.abs(inc) > 1e-6) {
        stranded.add(new Stranded(name, c.element(), c.id(), k, net.unitOf(k).perYear(), inc));
      }
    }
    return new Row(name, c.element(), c.id(), true, LpStatus.OPTIMAL.label(), b.totalWelfare() - o.totalWelfare(),
        b.result().objective() - o.result().objective(), loser, worst);
  }

  private void split(FlowResult base, List<Case> solved, List<Case> skipped) {
    Set<String> usedLinks = new LinkedHashSet<>();
    Set<String> usedNodes = new LinkedHashSet<>();
    Set<String> touched = new LinkedHashSet<>();
    var net = base.snapshot().network();
    for (FlowResult.LinkFlow f : base.flows()) {
      usedLinks.add(f.link());
      usedNodes.add(f.from());
      usedNodes.add(f.to());
      touched.add(net.countryOf(f.from()));
      touched.add(net.countryOf(f.to()));
      base.snapshot().links().stream().filter(l -> l.id().equals(f.link())).findFirst()
          .ifPresent(l -> touched.addAll(net.deniableViaCountries(l)));
    }
    base.snapshot().links().forEach(l -> (usedLinks.contains(l.id()) ? solved : skipped).add(new Case(Element.LINK, l.id())));
    // A node that stands for a whole market region is a sink, not a place that can close: never a chokepoint.
    net.nodes().values().stream().filter(n -> !n.aggregate())
        .forEach(n -> (usedNodes.contains(n.id()) ? solved : skipped).add(new Case(Element.NODE, n.id())));
    for (Country c : net.countries().values()) {
      if (!c.isRegion()) {
        (touched.contains(c.code()) ? solved : skipped).add(new Case(Element.COUNTRY, c.code()));
      }
    }
  }

  private Sweep.Variant variant(Case c) {
    SourceRef why = SourceRef.estimate("N-1 case");
    return switch (c.kind()) {
      case LINK -> new Sweep.Variant.LinkClosed(c.id());
      case NODE -> new Sweep.Variant.NodeClosed(c.id(), resolver.resolve(scenario.plus(scenario.name() + " without "
          + c.id(), List.of(new CapacityChange("n-1-" + c.id(), null, c.id(), 0, Validity.ALWAYS, "", why)))));
      case COUNTRY -> Sweep.Variant.of(resolver.resolve(scenario.plus(scenario.name() + " without transit via " + c.id(),
          List.of(new TransitBan("n-1-" + c.id(), c.id(), List.of(), List.of(), List.of(), List.of(), Validity.ALWAYS,
              "", why)))));
    };
  }
}
