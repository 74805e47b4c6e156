package org.corridor.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.corridor.policy.DataSet;
import org.corridor.policy.ScenarioResolver;
import org.corridor.solve.TransitFormulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every cell of the first data row of every table, replaced in turn by a bad value: loading either
 * reports located problems or gives a data set whose every scenario builds an LP. Never another exception.
 */
class CellFuzzTest {
  private static final List<String> VALUES = List.of("", "a b", "-1", "1e300", "0", "0x1p3", "\u001b[2J");

  @TempDir
  Path tmp;

  @Test
  void noCellValueBreaksLoadingOrTheFormulation() throws Exception {
    int runs = 0;
    for (String table : Schema.TABLES) {
      Path file = ExampleCopy.EXAMPLE.resolve(table + ".csv");
      if (!Files.exists(file)) {
        continue;
      }
      List<CSVRecord> records = CSVFormat.DEFAULT.parse(Files.newBufferedReader(file)).getRecords();
      for (int col = 0; col < records.get(0).size(); col++) {
        for (String value : VALUES) {
          Path dir = tmp.resolve("run" + runs++);
          ExampleCopy copy = ExampleCopy.in(dir);
          StringBuilder out = new StringBuilder();
          try (CSVPrinter p = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            for (int r = 0; r < records.size(); r++) {
              List<String> cells = new ArrayList<>(records.get(r).toList());
              if (r == 1) {
                cells.set(col, value);
              }
              p.printRecord(cells);
            }
          }
          copy.write(table + ".csv", out.toString());
          String what = table + " column " + records.get(0).get(col) + " = " + value;
          try {
            DataSet d = DataSetLoader.load(dir, false).dataSet();
            for (String s : d.scenarios().keySet()) {
              TransitFormulation.build(new ScenarioResolver(d).resolve(s, null));
            }
          } catch (InvalidModelException e) {
            assertThat(e.problems()).as(what).isNotEmpty().allSatisfy(pr -> assertThat(pr.toString())
                .as(what).doesNotContain("null").doesNotContain("\u001b"));
          } catch (RuntimeException e) {
            throw new AssertionError(what, e);
          }
        }
      }
    }
    assertThat(runs).isGreaterThan(100);
  }
}
