package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One question, one answer: the main job on the bundled Eurasia data set gives the same bytes in every
 * file and on standard output, run after run and on any number of threads (ties are broken by the
 * documented rule, and every case is solved from scratch).
 */
class RepeatableAnswersTest {
  @TempDir
  Path tmp;

  @Test
  void analyzeOfEurasiaIsTheSameBytesOnAnyNumberOfThreads() throws Exception {
    Map<String, String> first = analyze("default-1");
    assertThat(first).containsKeys("findings.md", "report.html", "leverage.csv", "chokepoints.csv", "stdout");
    for (String[] args : new String[][] {{"default-2"}, {"one", "--threads", "1"}, {"two", "--threads", "2"},
        {"four", "--threads", "4"}}) {
      Map<String, String> again = analyze(args[0], java.util.Arrays.copyOfRange(args, 1, args.length));
      assertThat(again.keySet()).isEqualTo(first.keySet());
      for (String file : first.keySet()) {
        assertThat(again.get(file)).as("%s of run %s", file, args[0]).isEqualTo(first.get(file));
      }
    }
  }

  /** Every file written (by name) and standard output (with the folder name taken out). */
  private Map<String, String> analyze(String name, String... extra) throws Exception {
    Path out = tmp.resolve("run");
    String[] args = new String[3 + extra.length + 1];
    args[0] = "analyze";
    args[1] = "../data/eurasia";
    args[2] = "--out=" + out;
    System.arraycopy(extra, 0, args, 3, extra.length);
    args[args.length - 1] = "--timeline-step=quarter";
    Run r = Run.of(args);
    assertThat(r.exitCode()).as(name + ": " + r.err()).isZero();
    Map<String, String> files = new TreeMap<>();
    try (var list = Files.list(out)) {
      for (Path p : list.toList()) {
        files.put(p.getFileName().toString(), Files.readString(p));
      }
    }
    files.put("stdout", r.out().replace(out.toString(), "OUT"));
    return files;
  }
}
