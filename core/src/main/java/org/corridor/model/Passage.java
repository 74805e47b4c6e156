package org.corridor.model;

/**
 * A named strait, canal or sea lane that links can cross; it lies in {@code country}.
 *
 * @param freeTransit true when a treaty regime forbids {@code country} to deny transit through it (an
 *     international strait such as the Turkish Straits under the Montreux Convention); its transit bans
 *     then do not cover links via the passage
 */
public record Passage(String id, String name, String country, SourceRef sources, boolean freeTransit) {
  /** A passage whose country may deny transit ({@code freeTransit} false). */
  public Passage(String id, String name, String country, SourceRef sources) {
    this(id, name, country, sources, false);
  }
}
