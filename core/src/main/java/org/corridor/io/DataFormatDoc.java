package org.corridor.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Renders {@code docs/data-format.md} from the schema, so the user documentation can never drift from
 * what the loader accepts. A test compares the committed file with this rendering.
 */
public final class DataFormatDoc {
  private DataFormatDoc() {}

  public static String render() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Data format\n\n")
        .append("<!-- Generated from core/src/main/resources/org/corridor/io/schema.csv and policies.md by\n")
        .append("     DataFormatDoc; regenerate with: mvn -pl core test -Dtest=DataFormatDocTest -Dcorridor.regenerate=true -->\n\n")
        .append("A data set is a folder of CSV tables (with a header line) and YAML files. Quantities are per\n")
        .append("year. Money is in million USD (MUSD) per unit of the commodity: for `Mt` that reads as USD per\n")
        .append("tonne, for `bcm` as USD per 1000 m3. Lines starting with `#` in a CSV file are comments.\n\n")
        .append("**Numbers** are written in plain decimal notation, in CSV cells and YAML values alike: an optional\n")
        .append("sign, digits, an optional fraction and an optional exponent (`12`, `-3.5`, `.5`, `1.2e6`). Hex\n")
        .append("(`0x1p3`), type suffixes (`5d`, `5f`), `NaN`, `Infinity`, units, thousands separators and commas\n")
        .append("are refused. Every number lies in the range of its unit, so that the linear program stays within\n")
        .append("what a solver handles in double precision; a value outside is an error that names the range:\n\n")
        .append("| unit | range | what |\n|---|---|---|\n");
    Schema.RANGES.forEach((unit, r) -> sb.append("| ").append(unit).append(" | ").append(r.text()).append(" | ")
        .append(r.what()).append(" |\n"));
    sb.append("\n**Dates** are existing days written `YYYY-MM-DD`, from ").append(Schema.FIRST_DATE).append(" to ")
        .append(Schema.LAST_DATE).append(",\nin CSV cells and YAML values alike.\n\n")
        .append("| file | required |\n|---|---|\n");
    for (String t : Schema.TABLES) {
      sb.append("| `").append(t).append(".csv` | ").append(Schema.OPTIONAL_TABLES.contains(t) ? "no" : "yes").append(" |\n");
    }
    sb.append("| `policies.yaml` | no |\n| `scenarios/*.yaml` | no |\n| `dataset.yaml` | no |\n| `claims.yaml` | no |\n| `risks.yaml` | no |\n\n");
    for (String t : Schema.TABLES) {
      sb.append("## `").append(t).append(".csv`\n\n")
          .append("| attribute | type | unit | default | required | description |\n|---|---|---|---|---|---|\n");
      for (Schema.Attribute a : Schema.get().table(t)) {
        sb.append("| `").append(a.name()).append("` | ").append(a.type().replace("|", "\\|")).append(" | ")
            .append(a.unit()).append(" | ").append(a.defaultValue().isEmpty() ? "" : "`" + a.defaultValue() + "`")
            .append(" | ").append(a.required() ? "yes" : "no").append(" | ").append(a.description().replace("|", "\\|"))
            .append(" |\n");
      }
      sb.append('\n');
    }
    datedValues(sb);
    sb.append(resource("policies.md"));
    sb.append(resource("risks.md"));
    return sb.toString();
  }

  /** How the rows of series.csv combine with the base rows, policies and scenario overrides. */
  private static void datedValues(StringBuilder sb) {
    sb.append("## Dated values (`series.csv`)\n\n")
        .append("A row of `series.csv` gives the value of one column of one base row during a period, both days\n")
        .append("included. The fields each table can date, and the range of their values (that of the base column):\n\n")
        .append("| table | key | fields | range |\n|---|---|---|---|\n");
    for (String t : Schema.get().attribute("series", "table").valueType().values()) {
      List<String> fields = NetworkChecks.seriesFields(t);
      sb.append("| `").append(t).append("` | ").append(t.equals("supply") || t.equals("demand") ? "`NODE/commodity`"
          : "id").append(" | ");
      sb.append(String.join(", ", fields.stream().map(f -> "`" + f + "`").toList())).append(" | ");
      sb.append(String.join(", ", fields.stream().map(f -> "`" + f + "`: " + Schema.fieldRange(t, f).text())
          .toList())).append(" |\n");
    }
    sb.append("\nOn a scenario's date, each base row's column takes the value of the series row whose period\n")
        .append("contains the date, and its base value when none does. An empty `valid_to` runs until the day\n")
        .append("before the next row of the same table, key and field starts, or for ever. Periods of one table,\n")
        .append("key and field may not overlap (an error naming both lines); a gap between two periods is a\n")
        .append("warning, since the base value applies in it. A dated node capacity needs a capacity in the\n")
        .append("node's base row (its unit is the base row's `capacity_unit`).\n\n")
        .append("Dated values come first, then everything else applies to them as it would to the base value:\n")
        .append("a `capacity_change` multiplies the dated capacity, a `cost_change` adds to the dated cost and\n")
        .append("multiplies the dated tariff. A scenario's `overrides` still win: an overridden value replaces the\n")
        .append("dated or base value (and policies then apply to the override, as they do without series rows).\n\n");
  }

  private static String resource(String name) {
    try (InputStream in = DataFormatDoc.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
