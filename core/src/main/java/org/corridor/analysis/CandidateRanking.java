package org.corridor.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corridor.model.Candidate;

/**
 * Ranks projects by the loss they avoid per USD of capex, from sampled years that are the same with and without them
 * (common random numbers: sample i draws the same events in every option). With L_0 the base's loss in a sampled
 * year and L_o the loss with option o built (a project alone or a pair), over the N years solved in every option:
 * <pre>
 *   reduction of expected loss   ΔE_o = mean(L_0 − L_o)                       SE sd(L_0 − L_o)/√N
 *   reduction of CVaR 95%        ΔC_o = CVaR95(L_0) − CVaR95(L_o)             SE by batch means of the same over 20 batches
 *   per USD                      ΔE_o / capex_o,  ΔC_o / capex_o              capex of a pair: the sum
 *   interaction of a pair {a,b}  I = Δ_ab − Δ_a − Δ_b = mean(L_a + L_b − L_ab − L_0)   (and the same of CVaRs)
 * </pre>
 * The paired difference is what makes a small reduction measurable: the year-to-year spread of L_0 cancels in
 * L_0 − L_o. An interaction above 0 means the two projects complement each other (together they avoid more than
 * apart); below 0, they are substitutes (both protect against the same events). Rank 1 has the largest reduction per
 * USD; ties go by option id.
 */
public final class CandidateRanking {
  /** An option: one project, or a pair (in file order), named by their ids joined with {@code +}. */
  public record Option(String id, List<Candidate> projects) {
    public static Option of(List<Candidate> projects) {
      return new Option(String.join("+", projects.stream().map(Candidate::id).toList()), List.copyOf(projects));
    }

    public double capex() {
      return projects.stream().mapToDouble(Candidate::capex).sum();
    }

    public LocalDate online() {
      return projects.stream().map(Candidate::online).max(Comparator.naturalOrder()).orElseThrow();
    }
  }

  /** An exporter and commodity whose expected exports lost each option changes (a focus pair). */
  public record FocusLine(String exporter, String commodity, String unit) {}

  /**
   * The sampled years of one option, all N drawn, in index order: the money loss of each (USD m), the exports lost of
   * each focus line, whether the year solved in every piece, and the welfare of the year without events (USD m).
   */
  public record Sampled(double[] loss, double[][] focus, boolean[] solved, double normalWelfare) {}

  /** One option's place in the ranking; the interaction columns are empty for a single project. */
  public record Row(int rank, int cvarRank, String option, int projects, double capex, LocalDate online,
      double expectedReduction, double expectedReductionSe, double expectedPerUsd, double cvar95Reduction,
      double cvar95ReductionSe, double cvar95PerUsd, Double interaction, Double interactionSe,
      Double cvar95Interaction, Double cvar95InteractionSe, double normalGain, long samples) {}

  /** What an option does to a focus pair's expected exports lost (EENS). */
  public record FocusRow(String option, String exporter, String commodity, String volumeUnit, double eensBase,
      double eens, double reduction, double reductionSe, long samples) {}

  /** The ranking, the focus pairs per option, and how many sampled years were used and left out. */
  public record Result(List<Row> ranking, List<FocusRow> focus, long samples, long leftOut) {}

  private static final double ALPHA = 0.95;

  private CandidateRanking() {}

  /** Ranks {@code options}, each sampled in {@code sampled} (same order), against {@code base}. */
  public static Result of(List<FocusLine> focus, Sampled base, List<Option> options, List<Sampled> sampled) {
    boolean[] kept = base.solved().clone();
    sampled.forEach(s -> {
      for (int i = 0; i < kept.length; i++) {
        kept[i] &= s.solved()[i];
      }
    });
    int n = 0;
    for (boolean k : kept) {
      n += k ? 1 : 0;
    }
    double[] l0 = keep(base.loss(), kept, n);
    Map<String, double[]> byId = new HashMap<>();
    for (int o = 0; o < options.size(); o++) {
      byId.put(options.get(o).id(), keep(sampled.get(o).loss(), kept, n));
    }
    List<Row> rows = new ArrayList<>();
    List<FocusRow> focusRows = new ArrayList<>();
    for (int o = 0; o < options.size(); o++) {
      Option opt = options.get(o);
      double[] lo = byId.get(opt.id());
      RiskMeasures.Estimate de = mean(List.of(l0, lo), new double[] {1, -1});
      RiskMeasures.Estimate dc = cvar(List.of(l0, lo), new double[] {1, -1});
      Double ie = null, ieSe = null, ic = null, icSe = null;
      if (opt.projects().size() == 2) {
        List<double[]> four = List.of(byId.get(opt.projects().get(0).id()), byId.get(opt.projects().get(1).id()), lo,
            l0);
        double[] w = {1, 1, -1, -1};
        RiskMeasures.Estimate a = mean(four, w);
        RiskMeasures.Estimate c = cvar(four, w);
        ie = a.value();
        ieSe = a.se();
        ic = c.value();
        icSe = c.se();
      }
      rows.add(new Row(0, 0, opt.id(), opt.projects().size(), opt.capex(), opt.online(), de.value(), de.se(),
          de.value() / opt.capex(), dc.value(), dc.se(), dc.value() / opt.capex(), ie, ieSe, ic, icSe,
          sampled.get(o).normalWelfare() - base.normalWelfare(), n));
      for (int f = 0; f < focus.size(); f++) {
        double[] f0 = keep(base.focus()[f], kept, n);
        double[] fo = keep(sampled.get(o).focus()[f], kept, n);
        RiskMeasures.Estimate d = mean(List.of(f0, fo), new double[] {1, -1});
        FocusLine line = focus.get(f);
        focusRows.add(new FocusRow(opt.id(), line.exporter(), line.commodity(), line.unit(), average(f0), average(fo),
            d.value(), d.se(), n));
      }
    }
    return new Result(ranked(rows), focusRows, n, kept.length - n);
  }

