package org.corridor.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.corridor.model.Network;
import org.corridor.model.ReportedTotal;
import org.corridor.solve.FlowResult;

/**
 * Modelled national flows set against the reported totals of {@code totals.csv} for the scenario's calendar
 * year: coverage = modelled / reported. The modelled flows of a country c and commodity g are
 * <pre>
 *   exports(c, g)    = Σ deliveries of origin c to markets outside c
 *   imports(c, g)    = Σ deliveries into c's markets from other origins
 *   production(c, g) = Σ supply used at c's nodes
 * </pre>
 * so a coverage under 1 is the part of a country's trade the modelled network carries, and a coverage under
 * one half says most of it runs outside the model.
 */
public final class Coverage {
  /** Below this coverage, findings say that most of the reported total is not modelled. */
  public static final double LOW = 0.5;
  /**
   * Above this coverage the model carries more than was reported: a sign of a mismatched year basis (a
   * marketing year against a calendar year) or of an input set too high, so findings say so.
   */
  public static final double HIGH = 1.1;

  /**
   * One reported total and its modelled counterpart.
   *
   * @param coverage modelled / reported; null when the reported total is 0
   */
  public record Row(String country, String commodity, int year, String flow, double modelled, double reported,
      String unit, Double coverage, String status, String sources) {
    public boolean low() {
      return coverage != null && coverage < LOW;
    }

    public boolean high() {
      return coverage != null && coverage > HIGH;
    }
  }

  private Coverage() {}

  /** A row for each reported total of the scenario's year, in the order of totals.csv. */
  public static List<Row> of(FlowResult r) {
    Network net = r.snapshot().network();
    int year = r.snapshot().asOf().getYear();
    List<Row> out = new ArrayList<>();
    for (ReportedTotal t : net.totals()) {
      if (t.year() == year) {
        out.add(row(r, t));
      }
    }
    return out;
  }

  /** How many years before the scenario's a reported total may be, when its own year has none. */
  public static final int LATEST_AGE = 2;

  /**
   * The row of a country, commodity and flow: the total of the scenario's year, or else the latest of the
   * {@link #LATEST_AGE} years before it (reported totals come out late; the row's {@code year} says which).
   */
  public static Optional<Row> of(FlowResult r, String country, String commodity, ReportedTotal.Flow flow) {
    int year = r.snapshot().asOf().getYear();
    for (int y = year; y >= year - LATEST_AGE; y--) {
      Optional<ReportedTotal> t = r.snapshot().network().total(country, commodity, y, flow);
      if (t.isPresent()) {
        return Optional.of(row(r, t.get()));
      }
    }
    return Optional.empty();
  }

  private static Row row(FlowResult r, ReportedTotal t) {
    double modelled = modelled(r, t.country(), t.commodity(), t.flow());
    return new Row(t.country(), t.commodity(), t.year(), t.flow().schemaName(), modelled, t.quantity(),
        r.snapshot().network().unitOf(t.commodity()).perYear(), t.quantity() > 0 ? modelled / t.quantity() : null,
        t.status().name().toLowerCase(java.util.Locale.ROOT), t.sources().toString());
  }

  /** The modelled flow of the country and commodity, by the definitions above. */
  public static double modelled(FlowResult r, String country, String commodity, ReportedTotal.Flow flow) {
    return switch (flow) {
      case EXPORTS -> r.deliveries().stream().filter(d -> d.commodity().equals(commodity)
          && d.origin().equals(country) && !d.country().equals(country)).mapToDouble(FlowResult.Delivery::quantity).sum();
      case IMPORTS -> r.deliveries().stream().filter(d -> d.commodity().equals(commodity)
          && d.country().equals(country) && !d.origin().equals(country)).mapToDouble(FlowResult.Delivery::quantity).sum();
      case PRODUCTION -> r.supplies().stream().filter(s -> s.commodity().equals(commodity)
          && s.origin().equals(country)).mapToDouble(FlowResult.SupplyUse::used).sum();
    };
  }
}
