package org.corridor.model;

/** A group of countries that can act together: CSTO, EAEU, EU, ... */
public record Bloc(String id, String name, SourceRef sources) {}
