package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.corridor.io.ExampleCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code corridor risk} as its own JVM, killed with SIGKILL after it committed a batch and before it finished, then
 * resumed with {@code --resume}: every sample is in the file exactly once and the measures are an uninterrupted
 * run's. The test waits on the run's "committed samples" lines, never on a clock; if a run finishes before the kill
 * lands, it starts again with four times the samples, and fails if no run could be caught part-way.
 */
class RiskKillTest {
  private static final int BATCH = 10;
  private static final String SEED = "3";

  @TempDir
  Path tmp;

  /** What became of one run: whether it was killed while alive, and the committed lines it printed by then. */
  private record Outcome(boolean killedAlive, int exitCode, List<String> err) {}

  @Test
  void aRunKilledPartWayResumesWithEverySampleOnceAndTheSameMeasures() throws Exception {
    String dir = ExampleCopy.in(tmp.resolve("data")).write("risks.yaml", ExampleCopy.CPC_RISKS).dir().toString();
    Path db = tmp.resolve("killed.duckdb");
    int samples = 2000;
    Outcome killed = null;
    for (int attempt = 0; attempt < 4; attempt++, samples *= 4) {
      killed = startAndKill(dir, db, samples);
      if (killed.killedAlive() && count(db, "SELECT count(*) FROM samples") < samples) {
        break;
      }
    }
    assertThat(killed.killedAlive() && count(db, "SELECT count(*) FROM samples") < samples)
        .as("a run was killed part-way (stderr: %s)", killed.err()).isTrue();
    long chunks = count(db, "SELECT count(*) FROM chunks");
    long kept = count(db, "SELECT count(*) FROM samples");
    assertThat(chunks).isPositive();
    assertThat(kept).as("only whole batches survive the kill").isEqualTo(chunks * BATCH).isLessThan(samples);
    assertThat(count(db, "SELECT count(*) FROM samples s WHERE NOT EXISTS (SELECT 1 FROM chunks c "
        + "WHERE s.sample_id >= c.first_sample AND s.sample_id < c.end_sample)")).isZero();
    assertThat(count(db, "SELECT count(*) FROM information_schema.tables WHERE table_name = 'risk'"))
        .as("no measures before the run completes").isZero();

    String n = Integer.toString(samples);
    Run resumed = Run.of("risk", dir, "--samples", n, "--seed", SEED, "--batch", Integer.toString(BATCH),
        "--threads", "1", "--db", db.toString(), "--resume", "--no-report", "--format", "csv");
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    assertThat(resumed.err().lines().filter(l -> l.startsWith("committed samples")).count())
        .as("the resumed run draws only the batches the killed one did not commit").isEqualTo(samples / BATCH - chunks);
    long lines = count(db, "SELECT count(*) FROM lines");
    assertThat(count(db, "SELECT count(*) FROM samples")).isEqualTo(samples);
    assertThat(count(db, "SELECT count(DISTINCT sample_id) FROM samples")).isEqualTo(samples);
    assertThat(count(db, "SELECT min(sample_id) FROM samples")).isZero();
    assertThat(count(db, "SELECT max(sample_id) FROM samples")).isEqualTo(samples - 1);
    long solved = count(db, "SELECT count(*) FROM samples WHERE solved");
    assertThat(solved).isEqualTo(samples);
    assertThat(count(db, "SELECT count(*) FROM losses")).isEqualTo(solved * lines);
    assertThat(count(db, "SELECT count(*) FROM (SELECT DISTINCT sample_id, line FROM losses)")).isEqualTo(solved * lines);
    assertThat(count(db, "SELECT count(*) FROM chunks")).isEqualTo(samples / BATCH);

    Run whole = Run.of("risk", dir, "--samples", n, "--seed", SEED, "--batch", Integer.toString(BATCH),
        "--threads", "1", "--db", tmp.resolve("whole.duckdb").toString(), "--no-report", "--format", "csv");
    assertThat(whole.exitCode()).as(whole.err()).isZero();
    assertThat(resumed.out()).isEqualTo(whole.out()).contains("KZ,crude");
  }

  /** Starts the run, waits for its first committed batch, and kills it with SIGKILL if it is still running. */
  private Outcome startAndKill(String dir, Path db, int samples) throws Exception {
    String javaCommand = ProcessHandle.current().info().command().orElse("java");
    Process p = new ProcessBuilder(javaCommand, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "risk",
        dir, "--samples", Integer.toString(samples), "--seed", SEED, "--batch", Integer.toString(BATCH),
        "--threads", "1", "--db", db.toString(), "--no-report", "--format", "csv")
        .directory(tmp.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    CountDownLatch committed = new CountDownLatch(1);
    List<String> err = Collections.synchronizedList(new ArrayList<>());
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          err.add(line);
          if (line.startsWith("committed samples")) {
            committed.countDown();
          }
        }
      } catch (java.io.IOException e) {
        // The stream closes when the process is killed.
      }
    });
    reader.setDaemon(true);
    reader.start();
    boolean seen = committed.await(300, TimeUnit.SECONDS);
    boolean alive = p.isAlive();
    if (alive) {
      p.destroyForcibly();
    }
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the run ended").isTrue();
    reader.join(10_000);
    assertThat(seen).as("a batch was committed within 5 minutes (stderr: %s)", err).isTrue();
    return new Outcome(alive, p.exitValue(), List.copyOf(err));
  }

  private static long count(Path file, String sql) throws Exception {
    try (var c = DriverManager.getConnection("jdbc:duckdb:" + file); Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
