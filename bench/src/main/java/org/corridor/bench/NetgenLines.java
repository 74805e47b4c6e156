package org.corridor.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Scanner;
import org.corridor.synthetic.netgen.Netgen;

/**
 * NETGEN's command line: reads parameter lines (seed, problem number, then the 13 parameters) from standard
 * input until end of input or a seed ≤ 0, and writes each problem in DIMACS format to standard output, as
 * the C program does.
 *
 * <pre>
 *   echo "13502460 12 4096 64 64 32768 1 10000 64000 0 0 100 100 1 1000" \
 *     | java -cp bench/target/benchmarks.jar org.corridor.bench.NetgenLines &gt; netgen_8_12a.min
 * </pre>
 */
public final class NetgenLines {
  private NetgenLines() {}

  public static void main(String[] args) throws IOException {
    Scanner in = new Scanner(System.in, StandardCharsets.US_ASCII);
    Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.US_ASCII), 1 << 16);
    while (in.hasNextLong()) {
      long seed = in.nextLong();
      if (seed <= 0 || !in.hasNextLong()) {
        break;
      }
      long problem = in.nextLong();
      if (problem <= 0) {
        break;
      }
      List<Long> v = new ArrayList<>();
      while (v.size() < 13 && in.hasNextLong()) {
        v.add(in.nextLong());
      }
      if (v.size() < 13) {
        break;
      }
      try {
        Netgen.generate(seed, problem, Netgen.Params.of(v.stream().mapToLong(Long::longValue).toArray()))
            .writeDimacs(out);
      } catch (IllegalArgumentException e) {
        out.flush();
        System.err.println(e.getMessage());
        System.exit(1);
      }
      out.flush();
    }
    out.flush();
  }
}
