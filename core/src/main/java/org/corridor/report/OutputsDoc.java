package org.corridor.report;

import java.util.List;

/**
 * Renders {@code docs/outputs.md} from the output schema, so the documentation of every output column can
 * never drift from what the code writes. A test compares the committed file with this rendering.
 */
public final class OutputsDoc {
  private OutputsDoc() {}

  public static String render() {
    OutputSchema schema = OutputSchema.get();
    StringBuilder sb = new StringBuilder();
    sb.append("# Outputs\n\n")
        .append("<!-- Generated from core/src/main/resources/org/corridor/report/outputs.csv by OutputsDoc;\n")
        .append("     regenerate with: mvn -pl core test -Dtest=OutputsDocTest -Dcorridor.regenerate=true -->\n\n")
        .append("Every table Corridor writes is typed: each column has a name, a type and a unit, in text, CSV and\n")
        .append("JSON alike. Text tables show the unit under each header; CSV header cells read `name [unit]` (plain\n")
        .append("`name` when the column has no unit); JSON gives each table as `{\"name\", \"title\", \"run_id\",\n")
        .append("\"columns\": [{\"name\", \"type\", \"unit\", \"description\"}], \"rows\": [...]}`. `--format csv` prints one\n")
        .append("table (the command's main one, or `--table NAME`); `--out DIR` writes every table, one file each.\n\n")
        .append("CSV and JSON rows start with `run_id` and `scenario`, so files of several runs can be stacked: the\n")
        .append("run id is the first 12 hex digits of SHA-256 over the data set's files and the request (command,\n")
        .append("scenario, date, options), the same on every run of the same inputs.\n\n")
        .append("**Text from the data is inert.** In CSV, a text cell (a column of any type but `number`,\n")
        .append("`integer` and `share`) that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a\n")
        .append("leading apostrophe `'`, so a spreadsheet shows `'=HYPERLINK(...)` as text instead of running it\n")
        .append("as a formula (OWASP's advice on CSV injection); number cells are never changed, so negative\n")
        .append("numbers stay numbers. Text tables show control characters (an ESC sequence, a carriage return,\n")
        .append("a newline inside a cell) as visible escapes such as `\\u001b`. JSON is unchanged: its strings\n")
        .append("hold the data exactly.\n\n")
        .append("**Types:** `string` (text), `id` (an identifier), `number`, `integer`, `date` (`YYYY-MM-DD`),\n")
        .append("`boolean`, `share` (a fraction, 0 to 1; text tables print it as a percentage), `list` (ids\n")
        .append("separated by `; `; text tables print how many, so a long list cannot widen the table: CSV and JSON\n")
        .append("hold the ids).\n\n")
        .append("**Units:** money is held in million USD: `USD m/yr` is a yearly amount, `USD m per Mt` a price (it\n")
        .append("reads as USD per tonne; per `bcm`, as USD per 1000 m3). Volumes are per year, in the commodity's\n")
        .append("unit (`Mt/yr`, `bcm/yr`, `tU/yr`). `share` is unitless, and `-` marks a column that has no unit (ids,\n")
        .append("names, text, dates, flags). A unit in braces, `{unit}`, means the unit is in that column of the same\n")
        .append("row, because it differs from row to row (a table of several commodities); CSV headers read\n")
        .append("`quantity [see unit]`. `commodity unit/yr` marks a volume in the unit of the row's commodity\n")
        .append("(`commodities.csv`) in a table that has no unit column yet.\n\n")
        .append("| table | written by | what it holds |\n|---|---|---|\n");
    for (OutputSchema.Kind k : OutputSchema.TABLES) {
      sb.append("| [`").append(k.name()).append("`](#").append(k.name()).append(") | ").append(k.commands())
          .append(" | ").append(k.description()).append(" |\n");
    }
    sb.append("\n## Columns every table shares\n\n");
    columns(sb, schema.declared(OutputSchema.SHARED));
    sb.append("`run_id` and `scenario` are on every row of CSV and JSON output; the others are described here once\n")
        .append("for the tables that have them.\n\n");
    for (OutputSchema.Kind k : OutputSchema.TABLES) {
      sb.append("## ").append(k.name()).append("\n\n").append(k.description()).append(" Written by ")
          .append(k.commands()).append(".\n\n");
      columns(sb, Table.of(k.name(), "", cast(k.rows()), List.of()).withRun("-", "-").outputColumns());
    }
    return sb.toString();
  }

  private static void columns(StringBuilder sb, List<Column> columns) {
    sb.append("| column | type | unit | description |\n|---|---|---|---|\n");
    for (Column c : columns) {
      sb.append("| `").append(c.name()).append("` | ").append(c.type().label()).append(" | ")
          .append(c.unit().replace("|", "\\|")).append(" | ").append(c.description().replace("|", "\\|")).append(" |\n");
    }
    sb.append('\n');
  }

  @SuppressWarnings("unchecked")
  private static <R extends Record> Class<R> cast(Class<? extends Record> c) {
    return (Class<R>) c;
  }
}
