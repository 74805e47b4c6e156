package org.corridor.analysis;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.corridor.policy.RiskEvent;

/**
 * Draws the events of one sampled year. The generator of sample i is seeded from (seed, i) alone (SplitMix64 of
 * both), so any sample can be drawn again on its own and a run gives the same years on any number of threads.
 * Draws come in a fixed order: each group's trigger, then each event in file order (a group member only when its
 * group struck); a Poisson event draws its count, then a start day (uniform over the year) and a duration per
 * occurrence. An occurrence that would run past the year's end is cut at it.
 */
public final class RiskSampler {
  /** One occurrence of an event: {@code from} to {@code to}, both included, within the year. */
  public record Occurrence(int event, LocalDate from, LocalDate to) {}

  private final RiskEvent.Register register;
  private final long seed;

  public RiskSampler(RiskEvent.Register register, long seed) {
    this.register = register;
    this.seed = seed;
  }

  /** The occurrences of sample {@code index} in the year {@code from} to {@code to}, in draw order. */
  public List<Occurrence> sample(long index, LocalDate from, LocalDate to) {
    SplittableRandom rng = new SplittableRandom(mix(seed, index));
    int days = (int) ChronoUnit.DAYS.between(from, to) + 1;
    java.util.Set<String> struck = new java.util.HashSet<>();
    for (RiskEvent.Group g : register.groups()) {
      if (rng.nextDouble() < g.probability()) {
        struck.add(g.id());
      }
    }
    List<Occurrence> out = new ArrayList<>();
    List<RiskEvent> events = register.events();
    for (int e = 0; e < events.size(); e++) {
      RiskEvent ev = events.get(e);
      if (ev.group() != null && !struck.contains(ev.group())) {
        continue;
      }
      int count = ev.occurrence().poisson() ? poisson(rng, ev.occurrence().value())
          : rng.nextDouble() < ev.occurrence().value() ? 1 : 0;
      for (int k = 0; k < count; k++) {
        int start = rng.nextInt(days);
        int length = duration(rng, ev.duration());
        LocalDate a = from.plusDays(start);
        LocalDate b = a.plusDays(length - 1L);
        out.add(new Occurrence(e, a, b.isAfter(to) ? to : b));
      }
    }
    return out;
  }

  /** SplitMix64's finaliser over the seed and the index: neighbouring indices give unrelated streams. */
  static long mix(long seed, long index) {
    long z = seed * 0x9E3779B97F4A7C15L + index + 0x632BE59BD9B4E019L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** Knuth's product of uniforms: exact and fast for the small rates of yearly events. */
  static int poisson(SplittableRandom rng, double lambda) {
    double limit = Math.exp(-lambda);
    double p = rng.nextDouble();
    int k = 0;
    while (p > limit) {
      k++;
      p *= rng.nextDouble();
    }
    return k;
  }

  /** Whole days, at least one and at most a leap year. */
  static int duration(SplittableRandom rng, RiskEvent.Duration d) {
    double x = switch (d.shape()) {
      case FIXED -> d.a();
      case UNIFORM -> d.a() + rng.nextDouble() * (d.b() - d.a());
      case LOGNORMAL -> d.a() * Math.exp(d.b() * gaussian(rng));
    };
    return (int) Math.max(1, Math.min(366, Math.round(x)));
  }

  /** Box–Muller, written out so the draws do not depend on a library's choice of method. */
  private static double gaussian(SplittableRandom rng) {
    double u = 1 - rng.nextDouble();
    double v = rng.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
