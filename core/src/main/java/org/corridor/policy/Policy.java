package org.corridor.policy;

import org.corridor.model.SourceRef;
import org.corridor.model.Validity;

/** A dated rule or event on top of the base network. Applied by {@link ScenarioResolver}. */
public sealed interface Policy permits TransitBan, ImportBan, ExportBan, CapacityChange, CostChange {
  String id();

  Validity validity();

  String description();

  SourceRef sources();

  /** The kind as written in YAML, e.g. {@code transit_ban}. */
  String kind();
}
