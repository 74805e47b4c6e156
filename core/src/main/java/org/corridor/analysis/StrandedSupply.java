package org.corridor.analysis;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.corridor.solve.FlowResult;

/** Supply that the optimum leaves unused, per origin country and commodity: available − used. */
public final class StrandedSupply {
  /** One origin and commodity; volumes in {@code unit} (Mt/yr). */
  public record Row(String scenario, String origin, String commodity, String unit, double available, double used,
      double stranded, double strandedShare) {}

  private StrandedSupply() {}

  public static List<Row> of(FlowResult result) {
    Map<String, double[]> acc = new TreeMap<>();
    for (FlowResult.SupplyUse s : result.supplies()) {
      double[] a = acc.computeIfAbsent(s.origin() + "|" + s.commodity(), k -> new double[2]);
      a[0] += s.available();
      a[1] += s.used();
    }
    return acc.entrySet().stream().map(e -> {
      String[] oc = e.getKey().split("\\|");
      double[] a = e.getValue();
      double stranded = Math.max(0, a[0] - a[1]);
      return new Row(result.snapshot().scenario(), oc[0], oc[1], result.snapshot().network().unitOf(oc[1]).perYear(),
          a[0], a[1], stranded, Exports.ratio(stranded, a[0]));
    }).toList();
  }
}
