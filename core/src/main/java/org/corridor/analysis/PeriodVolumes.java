package org.corridor.analysis;

import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.corridor.model.Network;
import org.corridor.policy.Policy;
import org.corridor.policy.Scenario;
import org.corridor.policy.ScenarioResolver;
import org.corridor.solve.FlowResult;
import org.corridor.solve.LpStatus;
import org.corridor.solve.Sweep;
import org.corridor.solve.SweepRunner;

/**
 * Volumes over a period. The period is cut at every change day of the scenario
 * ({@link ScenarioResolver#changeDates}), so the resolved scenario is the same on every day of a sub-period
 * i; each is solved on its first day, and its yearly rates are integrated, weighted by the part of a year it
 * covers:
 * <pre>
 *   years_i     = Σ_y days(i ∩ y) / days(y)        y: calendar years, 365 or 366 days long
 *   volume(P)   = Σ_i rate_i · years_i             per link flow, delivery, supply used or stranded, welfare
 *   mean rate(P) = volume(P) / Σ_i years_i
 * </pre>
 * A calendar year's own length is the divisor so that a rate held over a whole year, leap or not, is that
 * year's volume (docs/formulation.md, <i>Periods</i>). A sub-period that does not solve to an optimum
 * has no rate: the period's figures are then empty, with that sub-period's status, never a partial sum.
 */
public final class PeriodVolumes {
  /** Days {@code from} to {@code to}, both included, within which nothing the data set dates changes. */
  public record SubPeriod(LocalDate from, LocalDate to) {
    public long days() {
      return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public double years() {
      return PeriodVolumes.years(from, to);
    }
  }

  /** One sub-period as solved: its days, the part of a year they make, its status and the policies in force. */
  public record Part(String scenario, LocalDate from, LocalDate to, long days, double years, String status,
      String policies) {}

  /** A link flow of one class over the period: {@code volume} in {@code volumeUnit}, {@code rate} its mean. */
  public record Flow(String scenario, LocalDate periodFrom, LocalDate periodTo, long days, String link, String from,
      String to, String commodity, String origin, String status, double volume, String volumeUnit, double rate,
      String unit) {}

  /** What a market received from one origin over the period. */
  public record Delivery(String scenario, LocalDate periodFrom, LocalDate periodTo, long days, String node,
      String country, String commodity, String origin, String status, double volume, String volumeUnit, double rate,
      String unit) {}

  /** Supply of an origin and commodity over the period: available, used and stranded volumes. */
  public record Stranded(String scenario, LocalDate periodFrom, LocalDate periodTo, long days, String origin,
      String commodity, String status, double available, double used, double stranded, String volumeUnit,
      double rate, String unit) {}

  /** A country's welfare over the period, in USD m, and its mean rate in USD m/yr. */
  public record CountryWelfare(String scenario, LocalDate periodFrom, LocalDate periodTo, long days, String country,
      String status, double welfare, double rate) {}

  /** The period's figures; {@code status} is {@code optimal} only when every sub-period solved to an optimum. */
  public record Result(String scenario, LocalDate from, LocalDate to, double years, String status, List<Part> parts,
      List<Flow> flows, List<Delivery> deliveries, List<Stranded> stranded, List<CountryWelfare> welfare) {
    public boolean isOptimal() {
      return status.equals(LpStatus.OPTIMAL.label());
    }

    public long days() {
      return ChronoUnit.DAYS.between(from, to) + 1;
    }
  }

  private PeriodVolumes() {}

  /** The part of a year the days {@code from} to {@code to} (both included) make, year by calendar year. */
  public static double years(LocalDate from, LocalDate to) {
    double out = 0;
    for (int y = from.getYear(); y <= to.getYear(); y++) {
      LocalDate a = y == from.getYear() ? from : LocalDate.of(y, 1, 1);
      LocalDate b = y == to.getYear() ? to : LocalDate.of(y, 12, 31);
      out += (ChronoUnit.DAYS.between(a, b) + 1) / (double) Year.of(y).length();
    }
    return out;
  }

  /** {@code from} to {@code to} cut before every change day inside it. */
  public static List<SubPeriod> cut(LocalDate from, LocalDate to, SortedSet<LocalDate> changes) {
    List<SubPeriod> out = new ArrayList<>();
    LocalDate start = from;
    for (LocalDate d : changes.subSet(from.plusDays(1), to.plusDays(1))) {
      out.add(new SubPeriod(start, d.minusDays(1)));
      start = d;
    }
    out.add(new SubPeriod(start, to));
    return out;
  }

