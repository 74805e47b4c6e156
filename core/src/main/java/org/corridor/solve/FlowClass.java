package org.corridor.solve;

/**
 * A flow class: one commodity from one origin country. Tagging flows by origin makes origin bans exact.
 * A supply node that holds a capacity allocation of its own ({@code allocations.csv}) ships as a class of
 * its own, so its quota can count its flows apart from the rest of its country's.
 *
 * @param shipper the supply node of a class split off its country for a quota, else null
 */
public record FlowClass(String commodity, String origin, String shipper) {
  /** The class of every supply of {@code origin} that holds no allocation of its own. */
  public FlowClass(String commodity, String origin) {
    this(commodity, origin, null);
  }

  /** Whether a quota of {@code quota}'s shipper counts this class's flows. */
  public boolean shippedBy(org.corridor.policy.Snapshot.Quota quota) {
    return quota.node() ? quota.shipper().equals(shipper) : quota.shipper().equals(origin);
  }

  @Override
  public String toString() {
    return commodity + "|" + origin + (shipper == null ? "" : "|" + shipper);
  }
}
