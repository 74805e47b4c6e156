package org.corridor.bench;

import java.util.concurrent.TimeUnit;
import org.corridor.policy.Snapshot;
import org.corridor.solve.TransitFormulation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to turn a resolved {@link Snapshot} into the transit LP ({@link TransitFormulation#build}), at
 * 20 flow classes (4 commodities × 5 countries) and nodes = links / 4. The network is generated and
 * resolved once per trial; only the build is timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FormulationBenchmark {
  @Param({"1000", "10000", "100000"})
  public int links;

  private Snapshot snapshot;

  @Setup(Level.Trial)
  public void generate() {
    snapshot = Networks.snapshot(links);
  }

  @Benchmark
  public TransitFormulation build() {
    return TransitFormulation.build(snapshot);
  }
}
