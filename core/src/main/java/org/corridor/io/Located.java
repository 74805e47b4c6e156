package org.corridor.io;

/**
 * A record built from a CSV row, together with the file and line the reader found it on. Checks that run
 * after the tables are built name this line, so a row that failed to build or a dropped duplicate never
 * shifts the lines of the rows after it.
 */
record Located<T>(T record, String file, int line) {
  static <T> Located<T> of(T record, CsvTable.Row row) {
    return new Located<>(record, row.file(), row.line());
  }
}
