package org.corridor.model;

/**
 * A country, or a region that is not a state (the EU market, the world market).
 *
 * @param isRegion regions aggregate markets; they are never transit countries
 */
public record Country(String code, String name, boolean isRegion, SourceRef sources) {}
