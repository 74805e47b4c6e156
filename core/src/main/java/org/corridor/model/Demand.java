package org.corridor.model;

/** What a market node takes per year, and the price it pays (MUSD per unit). */
public record Demand(String node, String commodity, double quantity, double price, SourceRef sources) {
  public Demand withQuantityAndPrice(double newQuantity, double newPrice) {
    return new Demand(node, commodity, newQuantity, newPrice, sources);
  }
}
