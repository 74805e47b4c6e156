package org.corridor.bench;

/**
 * The speed issue's table in one command; see {@link org.corridor.bench.report.Report}.
 *
 * <pre>
 *   java -cp bench/target/benchmarks.jar org.corridor.bench.Report [--rows ...] [--rounds 3] [--write docs/performance.md]
 * </pre>
 */
public final class Report {
  private Report() {}

  public static void main(String[] args) throws Exception {
    org.corridor.bench.report.Report.main(args);
  }
}
