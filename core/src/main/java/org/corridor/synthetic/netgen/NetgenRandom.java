package org.corridor.synthetic.netgen;

/**
 * NETGEN's portable generator, i ← 7⁵·i mod (2³¹ − 1), with its split multiplication kept step for step so
 * the sequence is the C program's.
 */
final class NetgenRandom {
  private static final long MULTIPLIER = 16807;
  private static final long MODULUS = 2147483647;
  private long seed;

  NetgenRandom(long seed) {
    this.seed = seed;
  }

  /** A whole number in [a, b]; b itself when b ≤ a (the state still advances, as in the original). */
  long next(long a, long b) {
    long hi = MULTIPLIER * (seed >> 16);
    long lo = MULTIPLIER * (seed & 0xffff);
    hi += lo >> 16;
    lo &= 0xffff;
    lo += hi >> 15;
    hi &= 0x7fff;
    lo -= MODULUS;
    seed = (hi << 16) + lo;
    if (seed < 0) {
      seed += MODULUS;
    }
    if (b <= a) {
      return b;
    }
    return a + seed % (b - a + 1);
  }
}
