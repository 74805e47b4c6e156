package org.corridor.io.dimacs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;
import org.corridor.io.InvalidModelException;
import org.corridor.io.Problems;
import org.corridor.io.Schema;

/**
 * Reads the DIMACS minimum-cost-flow format: {@code c} comment lines, one {@code p min NODES ARCS} line,
 * {@code n ID SUPPLY} lines (positive: supply, negative: demand; nodes without one have 0) and exactly ARCS
 * {@code a FROM TO LOW CAP COST} lines. Every problem is gathered with file, line and field; the whole file
 * is refused when there is one.
 *
 * <p>Refused as well, because a Corridor data set cannot say them: a lower bound above 0 (a link has no
 * minimum flow; shift it out of the instance first), a negative cost, an arc from a node to itself,
 * capacities and supplies beyond 1e9 and costs beyond 1e6 ({@link Schema#QUANTITY}, {@link Schema#MONEY}),
 * supplies that do not sum to 0, and an instance without any supply (a data set needs one).
 */
public final class DimacsReader {
  /** More nodes or arcs than this is not a network Corridor's tables are meant for. */
  static final int MAX_SIZE = 50_000_000;
  private static final int MAX_REPORTED = 200;

  private final String file;
  private final Problems problems = new Problems();
  private int lineNo;
  private int nodes = -1;
  private long[] supply;
  private boolean[] supplySeen;
  private int[] from;
  private int[] to;
  private long[] cap;
  private long[] cost;
  private int arcCount;

  private DimacsReader(String file) {
    this.file = file;
  }

  /** Reads {@code in}, named {@code file} in problems. */
  public static DimacsNetwork read(Reader in, String file) throws IOException, InvalidModelException {
    return new DimacsReader(file).parse(in);
  }

  private DimacsNetwork parse(Reader in) throws IOException, InvalidModelException {
    BufferedReader r = in instanceof BufferedReader b ? b : new BufferedReader(in, 1 << 16);
    String line;
    while ((line = r.readLine()) != null && problems.errorCount() < MAX_REPORTED) {
      lineNo++;
      line(line);
    }
    if (nodes < 0 && !problems.hasErrors()) {
      error(0, "p", null, "no problem line `p min NODES ARCS`", "a DIMACS min-cost-flow file starts with one");
    }
    if (nodes >= 0) {
      finish();
    }
    if (problems.hasErrors()) {
      throw new InvalidModelException(problems.list());
    }
    return new DimacsNetwork(nodes, supply, from, to, cap, cost);
  }

  private void line(String line) {
    String[] f = line.trim().split("\\s+");
    if (f[0].isEmpty() || f[0].equals("c")) {
      return;
    }
    switch (f[0]) {
      case "p" -> problemLine(f);
      case "n" -> nodeLine(f);
      case "a" -> arcLine(f);
      default -> error(lineNo, "kind", f[0], "unknown line kind `" + f[0] + "`",
          "lines start with c (comment), p (problem), n (node) or a (arc)");
    }
  }

  private void problemLine(String[] f) {
    if (nodes >= 0) {
      error(lineNo, "p", null, "a second problem line", "a file holds one problem");
      return;
    }
    if (f.length != 4) {
      error(lineNo, "p", null, "expected `p min NODES ARCS`, found " + f.length + " fields", null);
      return;
    }
    if (!f[1].equals("min")) {
      error(lineNo, "problem", f[1], "only `min` (minimum-cost flow) problems can be imported",
          "max-flow and assignment files have other line formats");
      return;
    }
    long n = number(f[2], "nodes", 1, MAX_SIZE);
    long m = number(f[3], "arcs", 0, MAX_SIZE);
    if (n < 0 || m < 0) {
      return;
    }
    nodes = (int) n;
    supply = new long[nodes];
    supplySeen = new boolean[nodes];
    from = new int[(int) m];
    to = new int[(int) m];
    cap = new long[(int) m];
    cost = new long[(int) m];
  }