  /** Rows in rank order of the expected loss avoided per USD, each with its rank on CVaR per USD too. */
  static List<Row> ranked(List<Row> rows) {
    List<Row> byCvar = rows.stream().sorted(Comparator.comparingDouble(Row::cvar95PerUsd).reversed()
        .thenComparing(Row::option)).toList();
    Map<String, Integer> cvarRank = new HashMap<>();
    for (int i = 0; i < byCvar.size(); i++) {
      cvarRank.put(byCvar.get(i).option(), i + 1);
    }
    List<Row> byExpected = rows.stream().sorted(Comparator.comparingDouble(Row::expectedPerUsd).reversed()
        .thenComparing(Row::option)).toList();
    List<Row> out = new ArrayList<>();
    for (int i = 0; i < byExpected.size(); i++) {
      Row r = byExpected.get(i);
      out.add(new Row(i + 1, cvarRank.get(r.option()), r.option(), r.projects(), r.capex(), r.online(),
          r.expectedReduction(), r.expectedReductionSe(), r.expectedPerUsd(), r.cvar95Reduction(),
          r.cvar95ReductionSe(), r.cvar95PerUsd(), r.interaction(), r.interactionSe(), r.cvar95Interaction(),
          r.cvar95InteractionSe(), r.normalGain(), r.samples()));
    }
    return out;
  }

  /** Σ_k w_k mean(x_k), with the standard error of the mean of the per-year combination Σ_k w_k x_k,i. */
  public static RiskMeasures.Estimate mean(List<double[]> xs, double[] w) {
    return RiskMeasures.mean(combine(xs, w, 0, xs.get(0).length));
  }

  /**
   * Σ_k w_k CVaR95(x_k), with a batch-means standard error: the years, in index order, cut into 20 equal batches,
   * the same combination taken on each batch, SE = sd(batch values)/√20 (NaN with fewer than 20 years).
   */
  public static RiskMeasures.Estimate cvar(List<double[]> xs, double[] w) {
    int n = xs.get(0).length;
    double all = cvarOf(xs, w, 0, n);
    int size = n / RiskMeasures.BATCHES;
    if (size == 0) {
      return new RiskMeasures.Estimate(all, Double.NaN);
    }
    double[] b = new double[RiskMeasures.BATCHES];
    for (int i = 0; i < b.length; i++) {
      b[i] = cvarOf(xs, w, i * size, (i + 1) * size);
    }
    double m = Arrays.stream(b).sum() / b.length;
    double ss = 0;
    for (double v : b) {
      ss += (v - m) * (v - m);
    }
    return new RiskMeasures.Estimate(all, Math.sqrt(ss / (b.length - 1) / b.length));
  }

  private static double cvarOf(List<double[]> xs, double[] w, int from, int to) {
    double sum = 0;
    for (int k = 0; k < xs.size(); k++) {
      sum += w[k] * RiskMeasures.conditionalValueAtRisk(Arrays.copyOfRange(xs.get(k), from, to), ALPHA);
    }
    return sum;
  }

  private static double[] combine(List<double[]> xs, double[] w, int from, int to) {
    double[] out = new double[to - from];
    for (int i = from; i < to; i++) {
      double v = 0;
      for (int k = 0; k < xs.size(); k++) {
        v += w[k] * xs.get(k)[i];
      }
      out[i - from] = v;
    }
    return out;
  }

  private static double[] keep(double[] x, boolean[] kept, int n) {
    double[] out = new double[n];
    int j = 0;
    for (int i = 0; i < x.length; i++) {
      if (kept[i]) {
        out[j++] = x[i];
      }
    }
    return out;
  }

  private static double average(double[] x) {
    return x.length == 0 ? Double.NaN : Arrays.stream(x).sum() / x.length;
  }
}
