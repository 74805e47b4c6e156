package org.corridor.analysis;

import java.util.HashMap;
import java.util.Map;
import org.corridor.model.Link;
import org.corridor.solve.FlowResult;

/** Per-country and per-class figures of one solved scenario that several analyses compare. */
final class Outcome {
  private final FlowResult result;
  private final Map<String, Welfare.Row> welfare = new HashMap<>();
  private final Map<String, Link> links = new HashMap<>();

  /** Only an optimal solution has figures: a failed or time-limited solve is never read as a loss. */
  Outcome(FlowResult result) {
    if (!result.isOptimal()) {
      throw new IllegalArgumentException("a " + result.status().label() + " solve has no figures to compare");
    }
    this.result = result;
    Welfare.of(result).forEach(w -> welfare.put(w.country(), w));
    result.snapshot().links().forEach(l -> links.put(l.id(), l));
  }

  FlowResult result() {
    return result;
  }

  /** Welfare of a country (netback plus tariff income), 0 when it has none. */
  double welfare(String country) {
    Welfare.Row w = welfare.get(country);
    return w == null ? 0 : w.welfare();
  }

  double totalWelfare() {
    return welfare.values().stream().mapToDouble(Welfare.Row::welfare).sum();
  }

  /** Deliveries of (commodity, origin) to markets outside the origin: volume. */
  double exports(String origin, String commodity) {
    return result.deliveries().stream().filter(d -> d.origin().equals(origin) && d.commodity().equals(commodity)
        && !d.country().equals(origin)).mapToDouble(FlowResult.Delivery::quantity).sum();
  }

  /** The same, valued at the prices paid (MUSD). */
  double exportValue(String origin, String commodity) {
    return result.deliveries().stream().filter(d -> d.origin().equals(origin) && d.commodity().equals(commodity)
        && !d.country().equals(origin)).mapToDouble(d -> d.quantity() * d.price()).sum();
  }

  /** Deliveries of a commodity into a country's markets from another origin (or from {@code origin} if set). */
  double imports(String country, String commodity, String originOrNull) {
    return result.deliveries().stream().filter(d -> d.country().equals(country) && d.commodity().equals(commodity)
            && !d.origin().equals(country) && (originOrNull == null || d.origin().equals(originOrNull)))
        .mapToDouble(FlowResult.Delivery::quantity).sum();
  }

  double importValue(String country, String commodity, String originOrNull) {
    return result.deliveries().stream().filter(d -> d.country().equals(country) && d.commodity().equals(commodity)
            && !d.origin().equals(country) && (originOrNull == null || d.origin().equals(originOrNull)))
        .mapToDouble(d -> d.quantity() * d.price()).sum();
  }

  /** Operating cost and tariffs paid on the class's flows (MUSD). */
  double transportCost(String origin, String commodity) {
    double c = 0;
    for (FlowResult.LinkFlow f : result.flows()) {
      if (f.origin().equals(origin) && f.commodity().equals(commodity)) {
        Link l = links.get(f.link());
        c += f.quantity() * (l.cost() + l.tariff());
      }
    }
    return c;
  }

  /** Unused supply of a commodity, all origins. */
  double stranded(String commodity) {
    return result.supplies().stream().filter(s -> s.commodity().equals(commodity))
        .mapToDouble(FlowResult.SupplyUse::stranded).sum();
  }
}
