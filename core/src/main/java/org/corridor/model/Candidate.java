package org.corridor.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A project that could be built: a row of {@code candidates.csv}. It adds {@code capacityAdded} (in each element's
 * own capacity unit per year) to every link or node it {@code expands}; a listed link that does not operate on a date
 * (status other than {@code operating}, or not yet valid) is brought into force on every date, with its own capacity
 * plus {@code capacityAdded}. The project is valued as if it had been in service all along ({@code online} is when it
 * could be, reported beside the ranking).
 *
 * @param expands ids of links and nodes, each at most once
 * @param capex investment, MUSD
 * @param line the line of candidates.csv the row was read from
 */
public record Candidate(String id, String name, List<String> expands, double capacityAdded, double capex,
    LocalDate online, Status status, SourceRef sources, int line) {
  /** How firm the project is: a decided plan, an announcement, or a reasoned estimate. */
  public enum Status { PLAN, ANNOUNCED, ESTIMATE }

  public Candidate {
    expands = List.copyOf(expands);
  }
}
