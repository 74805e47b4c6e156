package org.corridor.synthetic.netgen;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * NETGEN, the network generator of Klingman, Napier and Stutz ("NETGEN: A Program for Generating Large
 * Scale Capacitated Assignment, Transportation, and Minimum Cost Flow Network Problems", Management
 * Science 20(5), 814–821, 1974), translated to Java from Norbert Schlenker's C version (1989), whose
 * notice follows. It gives the same instances as the C program, byte for byte on its DIMACS output
 * ({@code NetgenTest} checks it against files the C program wrote).
 *
 * <pre>
 * Copyright 1989 Norbert Schlenker.  All rights reserved.
 * This software is distributed subject to the following provisions:
 *    - this notice may not be removed;
 *    - you may modify the source code, as long as redistributed
 *      versions have their modifications clearly marked;
 *    - no charge, other than a nominal copying fee, may be made
 *      when providing copies of this source code to others;
 *    - if this source code is used as part of a product which is
 *      distributed only as a binary, a copy of this source code
 *      must be included in the distribution.
 * Unlike the GNU GPL, use of this code does not obligate you to
 * disclose your own proprietary source code.
 * The author of this software provides no warranty, express or
 * implied, as to its utility or correctness.
 * </pre>
 *
 * <p>Modifications: translated from C to Java (2026); the Fortran interface, the fixed array limits and
 * the global arrays are gone (each call returns its own {@link Instance}); C's unsigned arithmetic is kept
 * where it changes results. The generation itself is the original's, step for step.
 */
public final class Netgen {
  private final Params p;
  private final NetgenRandom rnd;
  private final long[] supply;
  private long[] from = new long[1024];
  private long[] to = new long[1024];
  private long[] cost = new long[1024];
  private long[] cap = new long[1024];
  private int arcs;
  private long nodesLeft;
  private final long[] pred;
  private final long[] head;
  private final long[] tail;

  /**
   * The 13 parameters of a NETGEN problem line after the seed and the problem number, in their order:
   * nodes, sources, sinks, arcs (density), minimum and maximum cost, total supply, transshipment sources
   * and sinks, percent of skeleton arcs at maximum cost, percent capacitated, minimum and maximum capacity.
   */
  public record Params(long nodes, long sources, long sinks, long density, long minCost, long maxCost,
      long supply, long tSources, long tSinks, long hiCost, long capacitated, long minCap, long maxCap) {
    /** Parses the 13 numbers. */
    public static Params of(long... v) {
      if (v.length != 13) {
        throw new IllegalArgumentException("a NETGEN problem has 13 parameters, not " + v.length);
      }
      return new Params(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12]);
    }

    boolean assignment() {
      return (sources - tSources) + (sinks - tSinks) == nodes && sources - tSources == sinks - tSinks
          && sources == supply;
    }

