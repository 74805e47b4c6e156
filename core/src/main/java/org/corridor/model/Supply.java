package org.corridor.model;

/** What a node can put into the network per year; the node's country is the flow's origin. */
public record Supply(String node, String commodity, double quantity, double cost, SourceRef sources) {
  public Supply withQuantityAndCost(double newQuantity, double newCost) {
    return new Supply(node, commodity, newQuantity, newCost, sources);
  }
}
