package org.corridor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.corridor.io.ExampleCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code corridor invest} end to end on the example with its two CPC risk events and three projects: more Caspian
 * tankers and the Atyrau–Aktau line (a way round CPC), the proposed second line to China (another way round), and
 * more Black Sea shipping (uncongested: it avoids nothing).
 */
class InvestCommandTest {
  private static final String CANDIDATES = """
      id,name,expands,capacity_added,capex,online,status,sources
      CASPIAN_MORE,More Caspian tankers,CASPIAN;ATYRAU_AKTAU,5,120,2027-01-01,announced,estimate: illustrative
      SECOND_KCP,Second line to China,PROPOSED_LINK,,900,2026-06-01,plan,estimate: illustrative
      MORE_BLACK_SEA,More Black Sea shipping,BLACK_SEA,50,50,2026-01-01,estimate,estimate: illustrative
      """;

  @TempDir
  Path tmp;

  private String dataSet(String name) {
    return ExampleCopy.in(tmp.resolve(name)).write("risks.yaml", ExampleCopy.CPC_RISKS)
        .write("candidates.csv", CANDIDATES).dir().toString();
  }

  @Test
  void ranksTheProjectsAndWritesTheDuckDbFileAndTheChart() throws Exception {
    String dir = dataSet("invest");
    Path db = tmp.resolve("invest.duckdb");
    Path chart = tmp.resolve("invest.html");
    Run text = Run.of("invest", dir, "--samples", "200", "--seed", "5", "--threads", "1", "--db", db.toString(),
        "--chart", chart.toString());
    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).contains("3 projects in 6 options, the same 200 sampled years of 2024 in each (seed 5)")
        .contains("Most expected loss avoided per USD: ");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + db);
        Statement s = c.createStatement()) {
      try (ResultSet r = s.executeQuery("SELECT count(*), count(DISTINCT option) FROM option_losses")) {
        r.next();
        assertThat(r.getLong(1)).isEqualTo(7 * 200);
        assertThat(r.getLong(2)).isEqualTo(7);
      }
      try (ResultSet r = s.executeQuery("SELECT option FROM invest WHERE rank = 1")) {
        assertThat(r.next()).isTrue();
        assertThat(text.out()).contains("Most expected loss avoided per USD: " + r.getString(1));
      }
      try (ResultSet r = s.executeQuery("SELECT unit FROM columns WHERE table_name = 'invest' "
          + "AND column_name = 'expected_per_usd'")) {
        r.next();
        assertThat(r.getString(1)).isEqualTo("USD/yr per USD");
      }
    }
    String page = Files.readString(chart);
    assertThat(page).contains("<svg").contains("CASPIAN_MORE+SECOND_KCP").contains("class=\"err\"")
        .doesNotContain("<script");
    Run csv = Run.of("invest", dir, "--samples", "200", "--seed", "5", "--threads", "2", "--format", "csv", "--no-db",
        "--no-chart");
    assertThat(csv.exitCode()).as(csv.err()).isZero();
    Golden.assertMatches("invest-steppe.csv", csv.out());
  }

  @Test
  void badRequestsAndDataSetsWithoutCandidatesAreOneLineErrors() {
    Run few = Run.of("invest", dataSet("few"), "--samples", "1", "--no-db", "--no-chart");
    assertThat(few.exitCode()).isEqualTo(2);
    assertThat(few.err()).contains("--samples must be from 2 to").doesNotContain("Exception");
    String noCandidates = ExampleCopy.in(tmp.resolve("none")).write("risks.yaml", ExampleCopy.CPC_RISKS).dir()
        .toString();
    Run none = Run.of("invest", noCandidates, "--samples", "10", "--no-db", "--no-chart");
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("the data set has no candidate projects").doesNotContain("Exception");
    Run both = Run.of("invest", dataSet("both"), "--no-db", "--db", "x.duckdb");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("contradict").doesNotContain("Exception");
  }

  @Test
  void aChartThatCannotBeWrittenIsAUsageErrorNamingTheFile() throws Exception {
    Path file = Files.writeString(tmp.resolve("a-file"), "x");
    Run r = Run.of("invest", dataSet("chart"), "--samples", "20", "--no-pairs", "--no-db", "--chart",
        file.resolve("invest.html").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("cannot write the chart to " + file.resolve("invest.html"))
        .contains("Maybe give --chart a writable file").doesNotContain("\tat ");
  }
}
