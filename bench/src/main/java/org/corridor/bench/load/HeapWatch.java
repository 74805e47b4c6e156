package org.corridor.bench.load;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The heap while the load runs: the largest total heap use seen by polling every 20 ms (a lower bound of the
 * true peak), and the sum of each heap pool's own peak since {@link #start} (an upper bound: pools peak at
 * different moments and garbage not yet collected counts).
 */
final class HeapWatch implements AutoCloseable {
  private final Thread poller;
  private volatile boolean running = true;
  private volatile long sampledPeak;

  HeapWatch() {
    poller = new Thread(() -> {
      while (running) {
        sampledPeak = Math.max(sampledPeak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-watch");
    poller.setDaemon(true);
  }

  HeapWatch start() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    poller.start();
    return this;
  }

  long sampledPeakBytes() {
    return sampledPeak;
  }

  static long poolPeaksBytes() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
        .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  static long maxHeapBytes() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
  }

  @Override
  public void close() {
    running = false;
    poller.interrupt();
  }
}
