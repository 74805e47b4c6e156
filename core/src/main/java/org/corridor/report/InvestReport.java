package org.corridor.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.corridor.analysis.CandidateRanking;

/** The summary and tables of a ranking of candidate projects. */
public final class InvestReport {
  /**
   * What was sampled and what ranks first.
   *
   * @param samples sampled years used (solved in every option)
   * @param leftOut sampled years with a piece that did not solve in some option: left out of every option alike
   * @param solves distinct (sub-period, events in force) snapshots solved, over all options
   */
  public record Summary(String scenario, int year, long seed, int projects, int options, long samples, long leftOut,
      long solves, List<String> findings) {
    public String text() {
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
          "Scenario %s, %d projects in %d options, the same %d sampled years of %d in each (seed %d): %d distinct "
              + "snapshots solved%s", scenario, projects, options, samples, year, seed, solves,
          leftOut > 0 ? "; " + leftOut + " years with a piece that did not solve in some option are left out" : ""));
      findings.forEach(f -> sb.append("\n- ").append(f));
      return sb.toString();
    }
  }

  private InvestReport() {}

  /** The first option on each measure, and the strongest complement and substitute among the pairs. */
  public static List<String> findings(List<CandidateRanking.Row> rows) {
    List<String> out = new ArrayList<>();
    if (rows.isEmpty()) {
      return out;
    }
    CandidateRanking.Row first = rows.get(0);
    out.add(String.format(Locale.ROOT, "Most expected loss avoided per USD: %s, %s ± %s USD m/yr for %s USD m of capex "
        + "(%s USD/yr per USD)", first.option(), g(first.expectedReduction()), g(first.expectedReductionSe()),
        g(first.capex()), g(first.expectedPerUsd())));
    rows.stream().filter(r -> r.cvarRank() == 1).findFirst().ifPresent(r -> out.add(String.format(Locale.ROOT,
        "Most 95%% CVaR avoided per USD: %s, %s ± %s USD m for %s USD m of capex", r.option(), g(r.cvar95Reduction()),
        g(r.cvar95ReductionSe()), g(r.capex()))));
    List<CandidateRanking.Row> pairs = rows.stream().filter(r -> r.interaction() != null).toList();
    pairs.stream().max(Comparator.comparingDouble(CandidateRanking.Row::interaction)
        .thenComparing(CandidateRanking.Row::option, Comparator.reverseOrder()))
        .filter(r -> r.interaction() > 2 * r.interactionSe())
        .ifPresent(r -> out.add(String.format(Locale.ROOT, "Strongest complements: %s, together %s ± %s USD m/yr more "
            + "than apart", r.option(), g(r.interaction()), g(r.interactionSe()))));
    pairs.stream().min(Comparator.comparingDouble(CandidateRanking.Row::interaction)
        .thenComparing(CandidateRanking.Row::option))
        .filter(r -> -r.interaction() > 2 * r.interactionSe())
        .ifPresent(r -> out.add(String.format(Locale.ROOT, "Strongest substitutes: %s, together %s ± %s USD m/yr less "
            + "than apart", r.option(), g(-r.interaction()), g(r.interactionSe()))));
    return out;
  }

  private static String g(double v) {
    return String.format(Locale.ROOT, "%.4g", v);
  }

  public static List<Table> tables(CandidateRanking.Result r, int year) {
    return List.of(
        Table.of("invest", "Candidate projects and pairs ranked by the expected welfare loss they avoid per USD of "
            + "capex over the same sampled years of " + year + ", each with its standard error",
            CandidateRanking.Row.class, r.ranking()),
        Table.of("invest-focus", "What each option does to the expected exports lost (EENS) of the focus pairs",
            CandidateRanking.FocusRow.class, r.focus()));
  }
}
