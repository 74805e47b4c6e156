package org.corridor.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Which scenario, on which date: {@code name} null means the data set's default scenario, {@code asOf}
 * null the scenario's own date. Written {@code NAME}, {@code NAME@YYYY-MM-DD} or {@code @YYYY-MM-DD}.
 */
public record ScenarioRef(String name, LocalDate asOf) {
  public static final ScenarioRef DEFAULT = new ScenarioRef(null, null);

  /** Parses {@code NAME[@DATE]}; a bad date is a {@link BadRequestException} that shows the form. */
  public static ScenarioRef parse(String text) {
    String[] parts = text.split("@", 2);
    String name = parts[0].isBlank() ? null : parts[0].strip();
    return new ScenarioRef(name, parts.length == 2 ? date(parts[1], "SCENARIO@DATE") : null);
  }

  /** A date in ISO form; anything else is a {@link BadRequestException} naming {@code what}. */
  public static LocalDate date(String text, String what) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new BadRequestException("`" + text + "` is not a date for " + what
          + ". Maybe write it as YYYY-MM-DD, e.g. 2024-11-28.");
    }
  }

  @Override
  public String toString() {
    return (name == null ? "(default)" : name) + (asOf == null ? "" : "@" + asOf);
  }
}
