package org.corridor.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.corridor.solve.FlowResult;
import org.junit.jupiter.api.Test;

class DependencySharesTest {
  private static DependencyShares.Row row(List<DependencyShares.Row> rows, String country) {
    return rows.stream().filter(r -> r.country().equals(country)).findFirst().orElseThrow();
  }

  /**
   * <pre>
   *   F(KZ) ──a 60──▶ H(RU) ──b 60──▶ M1(XW)
   *     │ └──c 15──▶ B(CN) ──d 15──▶ M2(CN)
   *     └────e 5 (via GE)──▶ P(TR) ──f 5──▶ M1(XW)
   * </pre>
   * Exports 80. Russia: 60/80 transit. China: 15/80 destination, no transit. Georgia (via) and Türkiye: 5/80.
   */
  @Test
  void transitAndDestinationSharesOnSeparateRoutes() {
    FlowResult r = new Tiny().node("F", "KZ").node("H", "RU").node("M1", "XW").node("B", "CN").node("M2", "CN")
        .node("P", "TR").country("GE")
        .flow("a", "F", "H", "KZ", 60, 0, "CPC").flow("b", "H", "M1", "KZ", 60, 0, "CPC")
        .flow("c", "F", "B", "KZ", 15, 0, "KCP").flow("d", "B", "M2", "KZ", 15, 0, "KCP")
        .flow("e", "F", "P", "KZ", 5, 0, null, "GE").flow("f", "P", "M1", "KZ", 5, 0, null)
        .supply("F", "KZ", 80).deliver("M1", "XW", "KZ", 65).deliver("M2", "CN", "KZ", 15).result();
    List<DependencyShares.Row> rows = DependencyShares.of(r, "KZ", "crude");
    assertThat(row(rows, "RU").exports()).isEqualTo(80);
    assertThat(row(rows, "RU").transitShare()).isCloseTo(0.75, within(1e-12));
    assertThat(row(rows, "CN").transitShare()).isZero();
    assertThat(row(rows, "CN").destinationShare()).isCloseTo(15.0 / 80, within(1e-12));
    assertThat(row(rows, "GE").transitShare()).isCloseTo(5.0 / 80, within(1e-12));
    assertThat(row(rows, "TR").transitShare()).isCloseTo(5.0 / 80, within(1e-12));

    List<RouteShares.Row> routes = RouteShares.of(r, "KZ", "crude");
    assertThat(routes).extracting(RouteShares.Row::route, RouteShares.Row::volume).containsExactly(
        org.assertj.core.groups.Tuple.tuple("CPC", 60.0), org.assertj.core.groups.Tuple.tuple("KCP", 15.0),
        org.assertj.core.groups.Tuple.tuple(RouteShares.NONE, 5.0));
  }

  /**
   * Two supplies merge at J and split: proportional sharing gives J's outflow half Russian history.
   * <pre>
   *   S1(KZ) ──10──▶ H(RU) ──10──▶ J(KZ) ──12──▶ M(XW)
   *   S2(KZ) ──────────10────────▶ J     ──8───▶ U(UZ)
   * </pre>
   * Half of everything leaving J crossed Russia: 12 × ½ to the world market and 8 × ½ to Uzbekistan, so
   * transit via RU = 10 of 20 exports. The 8 to Uzbekistan end there: destination share 8/20.
   */
  @Test
  void proportionalSharingWhereFlowsMergeAndSplit() {
    FlowResult r = new Tiny().node("S1", "KZ").node("S2", "KZ").node("H", "RU").node("J", "KZ").node("M", "XW")
        .node("U", "UZ")
        .flow("a", "S1", "H", "KZ", 10, 0, null).flow("b", "H", "J", "KZ", 10, 0, null)
        .flow("c", "S2", "J", "KZ", 10, 0, null).flow("d", "J", "M", "KZ", 12, 0, null).flow("e", "J", "U", "KZ", 8, 0, null)
        .supply("S1", "KZ", 10).supply("S2", "KZ", 10).deliver("M", "XW", "KZ", 12).deliver("U", "UZ", "KZ", 8).result();
    List<DependencyShares.Row> rows = DependencyShares.of(r, "KZ", "crude");
    assertThat(row(rows, "RU").transit()).isCloseTo(10, within(1e-12));
    assertThat(row(rows, "RU").transitShare()).isCloseTo(0.5, within(1e-12));
    assertThat(row(rows, "UZ").transit()).isZero();
    assertThat(row(rows, "UZ").destinationShare()).isCloseTo(0.4, within(1e-12));
  }

  /** A zero-cost loop J→K→J carries 3 units that reach no market: it must not count as a second crossing. */
  @Test
  void cyclesAreCancelledBeforeTracing() {
    FlowResult r = new Tiny().node("S", "KZ").node("J", "KZ").node("K", "RU").node("M", "XW")
        .flow("a", "S", "J", "KZ", 10, 0, null).flow("loop1", "J", "K", "KZ", 3, 0, null)
        .flow("loop2", "K", "J", "KZ", 3, 0, null).flow("b", "J", "M", "KZ", 10, 0, null)
        .supply("S", "KZ", 10).deliver("M", "XW", "KZ", 10).result();
    assertThat(row(DependencyShares.of(r, "KZ", "crude"), "RU").transit()).isZero();
  }

  @Test
  void welfareSplitsNetbackAndTariffIncome() {
    // 10 units from F(KZ) through H(RU) to M(XW): cost 1 per link, tariff 4 on the Russian link b.
    FlowResult r = new Tiny().node("F", "KZ").node("H", "RU").node("M", "XW")
        .flow("a", "F", "H", "KZ", 10, 0, null).flow("b", "H", "M", "KZ", 10, 4, null)
        .supply("F", "KZ", 10).deliver("M", "XW", "KZ", 10).result();
    var rows = Welfare.of(r);
    var kz = rows.stream().filter(x -> x.country().equals("KZ")).findFirst().orElseThrow();
    var ru = rows.stream().filter(x -> x.country().equals("RU")).findFirst().orElseThrow();
    // sales 10 × 500, supply 10 × 100, transport 2 × 10 × 1, tariff 10 × 4 (b's tariff country is H's, RU)
    assertThat(kz.netback()).isCloseTo(5000 - 1000 - 20 - 40, within(1e-9));
    assertThat(ru.tariffIncome()).isCloseTo(40, within(1e-9));
    assertThat(StrandedSupply.of(r)).singleElement().satisfies(s -> assertThat(s.stranded()).isZero());
  }
}
