package org.corridor.solve;

/** A flow class: one commodity from one origin country. Tagging flows by origin makes origin bans exact. */
public record FlowClass(String commodity, String origin) {
  @Override
  public String toString() {
    return commodity + "|" + origin;
  }
}
