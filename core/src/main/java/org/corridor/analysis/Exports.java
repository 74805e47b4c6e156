package org.corridor.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.corridor.solve.FlowClass;
import org.corridor.solve.FlowResult;

/** Shared definitions: an exporter's flow classes and its exports (deliveries outside its own territory). */
final class Exports {
  private Exports() {}

  static List<FlowClass> classesOf(FlowResult result, String exporter, String commodityOrNull) {
    Set<FlowClass> out = new LinkedHashSet<>();
    for (var s : result.snapshot().supply()) {
      String origin = result.snapshot().network().countryOf(s.node());
      if (origin.equals(exporter) && (commodityOrNull == null || s.commodity().equals(commodityOrNull))) {
        out.add(new FlowClass(s.commodity(), origin));
      }
    }
    return List.copyOf(out);
  }

  static double total(FlowResult result, FlowTracing tracing, String exporter) {
    double e = 0;
    for (var d : tracing.delivered().entrySet()) {
      if (!result.snapshot().network().countryOf(d.getKey()).equals(exporter)) {
        e += d.getValue();
      }
    }
    return e;
  }

  static double ratio(double part, double whole) {
    return whole <= 0 ? 0 : part / whole;
  }
}
