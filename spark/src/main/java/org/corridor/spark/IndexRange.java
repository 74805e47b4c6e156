package org.corridor.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Sample indices {@code from} (included) to {@code to} (excluded), the work of Spark partition {@code part}. Each
 * sample is drawn from (seed, index) alone, so a partition lost on a cluster is recomputed to the same losses.
 */
record IndexRange(int part, long from, long to) implements Serializable {
  /**
   * {@code samples} indices cut into {@code partitions} consecutive ranges, the first {@code samples % partitions}
   * one longer; fewer ranges when there are fewer samples than partitions (no range is empty).
   */
  static List<IndexRange> split(long samples, int partitions) {
    int n = (int) Math.min(partitions, samples);
    long size = samples / n;
    long longer = samples % n;
    List<IndexRange> out = new ArrayList<>();
    long from = 0;
    for (int p = 0; p < n; p++) {
      long to = from + size + (p < longer ? 1 : 0);
      out.add(new IndexRange(p, from, to));
      from = to;
    }
    return out;
  }
}
