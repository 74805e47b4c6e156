package org.corridor.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One child process of the report: its wall time, what it printed as {@code key value} lines, and its peak
 * resident set from {@code /usr/bin/time -f %M} where that program is present.
 */
record Child(int exit, double wallSeconds, Map<String, String> values, String out, String err) {
  private static final Path TIME = Path.of("/usr/bin/time");
  private static final Pattern KEY_VALUE = Pattern.compile("^([a-z_]+) (\\S+)$");

  static Child run(List<String> command, Path work, long timeoutSeconds) throws IOException, InterruptedException {
    Path rss = Files.createTempFile(work, "rss", ".txt");
    Path outFile = Files.createTempFile(work, "out", ".txt");
    Path errFile = Files.createTempFile(work, "err", ".txt");
    List<String> cmd = new ArrayList<>();
    if (Files.isExecutable(TIME)) {
      cmd.addAll(List.of(TIME.toString(), "-f", "%M", "-o", rss.toString()));
    }
    cmd.addAll(command);
    long t0 = System.nanoTime();
    Process p = new ProcessBuilder(cmd).redirectOutput(outFile.toFile()).redirectError(errFile.toFile()).start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      p.waitFor();
      return new Child(-1, timeoutSeconds, Map.of(), "", "timed out after " + timeoutSeconds + " s");
    }
    double wall = (System.nanoTime() - t0) / 1e9;
    String out = Files.readString(outFile, StandardCharsets.UTF_8);
    String err = Files.readString(errFile, StandardCharsets.UTF_8);
    Map<String, String> values = new HashMap<>();
    for (String line : out.split("\n")) {
      Matcher m = KEY_VALUE.matcher(line.trim());
      if (m.matches()) {
        values.put(m.group(1), m.group(2));
      }
    }
    String measured = Files.readString(rss).trim();
    String[] lines = measured.split("\n");
    String last = lines[lines.length - 1].trim();
    if (last.matches("\\d+")) {
      values.put("time_peak_rss_kb", last);
    }
    Files.deleteIfExists(rss);
    Files.deleteIfExists(outFile);
    Files.deleteIfExists(errFile);
    return new Child(p.exitValue(), wall, values, out, err);
  }

  double number(String key) {
    String v = values.get(key);
    return v == null ? Double.NaN : Double.parseDouble(v);
  }

  /** The peak resident set: the one the child printed, else the one /usr/bin/time measured. */
  double peakRssMb() {
    double kb = number("peak_rss_kb");
    if (Double.isNaN(kb)) {
      kb = number("time_peak_rss_kb");
    }
    return kb / 1024;
  }

  boolean ok() {
    return exit == 0;
  }

  String why() {
    String e = err.strip();
    return "exit " + exit + (e.isEmpty() ? "" : ": " + e.lines().reduce((a, b) -> b).orElse(""));
  }
}
