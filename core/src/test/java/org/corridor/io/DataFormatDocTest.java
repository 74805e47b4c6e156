package org.corridor.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/data-format.md is generated from the schema; this keeps the committed copy in step. */
class DataFormatDocTest {
  private static final Path DOC = Path.of("../docs/data-format.md");

  @Test
  void committedDocMatchesTheSchema() throws Exception {
    String rendered = DataFormatDoc.render();
    if (Boolean.getBoolean("corridor.regenerate")) {
      Files.writeString(DOC, rendered, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
        .as("docs/data-format.md is stale; regenerate it (see the comment at its top)").isEqualTo(rendered);
  }

  @Test
  void everyTableIsDocumented() {
    String doc = DataFormatDoc.render();
    for (String t : Schema.TABLES) {
      assertThat(doc).contains("## `" + t + ".csv`");
    }
    assertThat(doc).contains("## Policies", "## Scenarios", "transit_ban");
  }
}
