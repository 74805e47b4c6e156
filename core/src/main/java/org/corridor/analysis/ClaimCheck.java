package org.corridor.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.corridor.model.Claim;
import org.corridor.solve.FlowResult;

/**
 * Evaluates sourced claims against solved scenarios. Each metric is one of the analyses, so a claim
 * checks the same number a user would read:
 * <ul>
 *   <li>{@code transit_share}: τ(exporter, transit, commodity) of {@link DependencyShares};</li>
 *   <li>{@code route_share}: ρ(exporter, corridor, commodity) of {@link RouteShares};</li>
 *   <li>{@code link_flow}: flow on the link, all classes or those of {@code origin}/{@code commodity};</li>
 *   <li>{@code corridor_flow}: exports of every origin that used the corridor (Σ_X ρ·E);</li>
 *   <li>{@code exports}: E, the exporter's deliveries to markets outside it;</li>
 *   <li>{@code delivered}: deliveries at a market country or node, optionally of one origin.</li>
 * </ul>
 */
public final class ClaimCheck {
  /** One claim: {@code expected} and {@code value} in {@code unit} (share, or the commodity's unit per year). */
  public record Row(String claim, String scenario, String metric, String subject, String expected, double value,
      String unit, boolean pass, String text, String sources) {}

  private ClaimCheck() {}

  /** {@code solve} maps a scenario name (null = default) to its result; results are reused across claims. */
  public static List<Row> of(List<Claim> claims, Function<String, FlowResult> solve) {
    Map<String, FlowResult> cache = new LinkedHashMap<>();
    List<Row> rows = new ArrayList<>();
    for (Claim c : claims) {
      FlowResult r = cache.computeIfAbsent(String.valueOf(c.scenario()), k -> solve.apply(c.scenario()));
      double v = value(c, r);
      rows.add(new Row(c.id(), r.snapshot().scenario(), c.metric(), subject(c), c.expectText(), v, unit(c, r), c.accepts(v),
          c.text(), c.sources().toString()));
    }
    return rows;
  }

  static double value(Claim c, FlowResult r) {
    return switch (c.metric()) {
      case "transit_share" -> DependencyShares.of(r, c.exporter(), c.commodity()).stream()
          .filter(x -> x.country().equals(c.transit())).mapToDouble(DependencyShares.Row::transitShare).sum();
      case "route_share" -> RouteShares.of(r, c.exporter(), c.commodity()).stream()
          .filter(x -> x.route().equals(c.corridor())).mapToDouble(RouteShares.Row::share).sum();
      case "link_flow" -> r.flows().stream().filter(f -> f.link().equals(c.link()))
          .filter(f -> c.origin() == null || f.origin().equals(c.origin()))
          .filter(f -> c.commodity() == null || f.commodity().equals(c.commodity()))
          .mapToDouble(FlowResult.LinkFlow::quantity).sum();
      case "corridor_flow" -> corridorFlow(c, r);
      case "exports" -> new Outcome(r).exports(c.exporter(), c.commodity());
      case "delivered" -> r.deliveries().stream().filter(d -> d.commodity().equals(c.commodity()))
          .filter(d -> d.country().equals(c.market()) || d.node().equals(c.market()))
          .filter(d -> c.origin() == null || d.origin().equals(c.origin()))
          .mapToDouble(FlowResult.Delivery::quantity).sum();
      default -> throw new IllegalArgumentException("unknown metric " + c.metric());
    };
  }

  /** Shares are shares; volumes are in the claim's commodity unit, or the one unit of the link's commodities. */
  static String unit(Claim c, FlowResult r) {
    if (c.metric().endsWith("_share")) {
      return "share";
    }
    var net = r.snapshot().network();
    if (c.commodity() != null) {
      return net.unitOf(c.commodity()).perYear();
    }
    var link = net.links().get(c.link());
    List<String> units = link == null ? List.of()
        : link.commodities().stream().map(x -> net.unitOf(x).perYear()).distinct().toList();
    return units.size() == 1 ? units.get(0) : "mixed units/yr";
  }

  private static double corridorFlow(Claim c, FlowResult r) {
    double v = 0;
    for (String origin : origins(r, c.commodity())) {
      v += RouteShares.of(r, origin, c.commodity()).stream().filter(x -> x.route().equals(c.corridor()))
          .mapToDouble(RouteShares.Row::volume).sum();
    }
    return v;
  }

  private static List<String> origins(FlowResult r, String commodity) {
    return r.supplies().stream().filter(s -> s.commodity().equals(commodity)).map(FlowResult.SupplyUse::origin)
        .distinct().toList();
  }

  private static String subject(Claim c) {
    List<String> parts = new ArrayList<>();
    for (String p : new String[] {c.exporter(), c.transit() == null ? null : "via " + c.transit(), c.corridor(), c.link(),
        c.market() == null ? null : "at " + c.market(), c.origin() == null ? null : "from " + c.origin(), c.commodity()}) {
      if (p != null) {
        parts.add(p);
      }
    }
    return String.join(" ", parts);
  }
}
