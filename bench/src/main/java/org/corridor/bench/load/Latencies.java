package org.corridor.bench.load;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Latencies of one group of requests, in milliseconds, with nearest-rank percentiles. */
record Latencies(String name, double[] sortedMillis) {
  static Latencies of(String name, List<Double> millis) {
    double[] a = millis.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(a);
    return new Latencies(name, a);
  }

  /** The nearest-rank percentile p (0 to 100): the smallest value with at least p% of values at or below it. */
  double percentile(double p) {
    if (sortedMillis.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(p / 100 * sortedMillis.length);
    return sortedMillis[Math.max(0, rank - 1)];
  }

  String row() {
    return String.format(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.0f | %.0f |", name, sortedMillis.length,
        percentile(50), percentile(95), percentile(99), sortedMillis.length == 0 ? Double.NaN
            : sortedMillis[sortedMillis.length - 1]);
  }
}
