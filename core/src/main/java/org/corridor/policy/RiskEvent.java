package org.corridor.policy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.corridor.model.SourceRef;

/**
 * An event that may strike in a year ({@code risks.yaml}): its effect is a policy kind's effect (a capacity
 * factor for an outage or a cut, a ban's rule for a ban), held as a policy with no dates of its own; when it
 * strikes, and for how long, is drawn by the sampler.
 *
 * @param effect the policy applied while the event lasts; its validity is ignored
 * @param occurrence how often it starts in a year (a Poisson rate) or whether it strikes (a probability)
 * @param group the group whose trigger it needs, or {@code null}; its probability is then conditional on the trigger
 * @param line the line of {@code risks.yaml} it was read from
 */
public record RiskEvent(String id, Kind kind, Policy effect, Occurrence occurrence, Duration duration, String group,
    String description, SourceRef sources, int line) {

  /** What the event does; each maps onto a policy kind's effect. */
  public enum Kind {
    /** A link or node stops: capacity factor 0. */
    OUTAGE,
    /** A transit, import or export ban. */
    BAN,
    /** A link or node loses part of its capacity: a factor between 0 and 1. */
    CAPACITY_CUT;

    public String yamlName() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Kind> fromYaml(String s) {
      for (Kind k : values()) {
        if (k.yamlName().equals(s)) {
          return Optional.of(k);
        }
      }
      return Optional.empty();
    }

    public static List<String> names() {
      return java.util.Arrays.stream(values()).map(Kind::yamlName).toList();
    }
  }

  /** How an event starts within a year: {@code rate} starts per year (Poisson), or once with {@code probability}. */
  public record Occurrence(boolean poisson, double value) {
    public static Occurrence rate(double perYear) {
      return new Occurrence(true, perYear);
    }

    public static Occurrence probability(double p) {
      return new Occurrence(false, p);
    }
  }

  /**
   * How long an occurrence lasts, in days: {@code fixed} (a), {@code uniform} (a to b), or {@code lognormal}
   * (median a, log-standard deviation b). Draws are rounded to whole days, at least one.
   */
  public record Duration(Shape shape, double a, double b) {
    public enum Shape {
      FIXED, UNIFORM, LOGNORMAL
    }
  }

  /**
   * A set of correlated events, e.g. a sanctions package and the retaliation it brings: the group's trigger
   * strikes with {@code probability} in a year, and only then is each member drawn, with its own conditional
   * probability.
   */
  public record Group(String id, double probability, String description, SourceRef sources, int line) {}

  /** The events and groups of a data set; empty when it has no {@code risks.yaml}. */
  public record Register(List<Group> groups, List<RiskEvent> events) {
    public static final Register NONE = new Register(List.of(), List.of());

    public Register {
      groups = List.copyOf(groups);
      events = List.copyOf(events);
    }

    public boolean isEmpty() {
      return events.isEmpty();
    }
  }
}
