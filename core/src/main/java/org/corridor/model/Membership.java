package org.corridor.model;

/** A country's place in a bloc over a period. Only {@link Status#MEMBER} counts for policies. */
public record Membership(String bloc, String country, Status status, Validity validity, SourceRef sources) {
  public enum Status { MEMBER, PARTNER, OBSERVER, SUSPENDED }

  public boolean isMemberOn(java.time.LocalDate date) {
    return status == Status.MEMBER && validity.contains(date);
  }
}
