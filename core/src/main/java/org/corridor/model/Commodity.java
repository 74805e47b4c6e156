package org.corridor.model;

/**
 * A good that moves through the network.
 *
 * @param value default market value, MUSD per unit (USD/t for Mt, USD per 1000 m3 for bcm)
 */
public record Commodity(String id, String name, Unit unit, double value, SourceRef sources) {}
