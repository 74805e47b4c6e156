package org.corridor.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.corridor.policy.DataSet;
import org.corridor.policy.Scenario;
import org.corridor.policy.ScenarioResolver;
import org.corridor.policy.Snapshot;
import org.corridor.solve.LinearProgram;
import org.corridor.solve.LpSolution;
import org.corridor.solve.LpSolver;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.TransitFormulation;
import org.corridor.solve.ortools.OrToolsSolver;

/**
 * One cold pass per size, each in a fresh JVM: generate, resolve, build, load into OR-Tools, solve with
 * GLOP, and report sizes, times and memory. Not JMH: every figure is a single cold run (JIT not warmed),
 * which is what one command-line run pays.
 *
 * <pre>
 *   java -cp bench/target/benchmarks.jar org.corridor.bench.Sizes [links ...] [--time-limit SECONDS]
 * </pre>
 *
 * Without sizes it runs 1000, 10000 and 100000 links. Each size runs in a child JVM started with the same
 * java and class path (and the parent's -Xmx, if any), so the heap peak and the native-library load are
 * measured from scratch. {@code --one LINKS} runs a single size in this JVM and prints one tab-separated line.
 *
 * <p>Memory columns:
 * <ul>
 *   <li>peak heap: the sum over heap pools of {@link MemoryPoolMXBean#getPeakUsage()} after a GC and a
 *       reset. Pools peak at different moments, so this is an upper bound; it counts garbage not yet
 *       collected, so it depends on the collector and heap size.</li>
 *   <li>sampled heap: the largest total heap use seen by a thread polling every 5 ms; a lower bound.</li>
 *   <li>live after build: heap used after a full GC with the snapshot and formulation reachable.</li>
 *   <li>RSS peak: the process's VmHWM from /proc/self/status (Linux), JVM and OR-Tools' native memory
 *       included; the native side of the loaded model is not in any heap figure.</li>
 * </ul>
 */
public final class Sizes {
  private static final int[] DEFAULT_SIZES = {1000, 10000, 100000};
  private static final String[] HEADER = {"links", "nodes", "classes", "columns", "rows", "nonzeros",
      "gen_s", "build_s", "natives_s", "load_s", "solve_s", "glop_s", "status", "objective",
      "peak_heap_MB", "sampled_heap_MB", "live_after_build_MB", "rss_peak_MB"};

  private Sizes() {}

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = new ArrayList<>();
    double timeLimit = 0;
    Integer one = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--time-limit" -> timeLimit = Double.parseDouble(args[++i]);
        case "--one" -> one = Integer.parseInt(args[++i]);
        default -> sizes.add(Integer.parseInt(args[i]));
      }
    }
    if (one != null) {
      System.out.println(String.join("\t", measure(one, timeLimit)));
      return;
    }
    if (sizes.isEmpty()) {
      for (int s : DEFAULT_SIZES) {
        sizes.add(s);
      }
    }
    List<String[]> rows = new ArrayList<>();
    for (int links : sizes) {
      rows.add(child(links, timeLimit));
    }
    print(rows);
  }

  /** Runs one size in a fresh JVM and parses its line. */
  private static String[] child(int links, double timeLimit) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>(List.of(java));
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("-Xmx") || a.startsWith("-Xms") || a.startsWith("-XX:")) {
        cmd.add(a);
      }
    }
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Sizes.class.getName(), "--one",
        Integer.toString(links), "--time-limit", Double.toString(timeLimit)));
    System.err.println("running " + links + " links in a fresh JVM ...");
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String last = null;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        last = line;
      }
    }
    int rc = p.waitFor();
    if (rc != 0 || last == null) {
      throw new IllegalStateException("child for " + links + " links failed with exit code " + rc);
    }
    return last.split("\t");
  }

  private static String[] measure(int links, double timeLimit) throws InterruptedException {
    long t = System.nanoTime();
    OrToolsSolver.loadNativeLibraries();
    OrToolsSolver solver = new OrToolsSolver();
    double natives = secondsSince(t);

    List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP).toList();
    System.gc();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    HeapSampler sampler = new HeapSampler();
    sampler.start();

    t = System.nanoTime();
    DataSet data = Networks.network(links).generate();
    Snapshot snapshot = new ScenarioResolver(data).resolve(Scenario.base(Networks.AS_OF));
    double gen = secondsSince(t);

    t = System.nanoTime();
    TransitFormulation f = TransitFormulation.build(snapshot);
    double build = secondsSince(t);
    LinearProgram lp = f.lp();

    System.gc();
    long liveAfterBuild = usedHeap();

    SolveOptions options = new SolveOptions(SolveOptions.DEFAULT.solver(), timeLimit);
    t = System.nanoTime();
    LpSolver.LpSession session = solver.open(lp, options);
    double load = secondsSince(t);
    t = System.nanoTime();
    LpSolution sol = session.solve();
    double solve = secondsSince(t);
    t = System.nanoTime();
    session.close();
    double close = secondsSince(t);
    sampler.stop();
    System.err.printf(Locale.ROOT, "  %d links: close %.4f s%n", links, close);

    long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    String status = sol.status().label();
    return new String[] {
      Integer.toString(links), Integer.toString(links / 4), Integer.toString(f.classes().size()),
      Integer.toString(lp.columns()), Integer.toString(lp.rows()), Integer.toString(lp.nonZeros()),
      fmt(gen), fmt(build), fmt(natives), fmt(load), fmt(solve), fmt(sol.seconds()), status,
      sol.isOptimal() ? String.format(Locale.ROOT, "%.6g", sol.objective()) : "-",
      mb(peak), mb(sampler.max()), mb(liveAfterBuild), rssPeakMb()};
  }

  private static double secondsSince(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }

  private static long usedHeap() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static String fmt(double seconds) {
    return String.format(Locale.ROOT, "%.4f", seconds);
  }

  private static String mb(long bytes) {
    return String.format(Locale.ROOT, "%.0f", bytes / 1048576.0);
  }

  /** VmHWM (peak resident set) of this process, in MB, or "-" where /proc is not available. */
  private static String rssPeakMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
          return String.format(Locale.ROOT, "%.0f", kb / 1024.0);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return "-";
  }

  private static void print(List<String[]> rows) {
    System.out.println(String.join("\t", HEADER) + "\tbuild/solve\tload/solve");
    for (String[] r : rows) {
      double build = Double.parseDouble(r[7]);
      double load = Double.parseDouble(r[9]);
      double solve = Double.parseDouble(r[10]);
      System.out.println(String.join("\t", r) + "\t" + String.format(Locale.ROOT, "%.3f\t%.3f", build / solve, load / solve));
    }
  }

  /** Polls total heap use; the largest value seen is a lower bound on the true peak. */
  private static final class HeapSampler implements Runnable {
    private final AtomicLong max = new AtomicLong();
    private volatile boolean running = true;
    private final Thread thread = new Thread(this, "heap-sampler");

    void start() {
      thread.setDaemon(true);
      thread.start();
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join();
    }

    long max() {
      return max.get();
    }

    @Override
    public void run() {
      while (running) {
        max.accumulateAndGet(usedHeap(), Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }
}
