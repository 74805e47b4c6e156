package org.corridor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.corridor.io.ExampleCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunIdTest {
  @TempDir
  Path tmp;

  @Test
  void theSameInputsGiveTheSameIdWhereverTheyAre() {
    String id = RunId.of(ExampleCopy.EXAMPLE, "solve base");
    assertThat(id).matches("[0-9a-f]{12}");
    assertThat(RunId.of(ExampleCopy.EXAMPLE, "solve base")).isEqualTo(id);
    assertThat(RunId.of(ExampleCopy.in(tmp.resolve("copy")).dir(), "solve base")).isEqualTo(id);
  }

  @Test
  void anotherRequestOrAChangedFileGivesAnotherId() {
    String id = RunId.of(ExampleCopy.EXAMPLE, "solve base");
    assertThat(RunId.of(ExampleCopy.EXAMPLE, "solve other")).isNotEqualTo(id);
    ExampleCopy copy = ExampleCopy.in(tmp.resolve("changed")).replace("supply.csv", "OILFIELD,crude,60", "OILFIELD,crude,61");
    assertThat(RunId.of(copy.dir(), "solve base")).isNotEqualTo(id);
  }
}
