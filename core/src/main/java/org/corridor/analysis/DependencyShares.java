package org.corridor.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.corridor.model.Country;
import org.corridor.solve.FlowClass;
import org.corridor.solve.FlowResult;

/**
 * How much of an exporter's delivered exports of a commodity crosses, or ends in, each other country.
 *
 * <p>For exporter X, country Y and commodity c, with E the deliveries of class (c, X) to markets outside X:
 * <pre>
 *   transit share      τ(X,Y,c) = Σ_{m ∉ X∪Y} d_m · β_Y(m) / E
 *   destination share  δ(X,Y,c) = Σ_{m ∈ Y} d_m / E
 * </pre>
 * where β_Y(m) is the part of the delivery at market m whose path touched Y's territory (a node in Y, or
 * a link whose {@code via} names Y or a passage in Y), by {@link FlowTracing}. Flows that end in Y are
 * exports to Y, not transit through it: they count in δ, never in τ. After the transit-share formula C2
 * of docs/analyses.md (Keohane and Nye's sensitivity, measured on the optimised flow).
 */
public final class DependencyShares {
  /** One (exporter, country, commodity) cell; {@code exports} is E; volumes in {@code unit} (Mt/yr). */
  public record Row(String scenario, String exporter, String commodity, String unit, String country, double exports,
      double transit, double transitShare, double destination, double destinationShare) {}

  private DependencyShares() {}

  /** Rows for every state other than the exporter, for each commodity the exporter supplies (or one). */
  public static List<Row> of(FlowResult result, String exporter, String commodityOrNull) {
    return of(result, exporter, commodityOrNull, false);
  }

  /**
   * The same, counting as transit through Y only what Y could lawfully deny: a link whose only tie to Y
   * is a free-transit passage (an international strait) does not count. This is the exposure to Y's
   * transit lever.
   */
  public static List<Row> deniable(FlowResult result, String exporter, String commodityOrNull) {
    return of(result, exporter, commodityOrNull, true);
  }

  private static List<Row> of(FlowResult result, String exporter, String commodityOrNull, boolean deniableOnly) {
    List<Row> rows = new ArrayList<>();
    for (FlowClass k : Exports.classesOf(result, exporter, commodityOrNull)) {
      FlowTracing tracing = new FlowTracing(result, k);
      double exports = Exports.total(result, tracing, exporter);
      for (Country y : result.snapshot().network().countries().values()) {
        if (y.isRegion() || y.code().equals(exporter)) {
          continue;
        }
        rows.add(row(result, tracing, k, y.code(), exports, deniableOnly));
      }
    }
    return rows;
  }

  private static Row row(FlowResult result, FlowTracing tracing, FlowClass k, String y, double exports,
      boolean deniableOnly) {
    var network = result.snapshot().network();
    Map<String, Double> touched = tracing.touching(
        deniableOnly ? tracing.linkCrossesDeniably(y) : tracing.linkCrosses(y), tracing.nodeIn(y));
    double transit = 0;
    double destination = 0;
    for (var e : tracing.delivered().entrySet()) {
      String market = network.countryOf(e.getKey());
      if (market.equals(k.origin())) {
        continue;
      }
      if (market.equals(y)) {
        destination += e.getValue();
      } else {
        transit += touched.get(e.getKey());
      }
    }
    return new Row(result.snapshot().scenario(), k.origin(), k.commodity(), network.unitOf(k.commodity()).perYear(),
        y, exports, transit,
        Exports.ratio(transit, exports), destination, Exports.ratio(destination, exports));
  }
}
