package org.corridor.model;

/** How many {@code unit}s one unit of {@code commodity} takes up on a link measured in {@code unit}. */
public record Conversion(String commodity, Unit unit, double factor, SourceRef sources) {}
