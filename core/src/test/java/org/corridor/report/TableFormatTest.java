package org.corridor.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.corridor.analysis.Welfare;
import org.corridor.model.Source;
import org.corridor.solve.FlowResult;
import org.junit.jupiter.api.Test;

class TableFormatTest {
  private static final Table FLOWS = Table.of("flows", "Flows", FlowResult.LinkFlow.class, List.of(
      new FlowResult.LinkFlow("CPC", "A", "B", "crude", "KZ", 40.0, "Mt/yr"),
      new FlowResult.LinkFlow("PIPE", "A", "C", "gas", "RU", 12.5, "bcm/yr"))).withRun("0123456789ab", "base");

  @Test
  void csvHeaderCellsCarryUnitsAndEveryRowARunAndScenario() throws Exception {
    List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(TableFormat.csv(FLOWS))).getRecords();
    assertThat(records.get(0).toList()).containsExactly("run_id", "scenario", "link", "from", "to", "commodity", "origin",
        "quantity [see unit]", "unit");
    assertThat(records.get(2).toList()).containsExactly("0123456789ab", "base", "PIPE", "A", "C", "gas", "RU", "12.5", "bcm/yr");
    assertThat(records).allSatisfy(r -> assertThat(r.size()).isEqualTo(9));
  }

  @Test
  void aRecordsOwnScenarioIsKeptOnceAndFixedUnitsShow() {
    Table welfare = Table.of("welfare", "Welfare", Welfare.Row.class,
        List.of(new Welfare.Row("ban", "KZ", 1, 1, 0, 0, 0, 1, 0, 0, 1))).withRun("r", "base");
    String csv = TableFormat.csv(welfare);
    assertThat(csv).startsWith("run_id,scenario,country,sales [USD m/yr],");
    assertThat(csv.lines().skip(1).findFirst().orElseThrow()).startsWith("r,ban,KZ,1,");
  }

  @Test
  void tablesOfThingsWithoutAScenarioGetTheRunsScenario() {
    Table sources = Table.of("sources", "Sources", Source.class,
        List.of(new Source("s1", "Title", "Pub", LocalDate.of(2024, 1, 2), "print", null))).withRun("r", "base");
    assertThat(TableFormat.csv(sources)).isEqualTo("run_id,scenario,id,title,publisher,date,address,note\n"
        + "r,base,s1,Title,Pub,2024-01-02,print,\n");
  }

  @Test
  @SuppressWarnings("unchecked")
  void jsonIsATypedTableObject() {
    Map<String, Object> doc = TableFormat.jsonValue(FLOWS);
    assertThat(doc).containsEntry("name", "flows").containsEntry("run_id", "0123456789ab");
    List<Map<String, Object>> columns = (List<Map<String, Object>>) doc.get("columns");
    assertThat(columns).extracting(c -> c.get("name")).startsWith("run_id", "scenario");
    assertThat(columns).filteredOn(c -> c.get("name").equals("quantity"))
        .containsExactly(Map.of("name", "quantity", "type", "number", "unit", "{unit}", "description", "Flow of the class on the link."));
    List<Map<String, Object>> rows = (List<Map<String, Object>>) doc.get("rows");
    assertThat(rows.get(1)).containsEntry("quantity", 12.5).containsEntry("unit", "bcm/yr").containsEntry("scenario", "base");
  }

  @Test
  void textShowsUnitsUnderTheHeader() {
    String[] lines = TableFormat.text(FLOWS).split("\n");
    assertThat(lines[1]).startsWith("link").contains("quantity");
    assertThat(lines[2].strip()).isEqualTo("[see unit]");
    assertThat(lines[2].indexOf('[')).isEqualTo(lines[1].indexOf("quantity"));
    assertThat(lines[3]).startsWith("----");
  }
}
