package org.corridor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corridor.analysis.Exceedance;
import org.corridor.analysis.RiskMeasures;
import org.corridor.policy.DataSet;

/** The summary and tables of a risk run. */
public final class RiskReport {
  /**
   * What was sampled and the findings for the focus pairs.
   *
   * @param samples sampled years used in the estimates (solved in every piece)
   * @param failed sampled years with a piece that did not solve: left out of the estimates, and counted here
   * @param solves distinct (sub-period, events in force) snapshots solved
   * @param findings the focus pairs' measures, each ± its standard error
   * @param tail every line with a loss in plain words ({@link RiskFindings})
   */
  public record Summary(String scenario, int year, long seed, long requested, long samples, long failed,
      boolean stoppedEarly, long solves, List<String> findings, List<String> tail) {
    public Summary {
      findings = List.copyOf(findings);
      tail = List.copyOf(tail);
    }

    /** What was sampled, in one sentence. */
    public String headline() {
      return String.format(Locale.ROOT,
          "Scenario %s, %d sampled years of %d (seed %d)%s: %d distinct snapshots solved%s", scenario, samples, year,
          seed, stoppedEarly ? ", stopped at the precision target" : "", solves,
          failed > 0 ? "; " + failed + " years with a piece that did not solve are left out" : "");
    }

    public String text() {
      StringBuilder sb = new StringBuilder(headline());
      findings.forEach(f -> sb.append("\n- ").append(f));
      return sb.toString();
    }
  }

  private RiskReport() {}

  /** Per focus pair: expected exports lost and the 95% and 99% CVaR, each ± its standard error. */
  public static List<String> findings(List<RiskMeasures.Row> rows, List<DataSet.Focus> focus) {
    List<String> out = new ArrayList<>();
    for (DataSet.Focus f : focus) {
      rows.stream().filter(r -> r.measure().equals("exports") && r.country().equals(f.exporter())
          && r.commodity().equals(f.commodity())).findFirst().ifPresentOrElse(r -> out.add(String.format(Locale.ROOT,
              "%s %s exports: expected loss (EENS) %s ± %s %s/yr; CVaR95 %s ± %s, CVaR99 %s ± %s %s; "
                  + "P(loss) %.4f ± %.4f", r.country(), r.commodity(), g(r.expected()), g(r.expectedSe()), r.volumeUnit(),
              g(r.cvar95()), g(r.cvar95Se()), g(r.cvar99()), g(r.cvar99Se()), r.volumeUnit(), r.pLoss(), r.pLossSe())),
          () -> out.add(f.exporter() + " " + f.commodity() + ": no exports in the base year"));
    }
    return out;
  }

  private static String g(double v) {
    return String.format(Locale.ROOT, "%.4g", v);
  }

  public static List<Table> tables(List<RiskMeasures.Row> rows, List<Exceedance.Point> curves, int year) {
    return List.of(Table.of("risk", "Losses per exporter and commodity (exports) and per country (welfare) over "
        + "sampled years of " + year + ", each with its standard error", RiskMeasures.Row.class, rows),
        Table.of("risk-exceedance", "Exceedance curves: the share of sampled years of " + year + " that lost at "
            + "least each level, per line with a loss", Exceedance.Point.class, curves));
  }
}
