package org.corridor.analysis;

import java.util.Arrays;
import java.util.List;

/**
 * Risk measures of yearly losses, each with a standard error:
 * <pre>
 *   expected loss (EENS)  mean x̄,             SE s/√N
 *   P(loss &gt; 0)         p = #{x &gt; ε}/N,  SE √(p(1−p)/N)       ε = 1e-9 of the line's unit
 *   VaR_α               the ⌈αN⌉-th smallest loss
 *   CVaR_α              the mean of the ⌈(1−α)N⌉ largest losses (Rockafellar and Uryasev, 2000)
 * </pre>
 * VaR and CVaR take their standard errors by batch means: the samples, in index order, are cut into
 * {@value #BATCHES} batches of equal size, the measure is taken on each, and SE = sd(batch values)/√B. Small
 * batches bias a tail measure (a 99% CVaR of a batch of 50 is its single worst year), so the SE is a guide to
 * the run's precision, not an exact interval. With fewer than
 * {@value #BATCHES} samples in all, the batch SE is NaN.
 */
public final class RiskMeasures {
  /** Batches for the standard errors of VaR and CVaR. */
  public static final int BATCHES = 20;
  /** Losses at or below this count as no loss (solver round-off). */
  public static final double EPSILON = 1e-9;

  /** One line's measures over N sampled years. */
  public record Row(String country, String commodity, String measure, String volumeUnit, long samples, double expected,
      double expectedSe, double pLoss, double pLossSe, double var95, double var95Se, double cvar95, double cvar95Se,
      double var99, double var99Se, double cvar99, double cvar99Se) {}

  /** A value and its standard error. */
  public record Estimate(double value, double se) {
    /** The standard error over the value; infinite for a zero value with an error, 0 for an exact zero. */
    public double relative() {
      return value == 0 ? (se == 0 ? 0 : Double.POSITIVE_INFINITY) : Math.abs(se / value);
    }
  }

  private RiskMeasures() {}

  public static Row of(RiskYears.Line line, double[] x) {
    Estimate m = mean(x);
    Estimate p = probability(x);
    Estimate v95 = batched(x, 0.95, false);
    Estimate c95 = batched(x, 0.95, true);
    Estimate v99 = batched(x, 0.99, false);
    Estimate c99 = batched(x, 0.99, true);
    return new Row(line.country(), line.commodity(), line.measure().label(), line.unit(), x.length, m.value(), m.se(),
        p.value(), p.se(), v95.value(), v95.se(), c95.value(), c95.se(), v99.value(), v99.se(), c99.value(), c99.se());
  }

  public static Estimate mean(double[] x) {
    int n = x.length;
    double sum = 0;
    for (double v : x) {
      sum += v;
    }
    double mean = sum / n;
    double ss = 0;
    for (double v : x) {
      ss += (v - mean) * (v - mean);
    }
    return new Estimate(mean, n > 1 ? Math.sqrt(ss / (n - 1) / n) : Double.NaN);
  }

  public static Estimate probability(double[] x) {
    long hits = Arrays.stream(x).filter(v -> v > EPSILON).count();
    double p = hits / (double) x.length;
    return new Estimate(p, Math.sqrt(p * (1 - p) / x.length));
  }

  /** VaR_α: the ⌈αN⌉-th smallest value. */
  public static double valueAtRisk(double[] x, double alpha) {
    double[] s = x.clone();
    Arrays.sort(s);
    int k = (int) Math.ceil(alpha * s.length - 1e-9);
    return s[Math.max(0, Math.min(s.length - 1, k - 1))];
  }

  /** CVaR_α: the mean of the ⌈(1−α)N⌉ largest values. */
  public static double conditionalValueAtRisk(double[] x, double alpha) {
    double[] s = x.clone();
    Arrays.sort(s);
    int m = Math.max(1, (int) Math.ceil((1 - alpha) * s.length - 1e-9));
    double sum = 0;
    for (int i = s.length - m; i < s.length; i++) {
      sum += s[i];
    }
    return sum / m;
  }

  /** The measure on all samples, with its batch-means standard error. */
  static Estimate batched(double[] x, double alpha, boolean tail) {
    double all = tail ? conditionalValueAtRisk(x, alpha) : valueAtRisk(x, alpha);
    int size = x.length / BATCHES;
    if (size == 0) {
      return new Estimate(all, Double.NaN);
    }
    double[] b = new double[BATCHES];
    for (int i = 0; i < BATCHES; i++) {
      double[] part = Arrays.copyOfRange(x, i * size, (i + 1) * size);
      b[i] = tail ? conditionalValueAtRisk(part, alpha) : valueAtRisk(part, alpha);
    }
    double mean = Arrays.stream(b).average().orElse(0);
    double ss = Arrays.stream(b).map(v -> (v - mean) * (v - mean)).sum();
    return new Estimate(all, Math.sqrt(ss / (BATCHES - 1) / BATCHES));
  }

  /** Rows of every line, from losses per sample (each sample's array in the order of {@code lines}). */
  public static List<Row> table(List<RiskYears.Line> lines, List<double[]> samples) {
    return java.util.stream.IntStream.range(0, lines.size()).mapToObj(l -> of(lines.get(l),
        samples.stream().mapToDouble(s -> s[l]).toArray())).toList();
  }
}
