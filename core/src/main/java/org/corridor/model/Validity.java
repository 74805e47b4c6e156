package org.corridor.model;

import java.time.LocalDate;

/**
 * A closed date range; either end may be open ({@code null}).
 *
 * @param from first day, or {@code null} for "since ever"
 * @param to last day, or {@code null} for "still valid"
 */
public record Validity(LocalDate from, LocalDate to) {
  public static final Validity ALWAYS = new Validity(null, null);

  public boolean contains(LocalDate date) {
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  @Override
  public String toString() {
    return (from == null ? "…" : from.toString()) + " – " + (to == null ? "…" : to.toString());
  }
}