  /** Each sub-period of the scenario solved on its first day: one sweep case each, in order. */
  public static List<FlowResult> solve(ScenarioResolver resolver, Scenario scenario, List<SubPeriod> parts,
      SweepRunner runner) {
    return runner.run(Sweep.of("period", parts, p -> Sweep.Variant.of(resolver.resolve(scenario.withAsOf(p.from()))),
        (p, r) -> r));
  }

  /** Integrates the solved sub-periods {@code solved} (one per part, in order) over {@code from} to {@code to}. */
  public static Result of(String scenario, LocalDate from, LocalDate to, List<SubPeriod> parts,
      List<FlowResult> solved) {
    String status = LpStatus.OPTIMAL.label();
    List<Part> rows = new ArrayList<>();
    double years = 0;
    Integral flows = new Integral();
    Integral deliveries = new Integral();
    Integral supply = new Integral();
    Integral welfare = new Integral();
    Network net = null;
    for (int i = 0; i < parts.size(); i++) {
      SubPeriod p = parts.get(i);
      FlowResult r = solved.get(i);
      net = r.snapshot().network();
      years += p.years();
      rows.add(new Part(scenario, p.from(), p.to(), p.days(), p.years(), r.status().label(),
          String.join("; ", r.snapshot().policies().stream().map(Policy::id).toList())));
      if (!r.isOptimal()) {
        if (status.equals(LpStatus.OPTIMAL.label())) {
          status = r.status().label();
        }
        continue;
      }
      double w = p.years();
      r.flows().forEach(f -> flows.add(List.of(f.link(), f.from(), f.to(), f.commodity(), f.origin()), w, f.quantity()));
      r.deliveries().forEach(d -> deliveries.add(List.of(d.node(), d.country(), d.commodity(), d.origin()), w,
          d.quantity()));
      StrandedSupply.of(r).forEach(s -> supply.add(List.of(s.origin(), s.commodity()), w, s.available(), s.used(),
          s.stranded()));
      Welfare.of(r).forEach(c -> welfare.add(List.of(c.country()), w, c.welfare()));
    }
    boolean ok = status.equals(LpStatus.OPTIMAL.label());
    double span = years;
    String st = status;
    long days = ChronoUnit.DAYS.between(from, to) + 1;
    Network n = net;
    BiFunction<double[], Integer, Double> volume = (v, k) -> ok ? v[k] : Double.NaN;
    List<Flow> flowRows = flows.rows((k, v) -> new Flow(scenario, from, to, days, k.get(0), k.get(1), k.get(2),
        k.get(3), k.get(4), st, volume.apply(v, 0), unit(n, k.get(3)), volume.apply(v, 0) / span, rate(n, k.get(3))));
    List<Delivery> deliveryRows = deliveries.rows((k, v) -> new Delivery(scenario, from, to, days, k.get(0), k.get(1),
        k.get(2), k.get(3), st, volume.apply(v, 0), unit(n, k.get(2)), volume.apply(v, 0) / span, rate(n, k.get(2))));
    List<Stranded> strandedRows = supply.rows((k, v) -> new Stranded(scenario, from, to, days, k.get(0), k.get(1), st,
        volume.apply(v, 0), volume.apply(v, 1), volume.apply(v, 2), unit(n, k.get(1)), volume.apply(v, 2) / span,
        rate(n, k.get(1))));
    List<CountryWelfare> welfareRows = welfare.rows((k, v) -> new CountryWelfare(scenario, from, to, days, k.get(0), st,
        volume.apply(v, 0), volume.apply(v, 0) / span));
    return new Result(scenario, from, to, span, status, rows, flowRows, deliveryRows, strandedRows, welfareRows);
  }

  private static String unit(Network net, String commodity) {
    return net.unitOf(commodity).symbol();
  }

  private static String rate(Network net, String commodity) {
    return net.unitOf(commodity).perYear();
  }

  /** Sums of rate × years per key, keys in a fixed (sorted) order so output never depends on input order. */
  static final class Integral {
    private static final Comparator<List<String>> ORDER = (a, b) -> {
      for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
        int c = a.get(i).compareTo(b.get(i));
        if (c != 0) {
          return c;
        }
      }
      return Integer.compare(a.size(), b.size());
    };
    private final Map<List<String>, double[]> sums = new TreeMap<>(ORDER);

    void add(List<String> key, double years, double... rates) {
      double[] s = sums.computeIfAbsent(key, k -> new double[rates.length]);
      for (int i = 0; i < rates.length; i++) {
        s[i] += rates[i] * years;
      }
    }

    <R> List<R> rows(BiFunction<List<String>, double[], R> row) {
      List<R> out = new ArrayList<>();
      sums.forEach((k, v) -> out.add(row.apply(k, v)));
      return out;
    }

    Map<List<String>, double[]> sums() {
      return sums;
    }
  }
}
