package org.corridor.synthetic.netgen;

/**
 * NETGEN's index list: the integers {@code from..to}, from which the k-th remaining one is chosen (and
 * removed), or a given one removed. {@code pseudoSize} drops on every removal request, even of an integer
 * no longer there; NETGEN's choice of arc counts depends on that quirk, so it is kept.
 *
 * <p>As the C version's large case: a binary tree of intervals, grown only where an interval is split, so
 * making a list of n integers costs O(1), not O(n) (NETGEN makes one per node).
 */
final class IndexList {
  private long size;
  private long pseudoSize;
  private long[] base = new long[16];
  private long[] count = new long[16];
  private int[] left = new int[16];
  private int used = 1;
  private boolean invalid;

  /** An empty range ({@code from > to}) or one below 1 gives a list that stays empty, as the C version's failed handle. */
  IndexList(long from, long to) {
    if (from <= 0 || from > to) {
      invalid = true;
      left[0] = -1;
      return;
    }
    size = pseudoSize = to - from + 1;
    base[0] = from;
    count[0] = size;
    left[0] = -1;
  }

  long size() {
    return size;
  }

  long pseudoSize() {
    return pseudoSize;
  }

  /** Removes and returns the integer at 1-based {@code position}; 0 when there is none there. */
  long choose(long position) {
    if (position < 1 || position > size) {
      return 0;
    }
    size--;
    pseudoSize--;
    int n = 0;
    while (left[n] >= 0) {
      count[n]--;
      n = left[n];
      if (position > count[n]) {
        position -= count[n];
        n++;
      }
    }
    count[n]--;
    if (position == 1) {
      return base[n]++;
    }
    if (position > count[n]) {
      return base[n] + count[n];
    }
    long index = base[n] + position - 1;
    split(n, position - 1, index);
    return index;
  }

  /** Removes {@code index} if it is there; the pseudo-size drops either way. */
  void remove(long index) {
    if (invalid) {
      return;
    }
    pseudoSize--;
    int n = 0;
    while (left[n] >= 0) {
      n = left[n] + 1;
      if (index < base[n]) {
        n--;
      }
    }
    if (index < base[n] || index >= base[n] + count[n]) {
      return;
    }
    n = 0;
    while (left[n] >= 0) {
      count[n]--;
      n = left[n] + 1;
      if (index < base[n]) {
        n--;
      }
    }
    count[n]--;
    if (index == base[n]) {
      base[n]++;
    } else if (index != base[n] + count[n]) {
      split(n, index - base[n], index);
    }
    size--;
  }

  /** Leaf n loses {@code index}: its left part keeps {@code before} integers, the right part the rest. */
  private void split(int n, long before, long index) {
    if (used + 2 > base.length) {
      int cap = base.length * 2;
      base = java.util.Arrays.copyOf(base, cap);
      count = java.util.Arrays.copyOf(count, cap);
      left = java.util.Arrays.copyOf(left, cap);
    }
    int l = used;
    used += 2;
    left[n] = l;
    base[l] = base[n];
    count[l] = before;
    left[l] = -1;
    base[l + 1] = index + 1;
    count[l + 1] = count[n] - before;
    left[l + 1] = -1;
  }
}
