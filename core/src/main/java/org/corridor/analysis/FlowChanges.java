package org.corridor.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corridor.model.Link;
import org.corridor.solve.FlowResult;

/**
 * What a what-if does on the map: per link and commodity, the flow before and after and what became of it,
 * and per supply node and commodity, the supply left unused before and after. A front end colours the map by
 * {@link State} without comparing numbers itself.
 *
 * <p>A flow is {@code closed} when the link carries nothing after because the what-if closed it (its capacity
 * in force is 0), {@code cut} when it fell by more than {@link FlowResult#EPS}, {@code rerouted} when it rose
 * (flow that took this link instead of another, or new flow), else {@code same}. Rows are sorted by link, then
 * commodity, so an answer is the same bytes on every run.
 */
public final class FlowChanges {
  /** What became of a link's flow of one commodity. */
  public enum State {
    same, rerouted, cut, closed
  }

  /** One link and commodity; volumes in {@code unit}. */
  public record Row(String scenario, String link, String from, String to, String commodity, String unit, double before,
      double after, double delta, String state) {}

  /** One supply node and commodity whose stranded supply changed; volumes in {@code unit}. */
  public record Stranded(String scenario, String node, String country, String commodity, String unit, double before,
      double after, double delta) {}

  private FlowChanges() {}

  public static List<Row> flows(FlowResult before, FlowResult after) {
    Map<String, double[]> acc = new TreeMap<>();
    Map<String, FlowResult.LinkFlow> any = new TreeMap<>();
    add(acc, any, before, 0);
    add(acc, any, after, 1);
    Map<String, Link> links = new TreeMap<>();
    after.snapshot().links().forEach(l -> links.put(l.id(), l));
    List<Row> out = new ArrayList<>();
    acc.forEach((key, q) -> {
      FlowResult.LinkFlow f = any.get(key);
      Link l = links.get(f.link());
      boolean closed = q[1] <= FlowResult.EPS && (l == null || l.capacity() <= FlowResult.EPS);
      State s = closed && q[0] > FlowResult.EPS ? State.closed : q[1] > q[0] + FlowResult.EPS ? State.rerouted
          : q[1] < q[0] - FlowResult.EPS ? State.cut : State.same;
      out.add(new Row(after.snapshot().scenario(), f.link(), f.from(), f.to(), f.commodity(),
          after.snapshot().network().unitOf(f.commodity()).perYear(), q[0], q[1], q[1] - q[0], s.name()));
    });
    return out;
  }

  public static List<Stranded> stranded(FlowResult before, FlowResult after) {
    Map<String, double[]> acc = new TreeMap<>();
    Map<String, FlowResult.SupplyUse> any = new TreeMap<>();
    for (int i = 0; i < 2; i++) {
      for (FlowResult.SupplyUse s : (i == 0 ? before : after).supplies()) {
        String key = s.node() + "\u0000" + s.commodity();
        acc.computeIfAbsent(key, k -> new double[2])[i] += s.stranded();
        any.putIfAbsent(key, s);
      }
    }
    List<Stranded> out = new ArrayList<>();
    acc.forEach((key, q) -> {
      if (Math.abs(q[1] - q[0]) > FlowResult.EPS) {
        FlowResult.SupplyUse s = any.get(key);
        var net = after.snapshot().network();
        out.add(new Stranded(after.snapshot().scenario(), s.node(), net.node(s.node()).country(), s.commodity(),
            net.unitOf(s.commodity()).perYear(), q[0], q[1], q[1] - q[0]));
      }
    });
    return out;
  }

  private static void add(Map<String, double[]> acc, Map<String, FlowResult.LinkFlow> any, FlowResult r, int i) {
    for (FlowResult.LinkFlow f : r.flows()) {
      String key = f.link() + "\u0000" + f.commodity();
      acc.computeIfAbsent(key, k -> new double[2])[i] += f.quantity();
      any.putIfAbsent(key, f);
    }
  }
}
