package org.corridor.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.solve.FlowResult;

/** Where each origin's deliveries of a commodity end: share of its total deliveries per market country. */
public final class DestinationShares {
  /** One origin, commodity and market country; {@code volume} in {@code unit} (Mt/yr). */
  public record Row(String scenario, String origin, String commodity, String unit, String destination, double volume,
      double share) {}

  private DestinationShares() {}

  public static List<Row> of(FlowResult result) {
    Map<String, Map<String, Double>> byClass = new LinkedHashMap<>();
    for (FlowResult.Delivery d : result.deliveries()) {
      byClass.computeIfAbsent(d.origin() + "|" + d.commodity(), k -> new LinkedHashMap<>())
          .merge(d.country(), d.quantity(), Double::sum);
    }
    List<Row> rows = new ArrayList<>();
    byClass.forEach((key, dest) -> {
      String[] oc = key.split("\\|");
      double total = dest.values().stream().mapToDouble(Double::doubleValue).sum();
      String unit = result.snapshot().network().unitOf(oc[1]).perYear();
      dest.forEach((country, v) -> rows.add(new Row(result.snapshot().scenario(), oc[0], oc[1], unit, country, v,
          Exports.ratio(v, total))));
    });
    return rows;
  }
}
