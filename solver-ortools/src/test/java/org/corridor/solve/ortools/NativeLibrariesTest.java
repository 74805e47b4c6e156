package org.corridor.solve.ortools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeLibrariesTest {
  @TempDir
  Path cache;

  @Test
  void extractsOncePerVersionAndLeavesNoTemporaryFolder() throws Exception {
    Path first = NativeLibraries.cachedFolder(cache);
    assertThat(first).isNotNull();
    assertThat(first.resolve(System.mapLibraryName("jniortools"))).isRegularFile();
    assertThat(first.resolve(".complete")).isRegularFile();
    var stamp = Files.getLastModifiedTime(first.resolve(".complete"));
    Path again = NativeLibraries.cachedFolder(cache);
    assertThat(again).isEqualTo(first);
    assertThat(Files.getLastModifiedTime(again.resolve(".complete"))).as("not extracted twice").isEqualTo(stamp);
    try (var entries = Files.list(cache)) {
      assertThat(entries.map(p -> p.getFileName().toString())).as("no half-extracted folder left")
          .noneMatch(n -> n.startsWith(".extract-"));
    }
  }
}
