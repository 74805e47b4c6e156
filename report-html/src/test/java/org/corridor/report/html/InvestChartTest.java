package org.corridor.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.corridor.analysis.CandidateRanking;
import org.corridor.report.Table;
import org.junit.jupiter.api.Test;

class InvestChartTest {
  private static CandidateRanking.Row row(int rank, String option, double capex, double reduction, double se) {
    return new CandidateRanking.Row(rank, rank, option, 1, capex, LocalDate.of(2027, 1, 1), reduction, se,
        reduction / capex, 2 * reduction, 2 * se, 2 * reduction / capex, null, null, null, null, 0, 400);
  }

  private static Table table() {
    return Table.of("invest", "ranking", CandidateRanking.Row.class, List.of(row(1, "BYPASS", 100, 50, 5),
        row(2, "<b>SEA</b>", 100, 0, 0))).withRun("r", "s");
  }

  @Test
  void drawsOneBarPerOptionInRankOrderWithErrorBarsOfTwoStandardErrors() {
    String page = InvestChart.render(table(), "Resilience per dollar", "a test");
    assertThat(page).startsWith("<!DOCTYPE html>").doesNotContain("<script").doesNotContain("<b>SEA");
    assertThat(page.indexOf(">BYPASS<")).isLessThan(page.indexOf(">&lt;b&gt;SEA&lt;/b&gt;<"));
    // Expected: 0.5 per USD ± 2 · 5 / 100; CVaR: 1 per USD ± 2 · 10 / 100.
    assertThat(page).contains("<title>BYPASS: 0.500 ± 0.100</title>").contains("<title>BYPASS: 1.00 ± 0.200</title>");
    assertThat(page.split("class=\"err\"", -1)).hasSize(3);
    assertThat(InvestChart.render(table(), "Resilience per dollar", "a test")).isEqualTo(page);
  }

  @Test
  void ticksAreRoundAndCoverTheRange() {
    assertThat(InvestChart.ticks(0, 0.77)).containsExactly(0, 0.2, 0.4, 0.6000000000000001, 0.8);
    assertThat(InvestChart.ticks(-1, 9)).containsExactly(-5, 0, 5, 10);
  }
}
