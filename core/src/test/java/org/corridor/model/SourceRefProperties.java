package org.corridor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

/** The hand-written scan of a sources cell reads every ASCII cell as the plain definition does. */
class SourceRefProperties {
  @Property(tries = 2000)
  void parseReadsAsLowerCaseSearchAndSplit(
      @ForAll @StringLength(max = 40) @Chars({'e', 's', 't', 'i', 'm', 'a', ':', 'E', 'S', 'T', 'I', 'M', 'A', ';',
          ',', ' ', '\t', 'x', '-'}) String cell) {
    assertThat(SourceRef.parse(cell)).isEqualTo(definition(cell));
  }

  @Property(tries = 200)
  void parseFindsTheMarkerInAnyCase(@ForAll @StringLength(min = 1, max = 8) @Chars({'a', 'b', '-'}) String id,
      @ForAll boolean upper) {
    String cell = id + "; " + (upper ? "ESTIMATE:" : "Estimate:") + " a guess";
    assertThat(SourceRef.parse(cell)).isEqualTo(new SourceRef(List.of(id), "a guess"));
  }

  /** The definition: lower-case the cell, find "estimate:", split what is before it at ; and ,. */
  private static SourceRef definition(String cell) {
    String text = cell.strip();
    String estimate = null;
    int at = text.toLowerCase(Locale.ROOT).indexOf("estimate:");
    if (at >= 0) {
      estimate = text.substring(at + "estimate:".length()).strip();
      text = text.substring(0, at);
    }
    return new SourceRef(Arrays.stream(text.split("[;,]")).map(String::strip).filter(s -> !s.isEmpty()).toList(),
        estimate);
  }
}
