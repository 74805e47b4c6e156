package org.corridor.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.model.Commodity;
import org.corridor.model.Network;
import org.corridor.solve.LpStatus;

/**
 * What differs between two scenarios over one period, in volumes and in mean rates: link flows, stranded
 * supply and welfare of each, integrated over the same sub-periods ({@link PeriodVolumes}), then compared.
 * Volumes are valued at the commodity's default value, so changes of different commodities rank together.
 * When either side has a sub-period that did not solve, every change carries that status and no number.
 */
public final class PeriodDiff {
  /**
   * One changed result: {@code before}, {@code after} and {@code delta} over the period in {@code volumeUnit}
   * (Mt, USD m); {@code deltaRate} the change of the mean rate in {@code unit} (Mt/yr, USD m/yr);
   * {@code deltaValue} the change valued in USD m.
   */
  public record Change(String kind, String key, String status, double before, double after, double delta,
      String volumeUnit, double deltaRate, String unit, double deltaValue) {}

  private PeriodDiff() {}

  /** Both results must cover the same period; the changes come largest value first. */
  public static List<Change> of(PeriodVolumes.Result a, PeriodVolumes.Result b, Network net) {
    String status = !a.isOptimal() ? a.status() : b.status();
    boolean ok = status.equals(LpStatus.OPTIMAL.label());
    List<Change> out = new ArrayList<>();
    Map<String, double[]> flows = new LinkedHashMap<>();
    Map<String, String> commodityOf = new LinkedHashMap<>();
    for (int side = 0; side < 2; side++) {
      for (PeriodVolumes.Flow f : (side == 0 ? a : b).flows()) {
        String key = f.link() + " " + f.from() + "→" + f.to() + " " + f.commodity() + " from " + f.origin();
        flows.computeIfAbsent(key, k -> new double[2])[side] += f.volume();
        commodityOf.put(key, f.commodity());
      }
    }
    flows.forEach((k, v) -> change(out, "flow", k, status, v, net.commodities().get(commodityOf.get(k)), a.years()));
    Map<String, double[]> stranded = new LinkedHashMap<>();
    for (int side = 0; side < 2; side++) {
      for (PeriodVolumes.Stranded s : (side == 0 ? a : b).stranded()) {
        stranded.computeIfAbsent(s.origin() + " " + s.commodity(), k -> new double[2])[side] += s.stranded();
      }
    }
    stranded.forEach((k, v) -> change(out, "stranded", k, status, v,
        net.commodities().get(k.substring(k.indexOf(' ') + 1)), a.years()));
    Map<String, double[]> welfare = new LinkedHashMap<>();
    for (int side = 0; side < 2; side++) {
      for (PeriodVolumes.CountryWelfare w : (side == 0 ? a : b).welfare()) {
        welfare.computeIfAbsent(w.country(), k -> new double[2])[side] += w.welfare();
      }
    }
    welfare.forEach((k, v) -> {
      if (!ok || Math.abs(v[1] - v[0]) > 1e-6 * Math.max(1, Math.abs(v[0]))) {
        double d = ok ? v[1] - v[0] : Double.NaN;
        out.add(new Change("welfare", k, status, nan(v[0], ok), nan(v[1], ok), d, "USD m", d / a.years(), "USD m/yr", d));
      }
    });
    out.sort(Comparator.comparingDouble((Change c) -> Double.isNaN(c.deltaValue()) ? 0 : -Math.abs(c.deltaValue()))
        .thenComparing(Change::kind).thenComparing(Change::key));
    return out;
  }

  private static void change(List<Change> out, String kind, String key, String status, double[] v, Commodity c,
      double years) {
    boolean ok = status.equals(LpStatus.OPTIMAL.label());
    if (ok && Math.abs(v[1] - v[0]) <= 1e-6 * Math.max(1, Math.abs(v[0]))) {
      return;
    }
    double d = ok ? v[1] - v[0] : Double.NaN;
    out.add(new Change(kind, key, status, nan(v[0], ok), nan(v[1], ok), d, c.unit().symbol(), d / years,
        c.unit().perYear(), d * c.value()));
  }

  private static double nan(double v, boolean ok) {
    return ok ? v : Double.NaN;
  }
}
