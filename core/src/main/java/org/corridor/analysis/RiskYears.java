package org.corridor.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.corridor.policy.Policy;
import org.corridor.policy.RiskEvent;
import org.corridor.policy.Scenario;
import org.corridor.policy.ScenarioResolver;
import org.corridor.solve.FlowResult;
import org.corridor.solve.Sweep;
import org.corridor.solve.SweepRunner;

/**
 * Sampled years solved as period results. The reference year is cut at the scenario's own change days (its base
 * sub-periods, solved once) and at the start and the day after the end of every sampled occurrence; a piece with
 * no event in force has the base's rates. A piece with events is keyed by (base sub-period, events in force): the
 * snapshot is the same for every piece with that key, so each key is solved once per run (one sweep case on a
 * warm session, bounds only) and its rates kept. The loss of sample s on a line (an exporter's deliveries of a
 * commodity outside its territory, or a country's welfare) is
 * <pre>
 *   loss_s = Σ_pieces (rate_base(k) − rate_key) · years(piece)     in the commodity's unit (or USD m)
 * </pre>
 * which is base-year volume minus sampled-year volume, summed only where they differ.
 */
public final class RiskYears {
  /** What a line measures: exports delivered (a volume) or welfare (USD m). */
  public enum Measure {
    EXPORTS, WELFARE;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** One line of losses: {@code commodity} is {@code all} for welfare. */
  public record Line(String country, String commodity, Measure measure, String unit) {}

  /**
   * One sampled year: its index, how many occurrences it drew, whether every piece solved to an optimum, and its
   * loss per line (in the order of {@link #lines()}; empty when not solved).
   */
  public record Sample(long index, int occurrences, boolean solved, double[] loss) {}

  private record Key(int part, BitSet active) {}

  private final ScenarioResolver resolver;
  private final Scenario scenario;
  private final RiskEvent.Register register;
  private final RiskSampler sampler;
  private final SweepRunner runner;
  private final List<PeriodVolumes.SubPeriod> parts;
  private final List<Line> lines;
  private final Map<Line, Integer> lineIndex = new HashMap<>();
  private final double[][] baseRates;
  private final Map<Key, double[]> cache = new HashMap<>();
  private final Map<Key, Boolean> failed = new HashMap<>();
  private long solves;

  private RiskYears(ScenarioResolver resolver, Scenario scenario, RiskEvent.Register register, RiskSampler sampler,
      SweepRunner runner, List<PeriodVolumes.SubPeriod> parts, List<FlowResult> base) {
    this.resolver = resolver;
    this.scenario = scenario;
    this.register = register;
    this.sampler = sampler;
    this.runner = runner;
    this.parts = parts;
    this.lines = linesOf(base);
    for (int i = 0; i < lines.size(); i++) {
      lineIndex.put(lines.get(i), i);
    }
    this.baseRates = new double[parts.size()][];
    for (int k = 0; k < parts.size(); k++) {
      baseRates[k] = rates(base.get(k));
    }
  }

  /**
   * Sampled years over the base sub-periods {@code parts} of the reference year, {@code base} their solved results
   * (each optimal: a base that does not solve has no losses, and the caller reports it).
   */
  public static RiskYears of(ScenarioResolver resolver, Scenario scenario, RiskEvent.Register register, long seed,
      List<PeriodVolumes.SubPeriod> parts, List<FlowResult> base, SweepRunner runner) {
    if (!base.stream().allMatch(FlowResult::isOptimal)) {
      throw new IllegalArgumentException("every base sub-period must be solved to an optimum");
    }
    return new RiskYears(resolver, scenario, register, new RiskSampler(register, seed), runner, parts, base);
  }

  public List<Line> lines() {
    return lines;
  }

  /** Distinct (sub-period, events in force) snapshots solved so far: the cache's size. */
  public long solves() {
    return solves;
  }

