package org.corridor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.report.Table;
import org.corridor.report.TableFormat;

/**
 * Prints tables in the chosen format, and writes them to a folder all at once or not at all. CSV on stdout
 * is one table (one valid CSV document): the command's main table, or the one {@code --table} names.
 */
final class Output {
  private Output() {}

  /**
   * Prints a command's tables.
   *
   * @param all every table of the command (what CSV, JSON and {@code --out} hold)
   * @param shown the terminal's view of them: shorter versions under the same names, or fewer tables
   * @param main the table CSV prints when {@code --table} names none
   */
  static void print(PrintWriter out, OutputOptions o, Object summary, List<Table> all, List<Table> shown, String main) {
    Table chosen = o.table == null ? null : pick(all, o.table);
    switch (o.format) {
      case table -> {
        if (chosen != null) {
          out.println(TableFormat.text(shown.stream().filter(t -> t.name().equals(o.table)).findFirst().orElse(chosen)));
        } else {
          shown.forEach(t -> out.println(TableFormat.text(t)));
        }
      }
      case csv -> out.print(TableFormat.csv(chosen != null ? chosen : pick(all, main)));
      case json -> {
        if (chosen != null) {
          out.print(TableFormat.json(TableFormat.jsonValue(chosen)));
        } else {
          Map<String, Object> doc = new LinkedHashMap<>();
          if (summary != null) {
            doc.put("summary", summary);
          }
          doc.put("tables", all.stream().map(TableFormat::jsonValue).toList());
          out.print(TableFormat.json(doc));
        }
      }
    }
    out.flush();
  }

  /** The table of that name; an unknown name is a usage error that lists the valid ones. */
  static Table pick(List<Table> tables, String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException(
        "unknown table `" + name + "`; choose one of: " + String.join(", ", tables.stream().map(Table::name).toList())));
  }

  /**
   * Writes one file per table into {@code folder} (CSV, or a JSON table object with {@code --format json}).
   * Files are written to a temporary folder beside it first and moved in at the end, so a failure leaves
   * no half-written output.
   */
  static void write(Path folder, OutputOptions.Format format, List<Table> tables) throws IOException {
    Path target = folder.toAbsolutePath();
    Files.createDirectories(target.getParent());
    Path tmp = Files.createTempDirectory(target.getParent(), ".corridor-out-");
    try {
      for (Table t : tables) {
        boolean json = format == OutputOptions.Format.json;
        String body = json ? TableFormat.json(TableFormat.jsonValue(t)) : TableFormat.csv(t);
        Files.writeString(tmp.resolve(t.name() + (json ? ".json" : ".csv")), body, StandardCharsets.UTF_8);
      }
      Files.createDirectories(target);
      try (var files = Files.list(tmp)) {
        for (Path p : files.toList()) {
          Files.move(p, target.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } finally {
      try (var left = Files.list(tmp)) {
        for (Path p : left.toList()) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(tmp);
    }
  }
}
