package org.corridor.cli;

import java.nio.file.Path;
import org.corridor.io.DataSetLoader;
import org.corridor.io.InvalidModelException;
import org.corridor.report.RunId;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The data folder and how strictly to read it; shared by every command that reads data. */
final class DataOptions {
  @Parameters(index = "0", paramLabel = "DIR", description = "Data set folder, e.g. data/eurasia.")
  Path folder;

  @Option(names = "--strict", description = "Treat warnings as errors.")
  boolean strict;

  DataSetLoader.Result load() throws InvalidModelException {
    return DataSetLoader.load(folder, strict);
  }

  /** The id of a run on this data set: its files and the request (command, scenario, date, options). */
  String runId(Object... request) {
    StringBuilder sb = new StringBuilder();
    for (Object part : request) {
      sb.append(part).append('\n');
    }
    return RunId.of(folder, sb.toString());
  }
}