  /** Samples {@code from} (included) to {@code to} (excluded): drawn, new keys solved in one sweep, integrated. */
  public List<Sample> run(long from, long to) {
    LocalDate first = parts.get(0).from();
    LocalDate last = parts.get(parts.size() - 1).to();
    List<List<RiskSampler.Occurrence>> drawn = new ArrayList<>();
    List<List<Piece>> pieces = new ArrayList<>();
    Map<Key, Key> fresh = new LinkedHashMap<>();
    for (long i = from; i < to; i++) {
      List<RiskSampler.Occurrence> occ = sampler.sample(i, first, last);
      List<Piece> ps = pieces(occ, last);
      drawn.add(occ);
      pieces.add(ps);
      ps.forEach(p -> {
        if (!cache.containsKey(p.key) && !failed.containsKey(p.key)) {
          fresh.putIfAbsent(p.key, p.key);
        }
      });
    }
    List<Key> keys = List.copyOf(fresh.keySet());
    List<double[]> solved = runner.run(Sweep.of("risk", keys, k -> Sweep.Variant.of(resolve(k)),
        (k, r) -> r.isOptimal() ? rates(r) : null));
    for (int j = 0; j < keys.size(); j++) {
      if (solved.get(j) == null) {
        failed.put(keys.get(j), true);
      } else {
        cache.put(keys.get(j), solved.get(j));
      }
    }
    solves += keys.size();
    List<Sample> out = new ArrayList<>();
    for (int s = 0; s < drawn.size(); s++) {
      double[] loss = new double[lines.size()];
      boolean ok = true;
      for (Piece p : pieces.get(s)) {
        double[] rate = cache.get(p.key);
        if (rate == null) {
          ok = false;
          break;
        }
        double[] base = baseRates[p.key.part];
        for (int l = 0; l < loss.length; l++) {
          loss[l] += (base[l] - rate[l]) * p.years;
        }
      }
      out.add(new Sample(from + s, drawn.get(s).size(), ok, ok ? loss : new double[0]));
    }
    return out;
  }

  /** A piece of the year with at least one event in force. */
  private record Piece(Key key, double years) {}

  private List<Piece> pieces(List<RiskSampler.Occurrence> occ, LocalDate last) {
    if (occ.isEmpty()) {
      return List.of();
    }
    TreeSet<LocalDate> cuts = new TreeSet<>();
    parts.forEach(p -> cuts.add(p.from()));
    for (RiskSampler.Occurrence o : occ) {
      cuts.add(o.from());
      cuts.add(o.to().plusDays(1));
    }
    List<Piece> out = new ArrayList<>();
    int k = 0;
    for (PeriodVolumes.SubPeriod piece : PeriodVolumes.cut(parts.get(0).from(), last, cuts)) {
      while (piece.from().isAfter(parts.get(k).to())) {
        k++;
      }
      BitSet active = new BitSet();
      for (RiskSampler.Occurrence o : occ) {
        if (!piece.from().isBefore(o.from()) && !piece.from().isAfter(o.to())) {
          active.set(o.event());
        }
      }
      if (!active.isEmpty()) {
        out.add(new Piece(new Key(k, active), piece.years()));
      }
    }
    return out;
  }

  private org.corridor.policy.Snapshot resolve(Key key) {
    List<Policy> extra = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    key.active.stream().forEach(e -> {
      RiskEvent ev = register.events().get(e);
      extra.add(ev.effect());
      ids.add(ev.id());
    });
    return resolver.resolve(scenario.plus(scenario.name() + " + " + String.join(" + ", ids), extra)
        .withAsOf(parts.get(key.part).from()));
  }

  /** Every exporter and commodity with exports, and every country with a welfare figure, in the base year. */
  private static List<Line> linesOf(List<FlowResult> base) {
    TreeMap<String, Line> out = new TreeMap<>();
    for (FlowResult r : base) {
      var net = r.snapshot().network();
      for (FlowResult.Delivery d : r.deliveries()) {
        if (!d.country().equals(d.origin())) {
          out.putIfAbsent("0|" + d.origin() + "|" + d.commodity(), new Line(d.origin(), d.commodity(), Measure.EXPORTS,
              net.unitOf(d.commodity()).symbol()));
        }
      }
      for (Welfare.Row w : Welfare.of(r)) {
        out.putIfAbsent("1|" + w.country(), new Line(w.country(), "all", Measure.WELFARE, "USD m"));
      }
    }
    return List.copyOf(out.values());
  }

  /** Rates per line of one solved snapshot; a line the snapshot does not have is 0. */
  private double[] rates(FlowResult r) {
    double[] out = new double[lines.size()];
    for (FlowResult.Delivery d : r.deliveries()) {
      if (!d.country().equals(d.origin())) {
        Integer i = lineIndex.get(new Line(d.origin(), d.commodity(), Measure.EXPORTS,
            r.snapshot().network().unitOf(d.commodity()).symbol()));
        if (i != null) {
          out[i] += d.quantity();
        }
      }
    }
    for (Welfare.Row w : Welfare.of(r)) {
      Integer i = lineIndex.get(new Line(w.country(), "all", Measure.WELFARE, "USD m"));
      if (i != null) {
        out[i] += w.welfare();
      }
    }
    return out;
  }
}
