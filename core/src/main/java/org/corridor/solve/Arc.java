package org.corridor.solve;

import org.corridor.model.Link;

/** One direction of a link: a two-way link gives two arcs that share its capacity. */
public record Arc(int index, Link link, int tail, int head, boolean reverse) {
  public String from() {
    return reverse ? link.to() : link.from();
  }

  public String to() {
    return reverse ? link.from() : link.to();
  }
}
