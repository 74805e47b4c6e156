package org.corridor.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corridor.model.Link;
import org.corridor.solve.FlowResult;

/**
 * Each country's part of the optimum, in MUSD per year.
 * <pre>
 *   netback_X  = sales_X − supply cost_X − transport cost_X − tariffs paid_X   (over X-origin flows)
 *   welfare_X  = netback_X + tariff income_X
 *   Σ_X netback_X = the LP objective (the shippers' surplus: tariffs are a cost to them)
 *   Σ_X welfare_X = the LP objective + all tariffs (tariffs are a transfer between countries)
 * </pre>
 * Sales are valued at the market price paid; tariff income is earned by each link's tariff country;
 * import value (deliveries into X's markets from other origins) is reported but is not part of welfare.
 */
public final class Welfare {
  public record Row(String scenario, String country, double sales, double exportSales, double supplyCost,
      double transportCost, double tariffsPaid, double netback, double tariffIncome, double importValue,
      double welfare) {}

  private Welfare() {}

  public static List<Row> of(FlowResult result) {
    var net = result.snapshot().network();
    Map<String, Link> links = new HashMap<>();
    result.snapshot().links().forEach(l -> links.put(l.id(), l));
    Map<String, double[]> acc = new TreeMap<>();
    // [sales, exportSales, supplyCost, transportCost, tariffsPaid, tariffIncome, importValue]
    for (FlowResult.Delivery d : result.deliveries()) {
      double v = d.quantity() * d.price();
      double[] o = acc.computeIfAbsent(d.origin(), k -> new double[7]);
      o[0] += v;
      if (!d.country().equals(d.origin())) {
        o[1] += v;
        acc.computeIfAbsent(d.country(), k -> new double[7])[6] += v;
      }
    }
    for (FlowResult.SupplyUse s : result.supplies()) {
      acc.computeIfAbsent(s.origin(), k -> new double[7])[2] += s.used() * s.cost();
    }
    for (FlowResult.LinkFlow f : result.flows()) {
      Link l = links.get(f.link());
      double[] o = acc.computeIfAbsent(f.origin(), k -> new double[7]);
      o[3] += f.quantity() * l.cost();
      o[4] += f.quantity() * l.tariff();
      String earner = l.tariffCountry() != null ? l.tariffCountry() : net.countryOf(l.from());
      acc.computeIfAbsent(earner, k -> new double[7])[5] += f.quantity() * l.tariff();
    }
    return acc.entrySet().stream().map(e -> {
      double[] a = e.getValue();
      double netback = a[0] - a[2] - a[3] - a[4];
      return new Row(result.snapshot().scenario(), e.getKey(), a[0], a[1], a[2], a[3], a[4], netback, a[5], a[6],
          netback + a[5]);
    }).toList();
  }
}
