package org.corridor.fuzz;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a campaign did.
 *
 * @param runs commands run (validate, solve) plus differential checks
 * @param mutants folders judged (corpus replays included)
 * @param outcomes count per outcome id
 * @param byKind per mutation kind (operation label), count per outcome id
 * @param failures unacceptable outcomes, one per class and first line of message
 */
public record Summary(long seed, double elapsedSeconds, long runs, long mutants, long differentialChecks,
    Map<String, Long> outcomes, Map<String, Map<String, Long>> byKind, List<Failure> failures) {

  /** One deduplicated failure: its class, message, how often it was seen, and the first recipe that showed it. */
  public record Failure(String outcome, String message, long seen, String recipe) {}

  public long count(Oracle.Outcome o) {
    return outcomes.getOrDefault(o.id(), 0L);
  }

  /** Failures whose class is not in {@code tolerated}. */
  public List<Failure> blocking(Set<String> tolerated) {
    return failures.stream().filter(f -> !tolerated.contains(f.outcome())).toList();
  }

  public String text() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("corridor fuzz campaign: seed %d, %.1f s, %d runs, %d mutants, %d differential checks%n",
        seed, elapsedSeconds, runs, mutants, differentialChecks));
    sb.append("outcomes:\n");
    new TreeMap<>(outcomes).forEach((k, v) -> sb.append(String.format("  %-30s %8d%n", k, v)));
    sb.append(String.format("internal errors %d, hangs %d, out of memory %d%n", count(Oracle.Outcome.INTERNAL_ERROR),
        count(Oracle.Outcome.HANG), count(Oracle.Outcome.OUT_OF_MEMORY)));
    sb.append("by mutation kind:\n");
    new TreeMap<>(byKind).forEach((k, m) -> sb.append(String.format("  %-24s %s%n", k, new TreeMap<>(m))));
    sb.append("failures (deduplicated by class and first line of message): ").append(failures.size()).append('\n');
    for (Failure f : failures) {
      sb.append(String.format("  [%s] x%d %s%n", f.outcome(), f.seen(), f.message()));
    }
    return sb.toString();
  }

  /** Writes summary.txt, summary.json and failures/NNN-CLASS.recipe into {@code dir}. */
  public void write(Path dir) {
    try {
      Files.createDirectories(dir.resolve("failures"));
      Files.writeString(dir.resolve("summary.txt"), text());
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve("summary.json").toFile(), this);
      int i = 0;
      for (Failure f : failures) {
        Files.writeString(dir.resolve("failures").resolve(String.format("%03d-%s.recipe", ++i, f.outcome())), f.recipe());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
