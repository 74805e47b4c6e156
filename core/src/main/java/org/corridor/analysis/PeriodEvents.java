package org.corridor.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.policy.DataSet;
import org.corridor.policy.Policy;
import org.corridor.policy.Scenario;
import org.corridor.policy.ScenarioResolver;
import org.corridor.solve.FlowResult;
import org.corridor.solve.LpStatus;
import org.corridor.solve.Sweep;
import org.corridor.solve.SweepRunner;

/**
 * What each policy or event in force during part of a period costs each exporter (the focus pairs first, then
 * every other origin and commodity of the supply) over the days it is in force there, as a volume and a rate. Every sub-period i in which policy p is in force is solved again
 * without p (on its first day, like the sub-period itself):
 * <pre>
 *   lost_X,c(p)  = Σ_{i ∋ p} (E_X,c(i without p) − E_X,c(i)) · years_i     E: exports (deliveries abroad)
 *   loss rate    = lost_X,c(p) / Σ_{i ∋ p} years_i
 * </pre>
 * so a three-day strike reports the volume it cut over its three days and the yearly rate it cut at. Rows
 * with no loss are left out; a case that does not solve to an optimum gives its status and no number.
 */
public final class PeriodEvents {
  /** A policy's cost to one exporter and commodity over the days ({@code from} to {@code to}) it is in force. */
  public record Row(String scenario, String policy, LocalDate from, LocalDate to, long days, String exporter,
      String commodity, String status, double lost, String volumeUnit, double rate, String unit) {}

  private record Case(Policy policy, int part) {}

  private PeriodEvents() {}

  /** {@code solved} holds one result per part of {@code parts}, in order ({@link PeriodVolumes#solve}). */
  public static List<Row> of(ScenarioResolver resolver, Scenario scenario, List<PeriodVolumes.SubPeriod> parts,
      List<FlowResult> solved, List<DataSet.Focus> focus, SweepRunner runner) {
    List<Case> cases = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      for (Policy p : solved.get(i).snapshot().policies()) {
        cases.add(new Case(p, i));
      }
    }
    List<FlowResult> without = runner.run(Sweep.of("period events", cases, c -> Sweep.Variant.of(resolver.resolve(
        scenario.without(scenario.name() + " without " + c.policy().id(), c.policy().id())
            .withAsOf(parts.get(c.part()).from()))), (c, r) -> r));
    Map<String, List<Integer>> byPolicy = new LinkedHashMap<>();
    for (int k = 0; k < cases.size(); k++) {
      byPolicy.computeIfAbsent(cases.get(k).policy().id(), id -> new ArrayList<>()).add(k);
    }
    List<Row> out = new ArrayList<>();
    byPolicy.forEach((id, ks) -> {
      for (DataSet.Focus f : exporters(solved, focus)) {
        Row row = row(scenario.name(), id, ks, cases, parts, solved, without, f);
        if (!row.status().equals(LpStatus.OPTIMAL.label()) || Math.abs(row.lost()) > FlowResult.EPS) {
          out.add(row);
        }
      }
    });
    return out;
  }

  /**
   * The focus pairs first, then every other (origin, commodity) of the supply: an event often falls on a
   * shipper the reports do not lead with (a pipeline cut shed by the other origin sharing it).
   */
  private static List<DataSet.Focus> exporters(List<FlowResult> solved, List<DataSet.Focus> focus) {
    List<DataSet.Focus> out = new ArrayList<>(focus);
    java.util.Set<String> seen = new java.util.HashSet<>();
    focus.forEach(f -> seen.add(f.exporter() + "|" + f.commodity()));
    var snap = solved.get(0).snapshot();
    java.util.SortedSet<String> others = new java.util.TreeSet<>();
    snap.supply().forEach(s -> others.add(snap.network().countryOf(s.node()) + "|" + s.commodity()));
    for (String k : others) {
      if (seen.add(k)) {
        String[] xc = k.split("\\|");
        out.add(new DataSet.Focus(xc[0], xc[1], null));
      }
    }
    return out;
  }

  private static Row row(String scenario, String id, List<Integer> ks, List<Case> cases,
      List<PeriodVolumes.SubPeriod> parts, List<FlowResult> solved, List<FlowResult> without, DataSet.Focus f) {
    double lost = 0;
    double years = 0;
    long days = 0;
    String status = LpStatus.OPTIMAL.label();
    for (int k : ks) {
      PeriodVolumes.SubPeriod p = parts.get(cases.get(k).part());
      FlowResult with = solved.get(cases.get(k).part());
      FlowResult wo = without.get(k);
      days += p.days();
      years += p.years();
      FlowResult failed = !with.isOptimal() ? with : !wo.isOptimal() ? wo : null;
      if (failed != null) {
        status = status.equals(LpStatus.OPTIMAL.label()) ? failed.status().label() : status;
        continue;
      }
      lost += (new Outcome(wo).exports(f.exporter(), f.commodity())
          - new Outcome(with).exports(f.exporter(), f.commodity())) * p.years();
    }
    boolean ok = status.equals(LpStatus.OPTIMAL.label());
    var unit = solved.get(0).snapshot().network().unitOf(f.commodity());
    LocalDate from = parts.get(cases.get(ks.get(0)).part()).from();
    LocalDate to = parts.get(cases.get(ks.get(ks.size() - 1)).part()).to();
    return new Row(scenario, id, from, to, days, f.exporter(), f.commodity(), status, ok ? lost : Double.NaN,
        unit.symbol(), ok ? lost / years : Double.NaN, unit.perYear());
  }
}
