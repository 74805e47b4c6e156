package org.corridor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.corridor.solve.FlowResult;
import org.junit.jupiter.api.Test;

/** Every table the code can produce is typed from outputs.csv, and outputs.csv holds nothing else. */
class OutputSchemaTest {
  /** Table.of accepts only the (name, record) pairs of OutputSchema.TABLES, so building them all covers the code. */
  static List<Table> everyTable() {
    return OutputSchema.TABLES.stream().map(k -> Table.of(k.name(), k.name(), cast(k.rows()), List.of())).toList();
  }

  @Test
  void everyColumnOfEveryTableHasATypeAndAUnit() {
    for (Table t : everyTable()) {
      assertThat(t.columns()).as(t.name()).isNotEmpty();
      for (Column c : t.withRun("r", "s").outputColumns()) {
        String where = t.name() + "." + c.name();
        assertThat(c.type()).as(where).isNotNull();
        assertThat(c.unit()).as(where).isNotBlank();
        assertThat(c.description()).as(where).isNotBlank();
        if (c.type() == Column.Type.NUMBER || c.type() == Column.Type.INTEGER || c.type() == Column.Type.SHARE) {
          assertThat(c.hasUnit()).as(where + ": a number needs a unit").isTrue();
        }
        if (c.type() == Column.Type.SHARE) {
          assertThat(c.unit()).as(where).isEqualTo("share");
        }
        if (c.unitColumn() != null) {
          Column unit = t.columns().stream().filter(x -> x.name().equals(c.unitColumn())).findFirst().orElseThrow();
          assertThat(unit.type()).as(where + " takes its unit from a text column").isEqualTo(Column.Type.STRING);
        }
      }
    }
  }

  @Test
  void everySchemaRowIsAColumnOfATable() {
    Set<String> used = new HashSet<>();
    for (Table t : everyTable()) {
      t.columns().forEach(c -> used.add(t.name() + "." + c.name()));
    }
    OutputSchema schema = OutputSchema.get();
    for (String table : schema.declaredTables()) {
      if (table.equals(OutputSchema.SHARED)) {
        continue;
      }
      assertThat(OutputSchema.TABLES).extracting(OutputSchema.Kind::name).as("tables in outputs.csv").contains(table);
      for (Column c : schema.declared(table)) {
        assertThat(used).as("outputs.csv row %s.%s is no column of the table", table, c.name())
            .contains(table + "." + c.name());
      }
    }
  }

  @Test
  void volumesOfTablesWithAUnitColumnReferToIt() {
    Table flows = everyTable().stream().filter(t -> t.name().equals("flows")).findFirst().orElseThrow();
    assertThat(flows.columns()).filteredOn(c -> c.name().equals("quantity")).extracting(Column::unit)
        .containsExactly("{unit}");
    Table prices = everyTable().stream().filter(t -> t.name().equals("capacity-prices")).findFirst().orElseThrow();
    assertThat(prices.columns()).filteredOn(c -> c.name().equals("shadow_price") || c.name().equals("capacity"))
        .extracting(Column::unit).containsExactly("{capacity_unit}", "{unit}");
  }

  record Odd(String scenario, double mystery) {}

  @Test
  void aColumnMissingFromTheSchemaIsAProgrammingError() {
    assertThatThrownBy(() -> OutputSchema.get().column("flows", "mystery"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("flows").hasMessageContaining("mystery");
    assertThatThrownBy(() -> Table.of("odd", "Odd", Odd.class, List.of()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("odd");
    assertThatThrownBy(() -> Table.of("flows", "Odd", Odd.class, List.of()))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("flows").hasMessageContaining("Odd");
  }

  @Test
  void machineReadableOutputNeedsARunId() {
    Table t = Table.of("flows", "Flows", FlowResult.LinkFlow.class, List.of());
    assertThatThrownBy(() -> TableFormat.csv(t)).isInstanceOf(IllegalStateException.class).hasMessageContaining("run id");
  }

  @SuppressWarnings("unchecked")
  private static <R extends Record> Class<R> cast(Class<? extends Record> c) {
    return (Class<R>) c;
  }
}
