package org.corridor.synthetic.netgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Java NETGEN against the C program's output: two small instances whole (transshipment nodes, negative
 * costs, partly capacitated; an assignment problem), and the SHA-256 of the C output for the LEMON
 * family's NETGEN-8 lines (256, 4,096 and 16,384 nodes) and a few others (netgen-sha256.txt).
 */
class NetgenTest {
  @Test
  void transshipmentInstanceIsTheCProgramsByteForByte() throws Exception {
    assertThat(dimacs("2 2 100 20 30 600 -50 500 3000 5 10 30 60 10 200"))
        .isEqualTo(resource("netgen-transshipment.min"));
  }

  @Test
  void assignmentInstanceIsTheCProgramsByteForByte() throws Exception {
    assertThat(dimacs("7 3 40 20 20 300 1 100 20 0 0 100 100 1 1")).isEqualTo(resource("netgen-assignment.min"));
  }

  @Test
  void largeInstancesHashAsTheCProgramsOutput() throws Exception {
    List<String> lines = resource("netgen-sha256.txt").lines().filter(l -> !l.startsWith("#")).toList();
    assertThat(lines).hasSize(6);
    for (String line : lines) {
      String expected = line.substring(0, 64);
      String params = line.substring(65);
      byte[] out = dimacs(params).getBytes(StandardCharsets.US_ASCII);
      assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out)))
          .as("SHA-256 of the instance of `%s`", params).isEqualTo(expected);
    }
  }

  @Test
  void netgen8At4kHasTheFamilysSize() {
    Netgen.Instance i = generate("13502460 12 4096 64 64 32768 1 10000 64000 0 0 100 100 1 1000");
    assertThat(i.arcs()).isEqualTo(32_768);
    assertThat(Arrays.stream(i.supply()).filter(b -> b > 0).sum()).isEqualTo(64_000);
    assertThat(Arrays.stream(i.supply()).sum()).isZero();
  }

  @Test
  void refusesWhatTheOriginalRefuses() {
    assertThatThrownBy(() -> generate("0 1 100 10 10 800 1 10 100 0 0 100 100 1 10"))
        .hasMessageContaining("positive random seed");
    assertThatThrownBy(() -> generate("1 1 100 60 60 800 1 10 100 0 0 100 100 1 10"))
        .hasMessageContaining("Inconsistent parameter settings");
  }

  private static Netgen.Instance generate(String line) {
    long[] v = Arrays.stream(line.trim().split("\\s+")).mapToLong(Long::parseLong).toArray();
    return Netgen.generate(v[0], v[1], Netgen.Params.of(Arrays.copyOfRange(v, 2, v.length)));
  }

  private static String dimacs(String line) throws IOException {
    StringBuilder b = new StringBuilder();
    generate(line).writeDimacs(b);
    return b.toString();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = NetgenTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
  }
}
