package org.corridor.report;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A titled, typed table made from a list of records: the record's components are the columns, in order,
 * each typed from the output schema ({@link OutputSchema}). This is the one table type every front end
 * renders (text, CSV, JSON, HTML), so analyses only return records.
 *
 * <p>A table also names the run it belongs to ({@code runId}) and the run's scenario; machine-readable
 * output puts both on every row ({@link #outputColumns()}), so a Parquet or DuckDB writer needs no guessing.
 *
 * @param runId the run's id ({@link RunId}), or null until {@link #withRun} sets it
 * @param scenario the run's scenario, written on rows whose record has no scenario of its own
 */
public record Table(String name, String title, String runId, String scenario, List<Column> columns,
    List<List<Object>> rows) {
  public Table {
    columns = List.copyOf(columns);
    rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
  }

  /**
   * The table {@code name} (one of {@link OutputSchema#TABLES}) of the records. A column the schema does
   * not describe, or describes with a type the component cannot hold, is a programming error.
   */
  public static <R extends Record> Table of(String name, String title, Class<R> type, List<R> records) {
    OutputSchema.Kind kind = OutputSchema.kind(name);
    if (kind.rows() != type) {
      throw new IllegalStateException("output table `" + name + "` holds " + kind.rows().getSimpleName() + ", not "
          + type.getSimpleName());
    }
    RecordComponent[] comps = type.getRecordComponents();
    List<Column> columns = new ArrayList<>();
    for (RecordComponent c : comps) {
      Column col = OutputSchema.get().column(name, snake(c.getName()));
      if (!col.type().accepts(c.getType())) {
        throw new IllegalStateException("output table `" + name + "` column `" + col.name() + "` is "
            + col.type().label() + " in outputs.csv but " + c.getType().getSimpleName() + " in " + type.getSimpleName());
      }
      columns.add(col);
    }
    for (Column col : columns) {
      String ref = col.unitColumn();
      if (ref != null && columns.stream().noneMatch(x -> x.name().equals(ref))) {
        throw new IllegalStateException("output table `" + name + "` column `" + col.name() + "` takes its unit from `"
            + ref + "`, which the table does not have");
      }
    }
    List<List<Object>> rows = new ArrayList<>();
    for (R r : records) {
      List<Object> row = new ArrayList<>();
      for (RecordComponent c : comps) {
        try {
          row.add(c.getAccessor().invoke(r));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
      rows.add(row);
    }
    return new Table(name, title, null, null, columns, rows);
  }

  /** This table as part of a run: its id, and the scenario for rows that carry none. */
  public Table withRun(String runId, String scenario) {
    return new Table(name, title, Objects.requireNonNull(runId, "runId"), Objects.requireNonNull(scenario, "scenario"),
        columns, rows);
  }

  /** Whether the record has its own {@code scenario} column. */
  private boolean hasScenario() {
    return columns.stream().anyMatch(c -> c.name().equals("scenario"));
  }

  /** The columns of machine-readable output: {@code run_id}, {@code scenario} (once), then the record's. */
  public List<Column> outputColumns() {
    requireRun();
    List<Column> out = new ArrayList<>();
    out.add(OutputSchema.get().column(name, "run_id"));
    if (!hasScenario()) {
      out.add(OutputSchema.get().column(name, "scenario"));
    }
    out.addAll(columns);
    return out;
  }

  /** The rows of machine-readable output, matching {@link #outputColumns()}. */
  public List<List<Object>> outputRows() {
    requireRun();
    boolean own = hasScenario();
    List<List<Object>> out = new ArrayList<>();
    for (List<Object> row : rows) {
      List<Object> r = new ArrayList<>();
      r.add(runId);
      if (!own) {
        r.add(scenario);
      }
      r.addAll(row);
      out.add(r);
    }
    return out;
  }

  private void requireRun() {
    if (runId == null) {
      throw new IllegalStateException("output table `" + name + "` has no run id; call withRun first");
    }
  }

  /** The first {@code n} rows, the title saying how many there are in all when some are left out. */
  public Table head(int n) {
    if (rows.size() <= n) {
      return this;
    }
    return new Table(name, title + " (first " + n + " of " + rows.size() + ")", runId, scenario, columns,
        rows.subList(0, n));
  }

  /** {@code transitShare} → {@code transit_share}. */
  static String snake(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }

  /** Stable text for a cell: doubles rounded to 9 significant digits, so outputs diff cleanly. */
  public static String cell(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        return d.toString();
      }
      if (Math.abs(d) < 1e-9) {
        return "0";
      }
      return new BigDecimal(d).round(new MathContext(9)).stripTrailingZeros().toPlainString();
    }
    return v.toString();
  }
}
