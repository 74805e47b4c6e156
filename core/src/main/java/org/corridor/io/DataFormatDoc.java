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
