package org.corridor.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.corridor.model.Link;
import org.corridor.solve.FlowClass;
import org.corridor.solve.FlowResult;

/**
 * The share of an exporter's delivered exports of a commodity that used each named route (the links'
 * {@code corridor} column): ρ(X,R,c) = Σ_{m ∉ X} d_m · β_R(m) / E, with β_R from {@link FlowTracing}.
 * A flow can use two routes in turn, so shares may add up to more than one; exports that used no named
 * route are reported as the route "(none)".
 */
public final class RouteShares {
  public static final String NONE = "(none)";

  /** One (exporter, commodity, route) cell; volumes in {@code unit} (Mt/yr). */
  public record Row(String scenario, String exporter, String commodity, String unit, String route, double exports,
      double volume, double share) {}

  private RouteShares() {}

  public static List<Row> of(FlowResult result, String exporter, String commodityOrNull) {
    List<Row> rows = new ArrayList<>();
    Set<String> routes = new LinkedHashSet<>();
    result.snapshot().network().links().values().stream().map(Link::corridor).filter(Objects::nonNull)
        .forEach(routes::add);
    for (FlowClass k : Exports.classesOf(result, exporter, commodityOrNull)) {
      FlowTracing tracing = new FlowTracing(result, k);
      double exports = Exports.total(result, tracing, exporter);
      String unit = result.snapshot().network().unitOf(k.commodity()).perYear();
      for (String route : routes) {
        double v = exported(result, tracing, exporter, tracing.touching(l -> route.equals(l.corridor()), n -> false));
        if (v > FlowResult.EPS) {
          rows.add(new Row(result.snapshot().scenario(), exporter, k.commodity(), unit, route, exports, v,
              Exports.ratio(v, exports)));
        }
      }
      double none = exported(result, tracing, exporter, tracing.touching(l -> l.corridor() != null, n -> false));
      double rest = exports - none;
      if (rest > FlowResult.EPS) {
        rows.add(new Row(result.snapshot().scenario(), exporter, k.commodity(), unit, NONE, exports, rest,
            Exports.ratio(rest, exports)));
      }
    }
    return rows;
  }

  private static double exported(FlowResult result, FlowTracing tracing, String exporter, Map<String, Double> touched) {
    double v = 0;
    for (var e : touched.entrySet()) {
      if (!result.snapshot().network().countryOf(e.getKey()).equals(exporter)) {
        v += e.getValue();
      }
    }
    return v;
  }
}
