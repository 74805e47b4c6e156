package org.corridor.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.api.Answer;
import org.corridor.report.Table;
import org.corridor.report.TableFormat;

/** Prints answers in the chosen format, and writes files to a folder all at once or not at all. */
final class Output {
  /** A file written beside the tables, e.g. the HTML report. */
  record Document(String name, String text) {}

  private Output() {}

  /**
   * Prints an answer: as text, every table (or the one {@code --table} names), each cut to {@code top}
   * rows; as CSV, exactly one table (the answer's main one unless {@code --table} names another), so the
   * output is one valid CSV document; as JSON, {@code {"summary", "tables": [...]}} or the one table named.
   */
  static void print(PrintWriter out, OutputOptions.Format format, Answer answer, String tableChoice, int top) {
    Table chosen = tableChoice == null ? null : answer.table(tableChoice);
    switch (format) {
      case table -> (chosen != null ? List.of(chosen) : answer.tables())
          .forEach(t -> out.println(TableFormat.text(t.head(top))));
      case csv -> out.print(TableFormat.csv(chosen != null ? chosen : answer.table(answer.mainTable())));
      case json -> {
        if (chosen != null) {
          out.print(TableFormat.json(TableFormat.jsonValue(chosen)));
        } else {
          Map<String, Object> doc = new LinkedHashMap<>();
          if (answer.summary() != null) {
            doc.put("summary", answer.summary());
          }
          doc.put("tables", answer.tables().stream().map(TableFormat::jsonValue).toList());
          out.print(TableFormat.json(doc));
        }
      }
    }
    out.flush();
  }

  /** One file per table, CSV or JSON. */
  static void write(Path folder, OutputOptions.Format format, List<Table> tables) throws IOException {
    boolean json = format == OutputOptions.Format.json;
    List<Document> docs = new ArrayList<>();
    for (Table t : tables) {
      docs.add(new Document(t.name() + (json ? ".json" : ".csv"),
          json ? TableFormat.json(TableFormat.jsonValue(t)) : TableFormat.csv(t)));
    }
    writeAll(folder, List.of(), docs);
  }

  /**
   * Writes every table as CSV and every document into {@code folder}. Files go to a temporary folder beside
   * it first and are moved in at the end, so a failure leaves no half-written output; every file is
   * readable by all, like any file the user would save.
   */
  static void writeAll(Path folder, List<Table> tables, List<Document> documents) throws IOException {
    List<Document> all = new ArrayList<>();
    tables.forEach(t -> all.add(new Document(t.name() + ".csv", TableFormat.csv(t))));
    all.addAll(documents);
    Path target = folder.toAbsolutePath().normalize();
    Path tmp;
    try {
      Files.createDirectories(target.getParent());
      tmp = Files.createTempDirectory(target.getParent(), ".corridor-out-");
    } catch (IOException e) {
      throw new OutputException(target, e);
    }
    try {
      for (Document d : all) {
        Path f = tmp.resolve(d.name());
        Files.writeString(f, d.text(), StandardCharsets.UTF_8);
        readableByAll(f);
      }
      Files.createDirectories(target);
      for (Document d : all) {
        Files.move(tmp.resolve(d.name()), target.resolve(d.name()), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new OutputException(target, e);
    } finally {
      try (var left = Files.list(tmp)) {
        for (Path p : left.toList()) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(tmp);
    }
  }

  private static void readableByAll(Path f) throws IOException {
    try {
      Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // Not a POSIX file system: its defaults apply.
    }
  }

  /** Output could not be written: names the folder and the reason, for exit code 2. */
  static final class OutputException extends IOException {
    OutputException(Path folder, IOException cause) {
      super("cannot write to " + folder + ": " + reason(cause), cause);
    }

    private static String reason(IOException e) {
      if (e instanceof java.nio.file.AccessDeniedException) {
        return "permission denied";
      }
      if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
        return f.getReason();
      }
      return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
  }
}
