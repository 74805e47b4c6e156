package org.corridor.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.corridor.model.Allocation;
import org.corridor.model.Network;
import org.corridor.model.ReportedTotal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** allocations.csv and totals.csv: rows load with their periods, and every bad row is a located problem. */
class AllocationAndTotalsLoaderTest {
  private static final String ALLOCATIONS = "link,shipper,share,valid_from,valid_to,sources\n";
  private static final String TOTALS = "country,commodity,year,flow,quantity,status,sources\n";

  @TempDir
  Path tmp;

  private List<String> errors(ExampleCopy copy) {
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class,
        () -> DataSetLoader.load(copy.dir(), false));
    assertThat(e).as("expected the data set to be invalid").isNotNull();
    return e.problems().stream().filter(Problem::isError).map(Problem::toString).toList();
  }

  private ExampleCopy allocations(String rows) {
    return ExampleCopy.in(tmp).write("allocations.csv", ALLOCATIONS + rows);
  }

  private ExampleCopy totals(String rows) {
    return ExampleCopy.in(tmp).write("totals.csv", TOTALS + rows);
  }

  @Test
  void allocationsLoadWithTheirPeriodsAndApplyOnTheirDays() throws Exception {
    Network net = DataSetLoader.load(allocations("CPC,KZ,0.8,,2024-12-31,estimate: test\n"
        + "CPC,KZ,0.7,2025-01-01,,estimate: test\nCPC,RU_OIL,0.3,2025-01-01,,estimate: test\n").dir(), true)
        .dataSet().network();
    assertThat(net.allocations()).extracting(Allocation::shipper, Allocation::share, Allocation::line)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("KZ", 0.8, 2),
            org.assertj.core.groups.Tuple.tuple("KZ", 0.7, 3), org.assertj.core.groups.Tuple.tuple("RU_OIL", 0.3, 4));
    assertThat(net.allocationsOn(LocalDate.of(2024, 6, 1))).extracting(Allocation::share).containsExactly(0.8);
    assertThat(net.allocationsOn(LocalDate.of(2025, 6, 1))).extracting(Allocation::share).containsExactly(0.7, 0.3);
  }

  @Test
  void allocationLinkAndShipperMustExist() {
    assertThat(errors(allocations("CPCC,KZ,0.5,,,estimate: test\nCPC,KZZ,0.5,,,estimate: test\n"
        + "CPC,ATYRAU,0.5,,,estimate: test\n"))).containsExactly(
        "allocations.csv:2: link: unknown link `CPCC`; did you mean `CPC`?",
        "allocations.csv:3: shipper: shipper `KZZ` is neither the country of a supply row nor a node with a supply "
            + "row; a shipper is a country code such as KZ, RU, or a supply node id; did you mean `KZ`?",
        "allocations.csv:4: shipper: shipper `ATYRAU` is neither the country of a supply row nor a node with a "
            + "supply row; a shipper is a country code such as KZ, RU, or a supply node id");
  }

  @Test
  void shareMustBeAboveZeroAndAtMostOne() {
    assertThat(errors(allocations("CPC,KZ,0,,,estimate: test\nCPC,RU,1.5,,,estimate: test\n"))).containsExactly(
        "allocations.csv:2: share: `0` is outside 0 (excluded) to 1, the range of shares of a capacity; use a value "
            + "from 0 (excluded) to 1",
        "allocations.csv:3: share: `1.5` is outside 0 (excluded) to 1, the range of shares of a capacity; use a "
            + "value from 0 (excluded) to 1");
  }

  @Test
  void sharesOfOneLinkOnOneDayAddUpToAtMostOne() {
    assertThat(errors(allocations("CPC,KZ,0.7,,,estimate: test\nCPC,RU_OIL,0.2,,2024-12-31,estimate: test\n"
        + "CPC,RU_OIL,0.4,2025-01-01,,estimate: test\n"))).containsExactly(
        "allocations.csv:4: share: the shares of link CPC on 2025-01-01 add up to 1.1, more than 1 (lines 2, 4); "
            + "a link cannot allocate more than its capacity; lower the shares or end a period earlier");
  }

  @Test
  void periodsOfOneLinkAndShipperMayNotOverlap() {
    assertThat(errors(allocations("CPC,KZ,0.5,2024-01-01,2025-06-30,estimate: test\n"
        + "CPC,KZ,0.4,2025-01-01,,estimate: test\nCPC,KZ,0.3,2020-01-01,2020-12-31,estimate: test\n")))
        .containsExactly("allocations.csv:3: valid_from: the period 2025-01-01 – … of CPC for KZ overlaps "
            + "the period 2024-01-01 – 2025-06-30 on line 2; periods of one link and shipper may not overlap; end the "
            + "earlier one (valid_to) the day before the later one starts");
  }

  @Test
  void totalsLoadAndAreFoundByCountryCommodityYearAndFlow() throws Exception {
    Network net = DataSetLoader.load(totals("KZ,crude,2024,exports,70,actual,seed-report\n"
        + "KZ,crude,2024,production,88,,estimate: test\n").dir(), true).dataSet().network();
    assertThat(net.total("KZ", "crude", 2024, ReportedTotal.Flow.EXPORTS)).get()
        .extracting(ReportedTotal::quantity).isEqualTo(70.0);
    assertThat(net.total("KZ", "crude", 2023, ReportedTotal.Flow.EXPORTS)).isEmpty();
  }

  @Test
  void badTotalsAreLocated() {
    assertThat(errors(totals("KZZ,crude,2024,exports,70,actual,seed-report\n"
        + "KZ,crude,1850,exports,70,actual,seed-report\n"
        + "KZ,crude,2024.5,exports,70,actual,seed-report\n"
        + "KZ,crude,2024,export,70,actual,seed-report\n"
        + "KZ,crude,2024,exports,2e9,actual,seed-report\n"
        + "KZ,crude,2024,exports,70,actual,seed-report\n"
        + "KZ,crude,2024,exports,71,estimate,estimate: test\n"))).containsExactly(
        "totals.csv:2: country: unknown country `KZZ`; did you mean `KZ`?",
        "totals.csv:3: year: `1850` is outside 1900 to 2200, the range of calendar years; use a value from 1900 to 2200",
        "totals.csv:4: year: year `2024.5` is not a whole number; write the calendar year, e.g. 2024",
        "totals.csv:5: flow: `export` is not one of exports, imports, production; allowed values: exports, imports, "
            + "production; did you mean `exports`?",
        "totals.csv:6: quantity: `2e9` is outside 0 to 1e9, the range of quantities and capacities per year; use a "
            + "value from 0 to 1e9",
        "totals.csv:8: year: second total of exports of crude for KZ in 2024; first on line 7; keep one row "
            + "per country, commodity, year and flow");
  }
}
