package org.corridor.spark;

import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.corridor.api.RiskRequest;
import org.corridor.api.RunOptions;
import org.corridor.api.ScenarioRef;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.SolverKind;

/**
 * What every task of a run needs to open the same risk run as the driver: the question in plain values (records of
 * the core are not serializable) and the driver's date, so "today" is the same on every executor.
 */
record RiskJob(String scenario, int samples, long seed, Integer year, int batch, SolverKind solver, double timeLimit,
    LocalDate today) implements Serializable {
  ScenarioRef ref() {
    return new ScenarioRef(scenario, null);
  }

  RiskRequest request() {
    return new RiskRequest(samples, seed, year, null, batch);
  }

  /** One solver session per task: a task is one core's work. */
  RunOptions options() {
    return new RunOptions(new SolveOptions(solver, timeLimit), 1);
  }

  Clock clock() {
    return Clock.fixed(today.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
  }
}