  private void nodeLine(String[] f) {
    if (!afterProblemLine() || !fields(f, 3, "n ID SUPPLY")) {
      return;
    }
    long id = node(f[1], "id");
    long b = number(f[2], "supply", (long) -Schema.QUANTITY.max(), (long) Schema.QUANTITY.max());
    if (id < 0 || b == Long.MIN_VALUE) {
      return;
    }
    if (supplySeen[(int) id - 1]) {
      error(lineNo, "id", f[1], "node " + id + " has a second `n` line", "give each node one supply");
      return;
    }
    supplySeen[(int) id - 1] = true;
    supply[(int) id - 1] = b;
  }

  private void arcLine(String[] f) {
    if (!afterProblemLine() || !fields(f, 6, "a FROM TO LOW CAP COST")) {
      return;
    }
    if (arcCount >= from.length) {
      error(lineNo, "a", null, "more arc lines than the " + from.length + " the problem line announces", null);
      arcCount++;
      return;
    }
    long t = node(f[1], "from");
    long h = node(f[2], "to");
    long low = number(f[3], "low", 0, Long.MAX_VALUE);
    long u = number(f[4], "cap", 0, (long) Schema.QUANTITY.max());
    long c = number(f[5], "cost", 0, (long) Schema.MONEY.max());
    if (low > 0) {
      error(lineNo, "low", f[3], "arc lower bounds above 0 are not supported: a link has no minimum flow",
          "shift it out: supply of FROM −= LOW, supply of TO += LOW, CAP −= LOW, and add LOW·COST to the cost");
    }
    if (t > 0 && t == h) {
      error(lineNo, "to", f[2], "arc from node " + t + " to itself", "remove the loop: it never lowers the cost");
    }
    if (t < 0 || h < 0 || low != 0 || u < 0 || c < 0 || t == h) {
      arcCount++;
      return;
    }
    from[arcCount] = (int) t;
    to[arcCount] = (int) h;
    cap[arcCount] = u;
    cost[arcCount] = c;
    arcCount++;
  }

  private void finish() {
    if (arcCount != from.length) {
      error(lineNo, "a", null, "the problem line announces " + from.length + " arcs, the file has " + arcCount, null);
    }
    if (Arrays.stream(supply).allMatch(b -> b == 0)) {
      error(0, "supply", null, "no node has a supply, so nothing flows (the optimal cost is 0)",
          "give the supply nodes `n ID SUPPLY` lines");
    }
    long sum = Arrays.stream(supply).sum();
    if (sum != 0) {
      error(0, "supply", Long.toString(sum), "node supplies sum to " + sum + ", not 0",
          "a min-cost-flow instance must balance; add a node that absorbs the difference");
    }
  }

  private boolean afterProblemLine() {
    if (nodes < 0) {
      error(lineNo, "p", null, "node or arc line before the problem line", "put `p min NODES ARCS` first");
      return false;
    }
    return true;
  }

  private boolean fields(String[] f, int n, String form) {
    if (f.length != n) {
      error(lineNo, f[0], null, "expected `" + form + "`, found " + f.length + " fields", null);
      return false;
    }
    return true;
  }

  private long node(String text, String field) {
    return number(text, field, 1, nodes);
  }

  /** The integer {@code text} in [min, max], or −1 (Long.MIN_VALUE where negatives are allowed) with an error. */
  private long number(String text, String field, long min, long max) {
    long bad = min < 0 ? Long.MIN_VALUE : -1;
    long v;
    try {
      v = Long.parseLong(text.startsWith("+") ? text.substring(1) : text);
    } catch (NumberFormatException e) {
      error(lineNo, field, text, "not a whole number", "DIMACS fields are integers");
      return bad;
    }
    if (v < min || v > max) {
      error(lineNo, field, text, "out of range " + min + " to " + max, null);
      return bad;
    }
    return v;
  }

  private void error(int line, String field, String value, String message, String hint) {
    problems.error(file, line, field, value, message, hint);
  }
}
