package org.corridor.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Units of quantity. Mass units convert among themselves, and so do the gas volumes; anything else
 * needs a {@link Conversion} row.
 */
public enum Unit {
  MT("Mt", Dimension.MASS, 1e6),
  KT("kt", Dimension.MASS, 1e3),
  T("t", Dimension.MASS, 1),
  BCM("bcm", Dimension.GAS_VOLUME, 1e9),
  MCM("mcm", Dimension.GAS_VOLUME, 1e6),
  TU("tU", Dimension.URANIUM, 1),
  TEU("TEU", Dimension.CONTAINERS, 1),
  MUSD("MUSD", Dimension.VALUE, 1);

  enum Dimension { MASS, GAS_VOLUME, URANIUM, CONTAINERS, VALUE }

  private final String symbol;
  private final Dimension dimension;
  private final double base;

  Unit(String symbol, Dimension dimension, double base) {
    this.symbol = symbol;
    this.dimension = dimension;
    this.base = base;
  }

  public String symbol() {
    return symbol;
  }

  /** A yearly quantity in this unit, as output tables write it: {@code Mt/yr}. */
  public String perYear() {
    return symbol + "/yr";
  }

  /** The unit of a price of one of this unit (money is held in MUSD): {@code USD m per Mt}. */
  public String price() {
    return "USD m per " + symbol;
  }

  /** The unit of the value of one more unit of yearly capacity: {@code USD m/yr per Mt/yr}. */
  public String capacityPrice() {
    return "USD m/yr per " + perYear();
  }

  public static Optional<Unit> bySymbol(String symbol) {
    return Arrays.stream(values()).filter(u -> u.symbol.equals(symbol)).findFirst();
  }

  public static String symbols() {
    return String.join(", ", Arrays.stream(values()).map(Unit::symbol).toList());
  }

  /** How many {@code target} units one unit of this is, when both share a dimension. */
  public Optional<Double> factorTo(Unit target) {
    if (dimension != target.dimension) {
      return Optional.empty();
    }
    return Optional.of(base / target.base);
  }

  @Override
  public String toString() {
    return symbol;
  }
}
