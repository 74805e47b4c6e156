package org.corridor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.corridor.io.Problem;
import org.corridor.model.Source;
import org.corridor.solve.FlowResult;
import org.corridor.text.TerminalText;
import org.junit.jupiter.api.Test;

/** Data reaches terminals and spreadsheets as inert text (fuzz findings 8 and 9). */
class OutputEscapingTest {
  private static final String ESC = "\u001b[2J\u001b]0;owned\u0007";

  @Test
  void textTablesShowControlCharactersAsVisibleEscapes() {
    Table t = Table.of("flows", "Flows of " + ESC, FlowResult.LinkFlow.class, List.of(
        new FlowResult.LinkFlow("L" + ESC, "A\r\nB", "C\tD", "crude\u009b", "KZ\u202e", 40.0, "Mt/yr")));
    String text = TableFormat.text(t);
    assertThat(text).doesNotContain("\u001b", "\r", "\t", "\u0007", "\u009b", "\u202e")
        .contains("Flows of \\u001b[2J\\u001b]0;owned\\u0007", "L\\u001b[2J", "A\\u000d\\u000aB", "C\\u0009D",
            "crude\\u009b", "KZ\\u202e");
    // One header line, one unit line, one rule, one row: the newline in a cell does not break the layout.
    assertThat(text.lines()).hasSize(5);
  }

  @Test
  void problemsPrintOnOneLineWithControlCharactersVisible() {
    Problem p = Problem.error("nodes.csv", 3, "id", "X" + ESC, "`X" + ESC + "\n` is not a valid id", null);
    assertThat(p.toString()).isEqualTo("nodes.csv:3: id: `X\\u001b[2J\\u001b]0;owned\\u0007\\u000a` is not a valid id");
    assertThat(p.value()).as("the value itself is kept as read").isEqualTo("X" + ESC);
  }

  @Test
  void plainTextIsUnchanged() {
    assertThat(TerminalText.visible("Baku–Tbilisi–Ceyhan, Türkiye 中国")).isEqualTo("Baku–Tbilisi–Ceyhan, Türkiye 中国");
    assertThat(TerminalText.visibleLines("a\tb\nc\u001bd\n")).isEqualTo("a\tb\nc\\u001bd\n");
  }

  @Test
  void csvTextCellsThatLookLikeFormulasGetAnApostropheNumbersNever() throws Exception {
    Table sources = Table.of("sources", "Sources", Source.class, List.of(
        new Source("s1", "=HYPERLINK(\"http://evil\",\"click\")", "+cmd", LocalDate.of(2024, 1, 2), "@SUM(A1)",
            "-1+2"),
        new Source("s2", "\tTab", "\rCR", null, "plain - text", "a=b"))).withRun("r", "base");
    List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(TableFormat.csv(sources))).getRecords();
    assertThat(rows.get(1).toList()).containsExactly("r", "base", "s1", "'=HYPERLINK(\"http://evil\",\"click\")",
        "'+cmd", "2024-01-02", "'@SUM(A1)", "'-1+2");
    assertThat(rows.get(2).toList()).containsExactly("r", "base", "s2", "'\tTab", "'\rCR", "", "plain - text", "a=b");

    Table flows = Table.of("flows", "Flows", FlowResult.LinkFlow.class, List.of(
        new FlowResult.LinkFlow("=L", "A", "B", "crude", "KZ", -40.5, "Mt/yr"))).withRun("r", "base");
    List<CSVRecord> f = CSVFormat.DEFAULT.parse(new StringReader(TableFormat.csv(flows))).getRecords();
    assertThat(f.get(1).toList()).containsExactly("r", "base", "'=L", "A", "B", "crude", "KZ", "-40.5", "Mt/yr");
  }
}
