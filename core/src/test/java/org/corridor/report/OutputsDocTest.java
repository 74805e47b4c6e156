package org.corridor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/outputs.md is generated from outputs.csv; this keeps the committed copy in step. */
class OutputsDocTest {
  private static final Path DOC = Path.of("../docs/outputs.md");

  @Test
  void committedDocMatchesTheSchema() throws Exception {
    String rendered = OutputsDoc.render();
    if (Boolean.getBoolean("corridor.regenerate")) {
      Files.writeString(DOC, rendered, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as("docs/outputs.md is stale; regenerate it (see the comment at its top)").isEqualTo(rendered);
  }

  @Test
  void everyTableIsDocumented() {
    String doc = OutputsDoc.render();
    for (OutputSchema.Kind k : OutputSchema.TABLES) {
      assertThat(doc).contains("## " + k.name() + "\n");
    }
    assertThat(doc).contains("| `shadow_price` | number | {unit} |", "| `welfare` | number | USD m/yr |");
  }
}
