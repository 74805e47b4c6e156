package org.corridor.bench.load;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.corridor.api.Corridor;
import org.corridor.bench.load.RequestMix.Kind;
import org.corridor.io.DataSetLoader;
import org.corridor.server.CorridorServer;
import org.corridor.server.ServerConfig;
import org.corridor.solve.Progress;
import org.corridor.solve.ortools.OrToolsSolver;

/**
 * The server under load, not a test: starts it in this JVM on data/eurasia on an ephemeral loopback port with
 * the limits of {@code corridor serve}, warms it with a few requests of every kind, then lets 8 clients (one
 * {@link HttpClient} each) send up to 10,000 requests of {@link RequestMix} to 127.0.0.1 until they are sent or
 * the time bound passes. Prints latency percentiles per kind and overall, errors by status (429 apart: it is the
 * server's back-pressure, and a client that gets one moves on to its next request after 100 ms), the heap peak
 * and the load average.
 *
 * <pre>java -cp bench/target/benchmarks.jar org.corridor.bench.load.LoadCheck data/eurasia [--requests 10000]
 *     [--clients 8] [--seconds 150]</pre>
 */
public final class LoadCheck {
  private record Sample(Kind kind, boolean goal, double millis, String outcome) {}

  private LoadCheck() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "data/eurasia");
    int requests = intArg(args, "--requests", 10_000);
    int clients = intArg(args, "--clients", 8);
    int seconds = intArg(args, "--seconds", 150);
    Corridor corridor = new Corridor(DataSetLoader.load(folder, false).dataSet(), new OrToolsSolver(), Clock.systemUTC(),
        Progress.NONE);
    ServerConfig config = ServerConfig.local(0);
    CorridorServer server = CorridorServer.create(corridor, config).start();
    try {
      RequestMix mix = new RequestMix("http://127.0.0.1:" + server.port(), Duration.ofSeconds(60));
      warm(mix);
      String loadBefore = loadAverage();
      List<Sample> samples;
      long wall;
      try (HeapWatch heap = new HeapWatch().start()) {
        long t0 = System.nanoTime();
        samples = run(mix, requests, clients, System.nanoTime() + seconds * 1_000_000_000L);
        wall = System.nanoTime() - t0;
        report(folder, config, requests, clients, seconds, samples, wall / 1e9, heap, loadBefore, loadAverage());
      }
    } finally {
      server.stop();
    }
  }

  /** One cycle of the mix, one request at a time, so that the JIT and OR-Tools' natives are warm before measuring. */
  private static void warm(RequestMix mix) throws Exception {
    HttpClient http = client();
    for (int i = 0; i < 100; i++) {
      HttpResponse<Void> r = http.send(mix.request(i), HttpResponse.BodyHandlers.discarding());
      if (r.statusCode() != 200) {
        throw new IllegalStateException("warm-up request " + mix.kind(i) + " answered " + r.statusCode());
      }
    }
  }

  private static List<Sample> run(RequestMix mix, int requests, int clients, long deadline) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      HttpClient http = client();
      threads.add(new Thread(() -> {
        for (int i = next.getAndIncrement(); i < requests && System.nanoTime() < deadline; i = next.getAndIncrement()) {
          long t0 = System.nanoTime();
          String outcome;
          try {
            outcome = String.valueOf(http.send(mix.request(i), HttpResponse.BodyHandlers.discarding()).statusCode());
          } catch (IOException e) {
            outcome = e.getClass().getSimpleName();
          } catch (InterruptedException e) {
            return;
          }
          samples.add(new Sample(mix.kind(i), mix.isGoalBan(i), (System.nanoTime() - t0) / 1e6, outcome));
          if (outcome.equals("429")) {
            pause();
          }
        }
      }, "client-" + c));
    }
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    return new ArrayList<>(samples);
  }

  private static void report(Path folder, ServerConfig config, int requests, int clients, int seconds,
      List<Sample> samples, double wallSeconds, HeapWatch heap, String loadBefore, String loadAfter) {
    System.out.printf(Locale.ROOT, "Load check on %s: %d of %d requests sent by %d clients in %.1f s (bound %d s),"
        + " %.1f requests/s; server limits: %d solves at once, queue %d, solve time limit %.0f s%n", folder,
        samples.size(), requests, clients, wallSeconds, seconds, samples.size() / wallSeconds, config.maxSolves(),
        config.queue(), config.solveSeconds());
    System.out.println();
    System.out.println("Latency of answered requests (status 200), ms:");
    System.out.println();
    System.out.println("| requests | n | p50 | p95 | p99 | max |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    List<Sample> ok = samples.stream().filter(s -> s.outcome().equals("200")).toList();
    for (Kind k : Kind.values()) {
      System.out.println(Latencies.of(k.name().toLowerCase(Locale.ROOT),
          ok.stream().filter(s -> s.kind() == k).map(Sample::millis).toList()).row());
    }
    System.out.println(Latencies.of("what-if ban: POST /api/diff, Russia denies crude transit",
        ok.stream().filter(Sample::goal).map(Sample::millis).toList()).row());
    System.out.println(Latencies.of("all", ok.stream().map(Sample::millis).toList()).row());
    System.out.println();
    Map<String, Integer> outcomes = new TreeMap<>();
    samples.forEach(s -> outcomes.merge(s.outcome(), 1, Integer::sum));
    long errors = samples.stream().filter(s -> !s.outcome().equals("200") && !s.outcome().equals("429")).count();
    System.out.println("Outcomes: " + outcomes + "; errors (neither 200 nor 429): " + errors
        + "; 429 (back-pressure): " + outcomes.getOrDefault("429", 0));
    Map<String, Integer> busy = new TreeMap<>();
    samples.stream().filter(s -> s.outcome().equals("429")).forEach(s -> busy.merge(s.kind().name().toLowerCase(Locale.ROOT),
        1, Integer::sum));
    System.out.println("429 by kind: " + busy);
    System.out.printf(Locale.ROOT, "Heap: sampled peak %.0f MB, pool peaks summed %.0f MB, max heap %.0f MB%n",
        heap.sampledPeakBytes() / 1e6, HeapWatch.poolPeaksBytes() / 1e6, HeapWatch.maxHeapBytes() / 1e6);
    System.out.println("Load average (1, 5, 15 min) before: " + loadBefore + "; after: " + loadAfter);
  }

  private static HttpClient client() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  }

  private static void pause() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (IOException e) {
      return "unknown (" + e.getMessage() + ")";
    }
  }

  private static int intArg(String[] args, String name, int otherwise) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return Integer.parseInt(args[i + 1]);
      }
    }
    return otherwise;
  }
}