    boolean maxFlow() {
      return minCost == 1 && maxCost == 1;
    }
  }

  /** A generated network: node supplies (index i is node i + 1) and arcs with cost and capacity. */
  public record Instance(long seed, long problem, Params params, long[] supply, long[] from, long[] to, long[] cost,
      long[] capacity) {
    public int arcs() {
      return from.length;
    }

    /** The instance in the C program's DIMACS output, byte for byte. */
    public void writeDimacs(Appendable out) throws IOException {
      Params q = params;
      StringBuilder b = new StringBuilder(64 * (from.length + 40));
      b.append("c NETGEN flow network generator (C version)\n");
      b.append(String.format(Locale.ROOT, "c  Problem %2d input parameters\n", problem));
      b.append("c  ---------------------------\n");
      line(b, "c   Random seed:          %10d\n", seed);
      line(b, "c   Number of nodes:      %10d\n", q.nodes());
      line(b, "c   Source nodes:         %10d\n", q.sources());
      line(b, "c   Sink nodes:           %10d\n", q.sinks());
      line(b, "c   Number of arcs:       %10d\n", q.density());
      line(b, "c   Minimum arc cost:     %10d\n", q.minCost());
      line(b, "c   Maximum arc cost:     %10d\n", q.maxCost());
      line(b, "c   Total supply:         %10d\n", q.supply());
      b.append("c   Transshipment -\n");
      line(b, "c     Sources:            %10d\n", q.tSources());
      line(b, "c     Sinks:              %10d\n", q.tSinks());
      b.append("c   Skeleton arcs -\n");
      line(b, "c     With max cost:      %10d%%\n", q.hiCost());
      line(b, "c     Capacitated:        %10d%%\n", q.capacitated());
      line(b, "c   Minimum arc capacity: %10d\n", q.minCap());
      line(b, "c   Maximum arc capacity: %10d\n", q.maxCap());
      if (q.assignment()) {
        b.append("c\nc  *** Assignment ***\nc\n");
        b.append("p asn ").append(q.nodes()).append(' ').append(from.length).append('\n');
        for (int i = 0; i < q.nodes(); i++) {
          if (supply[i] > 0) {
            b.append("n ").append(i + 1).append('\n');
          }
        }
        for (int k = 0; k < from.length; k++) {
          b.append("a ").append(from[k]).append(' ').append(to[k]).append(' ').append(cost[k]).append('\n');
        }
      } else if (q.maxFlow()) {
        b.append("c\nc  *** Maximum flow ***\nc\n");
        b.append("p max ").append(q.nodes()).append(' ').append(from.length).append('\n');
        for (int i = 0; i < q.nodes(); i++) {
          if (supply[i] != 0) {
            b.append("n ").append(i + 1).append(supply[i] > 0 ? " s\n" : " t\n");
          }
        }
        for (int k = 0; k < from.length; k++) {
          b.append("a ").append(from[k]).append(' ').append(to[k]).append(' ').append(capacity[k]).append('\n');
        }
      } else {
        b.append("c\nc  *** Minimum cost flow ***\nc\n");
        b.append("p min ").append(q.nodes()).append(' ').append(from.length).append('\n');
        for (int i = 0; i < q.nodes(); i++) {
          if (supply[i] != 0) {
            b.append("n ").append(i + 1).append(' ').append(supply[i]).append('\n');
          }
        }
        for (int k = 0; k < from.length; k++) {
          b.append("a ").append(from[k]).append(' ').append(to[k]).append(" 0 ").append(capacity[k]).append(' ')
              .append(cost[k]).append('\n');
        }
      }
      out.append(b);
    }

    private static void line(StringBuilder b, String format, long v) {
      b.append(String.format(Locale.ROOT, format, v));
    }
  }

  private Netgen(long seed, Params p) {
    this.p = p;
    this.rnd = new NetgenRandom(seed);
    this.supply = new long[(int) p.nodes()];
    int n = (int) (2 * p.nodes() + p.sinks() + 2);
    this.pred = new long[n];
    this.head = new long[n];
    this.tail = new long[n];
  }

  /**
   * Generates problem {@code problem} (a label in the output) with {@code seed} &gt; 0.
   *
   * @throws IllegalArgumentException for the parameter sets the original refuses, with its reason
   */
  public static Instance generate(long seed, long problem, Params p) {
    if (seed <= 0) {
      throw new IllegalArgumentException("NETGEN requires a positive random seed");
    }
    if (p.nodes() <= 0 || p.nodes() > p.density() || p.sources() <= 0 || p.sinks() <= 0
        || p.sources() + p.sinks() > p.nodes() || p.minCost() > p.maxCost() || p.supply() < p.sources()
        || p.tSources() > p.sources() || p.tSinks() > p.sinks() || p.hiCost() < 0 || p.hiCost() > 100
        || p.capacitated() < 0 || p.capacitated() > 100 || p.minCap() > p.maxCap()) {
      throw new IllegalArgumentException("Inconsistent parameter settings - check the input");
    }
    if (p.nodes() > Integer.MAX_VALUE / 4 || p.density() > Integer.MAX_VALUE / 2) {
      throw new IllegalArgumentException("Problem too large for generator");
    }
    Netgen g = new Netgen(seed, p);
    g.nodesLeft = p.nodes() - p.sinks() + p.tSinks();
    if (p.assignment()) {
      g.createAssignment();
    } else {
      g.generate();
    }
    return new Instance(seed, problem, p, g.supply, Arrays.copyOf(g.from, g.arcs), Arrays.copyOf(g.to, g.arcs),
        Arrays.copyOf(g.cost, g.arcs), Arrays.copyOf(g.cap, g.arcs));
  }

  private void generate() {
    long nodes = p.nodes();
    long sources = p.sources();
    long sinks = p.sinks();
    createSupply(sources, p.supply());

    // The skeleton: 60% of the transshipment nodes spread evenly over the sources' chains, the rest at random.
    for (int i = 1; i <= sources; i++) {
      pred[i] = i;
    }
    long transshipment = nodes - sources - sinks;
    IndexList list = new IndexList(sources + 1, nodes - sinks);
    long source = 1;
    long i;
    for (i = transshipment; i > (4 * transshipment + 9) / 10; i--) {
      long node = list.choose(rnd.next(1, list.size()));
      pred[(int) node] = pred[(int) source];
      pred[(int) source] = node;
      if (++source > sources) {
        source = 1;
      }
    }
    for (; i > 0; --i) {
      long node = list.choose(rnd.next(1, list.size()));
      source = rnd.next(1, sources);
      pred[(int) node] = pred[(int) source];
      pred[(int) source] = node;
    }

    // Each chain is hooked to some sinks, its skeleton arcs get costs and capacities, then rubbish arcs.
    for (source = 1; source <= sources; source++) {
      int sortCount = 0;
      long node = pred[(int) source];
      while (node != source) {
        sortCount++;
        head[sortCount] = node;
        node = tail[sortCount] = pred[(int) node];
      }
      // In double, as the C version's fix of 1992 for large networks; the cast truncates as C's does.
      long sinksPerSource = transshipment == 0 ? sinks / sources + 1
          : (long) ((double) 2 * sortCount * sinks / ((double) nodes - sources - sinks));
      sinksPerSource = Math.max(2, Math.min(sinksPerSource, sinks));
      long[] chosen = new long[(int) sinksPerSource];
      IndexList sinkList = new IndexList(nodes - sinks, nodes - 1);
      for (int s = 0; s < sinksPerSource; s++) {
        chosen[s] = sinkList.choose(rnd.next(1, sinkList.size()));
      }
      if (source == sources && sinkList.size() > 0) {
        chosen = Arrays.copyOf(chosen, (int) (sinksPerSource + sinkList.size()));
        while (sinkList.size() > 0) {
          long j = sinkList.choose(1);
          if (supply[(int) j] == 0) {
            chosen[(int) sinksPerSource++] = j;
          }
        }
      }
      int chainLength = sortCount;
      long sourceSupply = supply[(int) source - 1];
      int supplyPerSink = (int) Long.divideUnsigned(sourceSupply, sinksPerSource);
      long k = pred[(int) source];
      for (int s = 0; s < sinksPerSource; s++) {
        sortCount++;
        int partial = (int) rnd.next(1, supplyPerSink);
        long j = rnd.next(0, sinksPerSource - 1);
        tail[sortCount] = k;
        head[sortCount] = chosen[s] + 1;
        supply[(int) chosen[s]] -= partial;
        supply[(int) chosen[(int) j]] -= supplyPerSink - partial;
        k = source;
        for (j = rnd.next(1, chainLength); j > 0; j--) {
          k = pred[(int) k];
        }
      }
      supply[(int) chosen[0]] -= Long.remainderUnsigned(sourceSupply, sinksPerSource);

      sortSkeleton(sortCount);
      tail[sortCount + 1] = 0;
      for (int a = 1; a <= sortCount; ) {
        IndexList heads = new IndexList(sources - p.tSources() + 1, nodes);
        heads.remove(tail[a]);
        long it = tail[a];
        while (it == tail[a]) {
          heads.remove(head[a]);
          long c = p.supply();
          if (rnd.next(1, 100) <= p.capacitated()) {
            c = Math.max(supply[(int) source - 1], p.minCap());
          }
          long price = p.maxCost();
          if (rnd.next(1, 100) > p.hiCost()) {
            price = rnd.next(p.minCost(), p.maxCost());
          }
          saveArc(it, head[a], price, c);
          a++;
        }
        pickHead(heads, it);
      }
    }

    // More rubbish arcs out of the transshipment sinks.
    for (long t = nodes - sinks + 1; t <= nodes - sinks + p.tSinks(); t++) {
      IndexList heads = new IndexList(sources - p.tSources() + 1, nodes);
      heads.remove(t);
      pickHead(heads, t);
    }
  }

  private void createSupply(long sources, long total) {
    long perSource = Long.divideUnsigned(total, sources);
    for (int i = 0; i < sources; i++) {
      long partial = rnd.next(1, perSource);
      supply[i] += partial;
      supply[(int) rnd.next(0, sources - 1)] += perSource - partial;
    }
    supply[(int) rnd.next(0, sources - 1)] += Long.remainderUnsigned(total, sources);
  }

  private void createAssignment() {
    long nodes = p.nodes();
    int source;
    for (source = 0; source < nodes / 2; source++) {
      supply[source] = 1;
    }
    for (; source < nodes; source++) {
      supply[source] = -1;
    }
    IndexList skeleton = new IndexList(p.sources() + 1, nodes);
    for (source = 1; source <= nodes / 2; source++) {
      long index = skeleton.choose(rnd.next(1, skeleton.size()));
      saveArc(source, index, rnd.next(p.minCost(), p.maxCost()), 1);
      IndexList heads = new IndexList(p.sources() + 1, nodes);
      heads.remove(index);
      pickHead(heads, source);
    }
  }

  /** Shell sort of the skeleton arcs by tail, as the original (the order of equal tails matters). */
  private void sortSkeleton(int sortCount) {
    int m = sortCount;
    while ((m /= 2) != 0) {
      int k = sortCount - m;
      for (int j = 1; j <= k; j++) {
        int i = j;
        while (i >= 1 && tail[i] > tail[i + m]) {
          long t = tail[i];
          tail[i] = tail[i + m];
          tail[i + m] = t;
          t = head[i];
          head[i] = head[i + m];
          head[i + m] = t;
          i -= m;
        }
      }
    }
  }

  /**
   * Rubbish arcs out of {@code desiredTail}. As in the DIMACS distribution of the C version, with its
   * fixes of 1992 for large networks: arc counts compared as signed {@code int}, the loop bound in
   * {@code double}, and a head of 0 (a position past the list's end) drops the arc. C's unsigned
   * arithmetic is kept where the original mixes it in.
   */
  private void pickHead(IndexList heads, long desiredTail) {
    long nonSources = p.nodes() - p.sources() + p.tSources();
    int remainingArcs = (int) p.density() - arcs;
    nodesLeft--;
    if (2 * (int) nodesLeft >= remainingArcs) {
      return;
    }
    int limit;
    if (Long.compareUnsigned(Long.divideUnsigned((long) remainingArcs + nonSources - heads.pseudoSize() - 1,
        nodesLeft + 1), nonSources - 1) >= 0) {
      limit = (int) nonSources;
    } else {
      long upperBound = 2 * (Long.divideUnsigned(remainingArcs, nodesLeft + 1) - 1);
      do {
        limit = (int) rnd.next(1, upperBound);
        if (nodesLeft == 0) {
          limit = remainingArcs;
        }
      } while (unsignedToDouble(nodesLeft) * unsignedToDouble(nonSources - 1) < (double) remainingArcs - limit);
    }
    for (; limit > 0; limit--) {
      long index = heads.choose(rnd.next(1, heads.pseudoSize()));
      long c = p.supply();
      if (rnd.next(1, 100) <= p.capacitated()) {
        c = rnd.next(p.minCap(), p.maxCap());
      }
      if (1 <= index && index <= p.nodes()) {
        saveArc(desiredTail, index, rnd.next(p.minCost(), p.maxCost()), c);
      }
    }
  }

  private static double unsignedToDouble(long v) {
    return v >= 0 ? v : (double) (v >>> 1) * 2.0 + (v & 1);
  }

  private void saveArc(long tailNode, long headNode, long arcCost, long capacity) {
    if (arcs == from.length) {
      int n = arcs * 2;
      from = Arrays.copyOf(from, n);
      to = Arrays.copyOf(to, n);
      cost = Arrays.copyOf(cost, n);
      cap = Arrays.copyOf(cap, n);
    }
    from[arcs] = tailNode;
    to[arcs] = headNode;
    cost[arcs] = arcCost;
    cap[arcs] = capacity;
    arcs++;
  }
}
