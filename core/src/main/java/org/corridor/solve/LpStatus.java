package org.corridor.solve;

/** How a solve ended. Only {@link #OPTIMAL} carries a usable solution. */
public enum LpStatus {
  OPTIMAL, INFEASIBLE, UNBOUNDED, TIME_LIMIT, ERROR;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
