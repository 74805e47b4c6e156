package org.corridor.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The empirical exceedance curve of each loss line over N sampled years: for every distinct positive loss v,
 * <pre>
 *   P(loss ≥ v) = #{s : loss_s ≥ v} / N
 * </pre>
 * which is P(yearly loss &gt; x) for every x just below v, the usual step curve (Klugman, Panjer and Willmot, "Loss
 * Models", the empirical survival function). Points are sorted by loss, so their probabilities fall; the first
 * point is at the smallest positive loss and its probability is P(loss) of {@link RiskMeasures}; the last is the
 * worst sampled year (1/N, or more with ties). A line with no loss has no point.
 *
 * <p>A curve keeps the {@value #TAIL} worst distinct losses exactly and thins the rest to one point per step of
 * {@value #STEP}× in the count of years, so a curve of 10 million samples has about 300 points; the
 * {@code losses} table of a run holds every sampled year.
 */
public final class Exceedance {
  /** Worst distinct losses kept as they are. */
  public static final int TAIL = 50;
  /** Thinning ratio in the count of years at or above a point. */
  public static final double STEP = 1.05;

  /** One point of a line's curve: {@code years} of the N sampled years lost at least {@code loss}. */
  public record Point(String country, String commodity, String measure, String volumeUnit, double loss,
      double probability, long years) {}

  private Exceedance() {}

  /** The points of every line, lines in their order, each line's points by rising loss. */
  public static List<Point> of(List<RiskYears.Line> lines, List<double[]> samples) {
    List<Point> out = new ArrayList<>();
    for (int l = 0; l < lines.size(); l++) {
      int line = l;
      out.addAll(curve(lines.get(l), samples.stream().mapToDouble(s -> s[line]).toArray()));
    }
    return out;
  }

  /** One line's points by rising loss. */
  static List<Point> curve(RiskYears.Line line, double[] x) {
    double[] s = Arrays.stream(x).filter(v -> v > RiskMeasures.EPSILON).sorted().toArray();
    List<Point> down = new ArrayList<>();
    double n = x.length;
    int lastBand = Integer.MIN_VALUE;
    // From the worst year down: the count of years at or above s[i] is s.length − (first index of s[i]).
    for (int i = s.length - 1; i >= 0; i--) {
      if (i > 0 && s[i - 1] == s[i]) {
        continue;
      }
      long years = s.length - i;
      int band = (int) Math.floor(Math.log(years) / Math.log(STEP));
      boolean keep = down.size() < TAIL || i == 0 || band != lastBand;
      if (keep) {
        down.add(new Point(line.country(), line.commodity(), line.measure().label(), line.unit(), s[i], years / n,
            years));
        lastBand = band;
      }
    }
    List<Point> up = new ArrayList<>(down);
    java.util.Collections.reverse(up);
    return up;
  }
}
