package org.corridor.api;

import java.util.List;
import org.corridor.report.Table;

/**
 * What a question returns: its tables in the order a reader wants them, the one a single-table format
 * (CSV on standard output) shows by default, and an optional summary object.
 */
public record Answer(Object summary, List<Table> tables, String mainTable) {
  public Answer {
    tables = List.copyOf(tables);
  }

  /** The table called {@code name}; an unknown name is a {@link BadRequestException} listing the valid ones. */
  public Table table(String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow(() -> new BadRequestException(
        "unknown table `" + name + "`; choose one of: " + String.join(", ", tables.stream().map(Table::name).toList())));
  }
}
