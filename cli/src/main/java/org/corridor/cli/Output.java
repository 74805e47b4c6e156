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

/** Prints tables in the chosen format, and writes them to a folder all at once or not at all. */
final class Output {
  private Output() {}

  static void print(PrintWriter out, OutputOptions.Format format, Object header, List<Table> tables) {
    switch (format) {
      case table -> {
        tables.forEach(t -> out.println(TableFormat.text(t)));
      }
      case csv -> tables.forEach(t -> {
        out.println("# " + t.title());
        out.print(TableFormat.csv(t));
        out.println();
      });
      case json -> {
        Map<String, Object> doc = new LinkedHashMap<>();
        if (header != null) {
          doc.put("summary", header);
        }
        tables.forEach(t -> doc.put(t.name(), TableFormat.jsonValue(t)));
        out.print(TableFormat.json(doc));
      }
    }
    out.flush();
  }

  /**
   * Writes one file per table into {@code folder}. Files are written to a temporary folder beside it
   * first and moved in at the end, so a failure leaves no half-written output.
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
