package org.corridor.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.corridor.model.SourceRef;
import org.corridor.model.Validity;

/**
 * A dated rule or event on top of the base network. Applied by {@link ScenarioResolver}.
 *
 * <p>Code that treats kinds differently switches exhaustively over {@link #policyKind()} in a switch
 * expression, never with an {@code instanceof} chain: every record must name its kind, and a new
 * {@link Kind} without a case is a compile error.
 */
public sealed interface Policy permits TransitBan, ImportBan, ExportBan, CapacityChange, CostChange {
  /** One constant per record that implements {@link Policy}. */
  enum Kind {
    TRANSIT_BAN, IMPORT_BAN, EXPORT_BAN, CAPACITY_CHANGE, COST_CHANGE;

    /** The kind as written in YAML, e.g. {@code transit_ban}. */
    public String yamlName() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Kind> fromYaml(String name) {
      return Arrays.stream(values()).filter(k -> k.yamlName().equals(name)).findFirst();
    }
  }

  String id();

  Validity validity();

  String description();

  SourceRef sources();

  /** Which record this is, for exhaustive switches. */
  Kind policyKind();

  /** The kind as written in YAML, e.g. {@code transit_ban}. */
  default String kind() {
    return policyKind().yamlName();
  }
}
