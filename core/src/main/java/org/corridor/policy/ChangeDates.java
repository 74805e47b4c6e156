package org.corridor.policy;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.corridor.model.Link;
import org.corridor.model.Membership;
import org.corridor.model.Network;
import org.corridor.model.SeriesValue;
import org.corridor.model.Validity;

/**
 * The days on which a resolved scenario may differ from the day before: the first day of every dated
 * thing of a data set and the day after its last (policies in force, {@code series.csv} rows, capacity
 * allocations, link validity, bloc memberships). Between two such days every {@link Snapshot} is the same,
 * which is what lets a period be solved once per sub-period and a timeline's span follow the data.
 */
public final class ChangeDates {
  private ChangeDates() {}

  /**
   * The change days of the history's events: every policy of the data set and of its scenarios, every
   * {@code series.csv} row and every capacity allocation. Link validity and memberships are left out: they
   * date the structure (a bloc founded in 1958, a pipeline opening in 2030), and a timeline's default span
   * drawn from them would run over decades in which nothing the data set records happened.
   */
  public static SortedSet<LocalDate> events(DataSet data) {
    SortedSet<LocalDate> out = new TreeSet<>();
    data.network().series().forEach(v -> add(v.validity(), out));
    data.network().allocations().forEach(a -> add(a.validity(), out));
    policies(data.policies(), out);
    data.scenarios().values().forEach(s -> policies(s.policies(), out));
    return out;
  }

  /** The change days of one scenario: the data set's dated rows and policies, and those of its chain. */
  static SortedSet<LocalDate> of(DataSet data, List<Scenario> chain) {
    SortedSet<LocalDate> out = network(data.network());
    policies(data.policies(), out);
    chain.forEach(s -> policies(s.policies(), out));
    return out;
  }

  private static SortedSet<LocalDate> network(Network net) {
    SortedSet<LocalDate> out = new TreeSet<>();
    for (SeriesValue v : net.series()) {
      add(v.validity(), out);
    }
    for (Link l : net.links().values()) {
      add(l.validity(), out);
    }
    for (Membership m : net.memberships()) {
      add(m.validity(), out);
    }
    net.allocations().forEach(a -> add(a.validity(), out));
    return out;
  }

  private static void policies(Collection<Policy> policies, SortedSet<LocalDate> out) {
    policies.forEach(p -> add(p.validity(), out));
  }

  /** A period starts to apply on its first day and stops on the day after its last. */
  private static void add(Validity v, SortedSet<LocalDate> out) {
    if (v.from() != null) {
      out.add(v.from());
    }
    if (v.to() != null) {
      out.add(v.to().plusDays(1));
    }
  }
}
