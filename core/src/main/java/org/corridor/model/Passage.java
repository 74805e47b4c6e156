package org.corridor.model;

/** A named strait, canal or sea lane that links can cross; it lies in {@code country}. */
public record Passage(String id, String name, String country, SourceRef sources) {}
