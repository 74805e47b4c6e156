package org.corridor.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

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
    sb.append("| `policies.yaml` | no |\n| `scenarios/*.yaml` | no |\n| `dataset.yaml` | no |\n| `claims.yaml` | no |\n\n");
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
    sb.append(resource("policies.md"));
    return sb.toString();
  }

  private static String resource(String name) {
    try (InputStream in = DataFormatDoc.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
