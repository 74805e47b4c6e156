package org.corridor.api;

import java.time.Period;

/** The step between dates of a timeline, in the words every front end uses. */
public enum Step {
  month(Period.ofMonths(1)), quarter(Period.ofMonths(3)), year(Period.ofYears(1));

  private final Period period;

  Step(Period period) {
    this.period = period;
  }

  public Period period() {
    return period;
  }
}
