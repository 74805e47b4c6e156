package org.corridor.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.corridor.policy.DataSet;
import org.corridor.policy.ScenarioResolver;
import org.corridor.solve.TransitFormulation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defects a fuzz campaign found in validation, one test each with its minimal reproducer: the goal is
 * that a data set `validate` passes is one `solve` can solve, and that every problem is located.
 */
class FuzzRegressionTest {
  @TempDir
  Path tmp;

  private static List<Problem> errors(ExampleCopy copy) {
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class,
        () -> DataSetLoader.load(copy.dir(), false));
    assertThat(e).as("expected the data set to be invalid").isNotNull();
    return e.problems().stream().filter(Problem::isError).toList();
  }

  private static List<String> messages(ExampleCopy copy) {
    return errors(copy).stream().map(Problem::toString).toList();
  }

  private ExampleCopy copy() {
    return ExampleCopy.in(tmp);
  }

  // 1. Finite but huge numbers, and numbers Double.parseDouble accepts but are not plain decimals.

  @Test
  void hugeQuantityIsOutsideItsUnitsRange() {
    assertThat(messages(copy().replace("supply.csv", "OILFIELD,crude,60,", "OILFIELD,crude,1e18,")))
        .containsExactly("supply.csv:2: quantity: `1e18` is outside 0 to 1e9, the range of quantities and capacities "
            + "per year; use a value from 0 to 1e9");
  }

  @Test
  void hugeCapacityAndCostAreOutsideTheirRanges() {
    assertThat(messages(copy().replace("links.csv", "ATYRAU,NOVO,pipeline,crude,60,Mt,,forward,10,30,",
        "ATYRAU,NOVO,pipeline,crude,1e16,Mt,,forward,1e7,30,"))).containsExactly(
        "links.csv:2: capacity: `1e16` is outside 0 to 1e9, the range of quantities and capacities per year; "
            + "use a value from 0 to 1e9",
        "links.csv:2: cost: `1e7` is outside 0 to 1e6, the range of money per unit (MUSD/unit); "
            + "use a value from 0 to 1e6");
  }

  @Test
  void latitudeAndLongitudeKeepTheirDegrees() {
    assertThat(messages(copy().replace("nodes.csv", "OILFIELD,West Kazakh oil field,KZ,field,46.2,53.4,",
        "OILFIELD,West Kazakh oil field,KZ,field,95,-181,"))).containsExactly(
        "nodes.csv:2: lat: `95` is outside -90 to 90, the range of latitudes; use a value from -90 to 90",
        "nodes.csv:2: lon: `-181` is outside -180 to 180, the range of longitudes; use a value from -180 to 180");
  }

  @Test
  void onlyPlainDecimalNotationIsANumber() {
    List<Problem> ps = errors(copy().replace("supply.csv", "OILFIELD,crude,60,150,", "OILFIELD,crude,0x1p3,5d,")
        .replace("supply.csv", "RU_OIL,crude,30,", "RU_OIL,crude,5f,"));
    assertThat(ps).extracting(Problem::toString).containsExactly(
        "supply.csv:2: quantity: `0x1p3` is not a number; " + Schema.NUMBER_HINT,
        "supply.csv:2: cost: `5d` is not a number; " + Schema.NUMBER_HINT,
        "supply.csv:3: quantity: `5f` is not a number; " + Schema.NUMBER_HINT);
    assertThat(Schema.NUMBER_HINT).contains("plain decimal", "no units, commas, hex or type suffixes");
  }

  @Test
  void plainDecimalsInEveryFormAreNumbers() {
    for (String ok : List.of("12", "+12", "-0", "12.", ".5", "12.5", "1.2e6", "1E+3", "5e-2")) {
      assertThat(Schema.number(ok, null).value()).as(ok).isNotNull();
    }
    for (String bad : List.of("0x1p3", "5d", "5f", "1_000", "1,5", "NaN", "Infinity", "e5", ".", "1e", "--1")) {
      assertThat(Schema.number(bad, null).value()).as(bad).isNull();
    }
  }

  @Test
  void yamlNumbersAreReadAndBoundedLikeCsvCells() {
    ExampleCopy c = copy().replace("policies.yaml", "factor: 0.65", "factor: 0x1p3")
        .append("policies.yaml", "- id: cheap\n  kind: cost_change\n  link: CPC\n  cost_delta: 1e20\n"
            + "  sources: \"estimate: test\"\n")
        .append("scenarios/cpc-outage.yaml", "overrides:\n  links:\n    KCP: {capacity: 1e20}\n"
            + "  supply:\n    OILFIELD/crude: {quantity: 5d}\n");
    assertThat(messages(c)).containsExactlyInAnyOrder(
        "policies.yaml:5: factor: `0x1p3` is not a number; " + Schema.NUMBER_HINT,
        "policies.yaml:22: cost_delta: `1e20` is outside -1e6 to 1e6, the range of changes of money per unit "
            + "(MUSD/unit, a policy's cost_delta); use a value from -1e6 to 1e6",
        "scenarios/cpc-outage.yaml:7: capacity: `1e20` is outside 0 to 1e9, the range of quantities and capacities "
            + "per year; use a value from 0 to 1e9",
        "scenarios/cpc-outage.yaml:9: quantity: `5d` is not a number; " + Schema.NUMBER_HINT);
  }

  @Test
  void capacityFactorOfAPolicyIsBounded() {
    assertThat(messages(copy().replace("policies.yaml", "factor: 0.65", "factor: 1e9"))).containsExactly(
        "policies.yaml:5: factor: `1e9` is outside 0 to 1000, the range of capacity and tariff factors of policies; "
            + "use a value from 0 to 1000");
  }

  // 2. Dates outside a sane window.

  @Test
  void policyDatesOutsideTheWindowAreRefused() {
    assertThat(messages(copy().replace("policies.yaml", "from: 2025-02-17", "from: 0001-01-01")
        .replace("policies.yaml", "from: 2024-09-01", "from: -999999999-01-01"))).containsExactly(
        "policies.yaml:6: from: `0001-01-01` is outside 1900-01-01 to 2200-12-31; write a date from 1900-01-01 "
            + "to 2200-12-31",
        "policies.yaml:16: from: `-999999999-01-01` is not a valid date; write an existing day as YYYY-MM-DD");
  }

  @Test
  void csvDatesOutsideTheWindowAreRefused() {
    assertThat(messages(copy().replace("links.csv", "proposed,,2026-01-01,", "proposed,,2201-01-01,")
        .replace("memberships.csv", "EAEU,RU,member,2015-01-01", "EAEU,RU,member,+10000-01-01"))).containsExactly(
        "links.csv:16: valid_from: `2201-01-01` is outside 1900-01-01 to 2200-12-31; write a date from 1900-01-01 "
            + "to 2200-12-31",
        "memberships.csv:2: valid_from: `+10000-01-01` is not a valid date; write an existing day as YYYY-MM-DD");
  }

  @Test
  void scenarioDateOutsideTheWindowIsRefused() {
    assertThat(messages(copy().replace("scenarios/cpc-outage.yaml", "as_of: 2025-03-01", "as_of: 1899-12-31")))
        .containsExactly("scenarios/cpc-outage.yaml:4: as_of: `1899-12-31` is outside 1900-01-01 to 2200-12-31; "
            + "write a date from 1900-01-01 to 2200-12-31");
  }

  // 3. A conversion factor of 0.

  @Test
  void conversionFactorMustBePositive() {
    assertThat(messages(copy().write("conversions.csv", "commodity,unit,factor,sources\ncrude,TEU,0,estimate: t\n")))
        .containsExactly("conversions.csv:2: factor: `0` is outside 0 (excluded) to 1e6, the range of conversion "
            + "factors; use a value from 0 (excluded) to 1e6");
  }

  // 4. A conversion row with a bad commodity id, and a link that needs a conversion: NPE before.

  @Test
  void badConversionRowIsNeverUsedForALookup() {
    assertThat(messages(copy().write("conversions.csv", "commodity,unit,factor,sources\ncrude oil,TEU,2,estimate: t\n")
        .replace("links.csv", "ATYRAU,NOVO,pipeline,crude,60,Mt,", "ATYRAU,NOVO,pipeline,crude,60,TEU,")))
        .containsExactly(
            "conversions.csv:2: commodity: `crude oil` is not a valid id; an id starts with an ASCII letter or digit "
                + "and holds only ASCII letters, digits, `_`, `-` and `.` (no spaces, no `;`, no accents)",
            "links.csv:2: capacity_unit: no conversion from `crude` (Mt) to TEU; add a row `crude,TEU,FACTOR,SOURCES` "
                + "to conversions.csv (FACTOR: TEU per unit of crude)");
  }

  @Test
  void rowWithABadIdIsNeverAKnownId() {
    // The bad id left a null key among the known nodes, and "did you mean" on a link's reference threw.
    List<String> ps = messages(copy().replace("nodes.csv", "AKTAU,Aktau port", "AK TAU,Aktau port"));
    assertThat(ps).anyMatch(p -> p.startsWith("nodes.csv:4: id: `AK TAU` is not a valid id; "));
    assertThat(ps).anyMatch(p -> p.startsWith("links.csv:5: to: unknown node `AKTAU`"));
  }

  // 5. Supply at a node whose capacity is in another unit: validate passed, solve threw.

  @Test
  void supplyAtANodeWithCapacityInAnotherUnitNeedsAConversion() throws Exception {
    ExampleCopy c = copy().append("commodities.csv", "gas,Natural gas,bcm,300,estimate: test\n")
        .append("supply.csv", "NOVO,gas,10,0,estimate: test\n")
        .replace("nodes.csv", "NOVO,Novorossiysk,RU,port,44.7,37.8,,,", "NOVO,Novorossiysk,RU,port,44.7,37.8,300,Mt,");
    assertThat(messages(c)).containsExactly("supply.csv:6: commodity: supply of `gas` (bcm) at node NOVO, whose "
        + "capacity is in Mt, and there is no conversion; add a row `gas,Mt,FACTOR,SOURCES` to conversions.csv "
        + "(FACTOR: Mt per unit of gas)");
    // With the conversion the data set is valid, and the LP builds.
    c.write("conversions.csv", "commodity,unit,factor,sources\ngas,Mt,0.7,estimate: test\n");
    DataSet d = DataSetLoader.load(c.dir(), false).dataSet();
    TransitFormulation.build(new ScenarioResolver(d).resolve(null, null));
  }

  @Test
  void everyLinkEndWithCapacityNeedsAConversionForWhatTheLinkCarries() throws Exception {
    // A both-ways link carries crude out of and into AKTAU, whose capacity is in TEU.
    ExampleCopy c = copy().replace("nodes.csv", "AKTAU,Aktau port,KZ,port,43.6,51.2,,", "AKTAU,Aktau port,KZ,port,43.6,51.2,1000,TEU");
    assertThat(errors(c)).isNotEmpty().allMatch(p -> p.toString().startsWith("nodes.csv:4: capacity_unit: link ")
        && p.message().contains("to node AKTAU, whose capacity is in TEU"));
    c.write("conversions.csv", "commodity,unit,factor,sources\ncrude,TEU,50,estimate: test\n");
    DataSet d = DataSetLoader.load(c.dir(), false).dataSet();
    for (String s : d.scenarios().keySet()) {
      TransitFormulation.build(new ScenarioResolver(d).resolve(s, null));
    }
  }

  // 6. A negative cost_delta that makes a link's cost negative.

  private static final String CHEAP = "- id: cheap\n  kind: cost_change\n  link: KCP\n  cost_delta: %s\n%s"
      + "  sources: \"estimate: test\"\n";

  @Test
  void costDeltaMayNotMakeALinksCostNegative() {
    assertThat(messages(copy().append("policies.yaml", String.format(CHEAP, "-40", "")))).containsExactly(
        "policies.yaml:22: cost_delta: cost_delta -40 makes the cost of link KCP (operating cost + tariff) -15 "
            + "MUSD/unit on 1900-01-01; a negative cost would let the solution earn money by shipping in circles; "
            + "use a cost_delta of at least -25, so the link's cost stays ≥ 0");
  }

  @Test
  void costDeltaDownToZeroCostIsAllowed() throws Exception {
    DataSetLoader.load(copy().append("policies.yaml", String.format(CHEAP, "-25", "")).dir(), true);
  }

  @Test
  void overlappingCostDeltasAreCheckedOnTheDatesTheyMeet() {
    String second = "- id: cheaper\n  kind: cost_change\n  link: KCP\n  cost_delta: -15\n  from: 2030-01-01\n"
        + "  sources: \"estimate: test\"\n";
    List<String> ps = messages(copy().append("policies.yaml", String.format(CHEAP, "-15", "  to: 2030-06-30\n")
        + second));
    assertThat(ps).hasSize(2).allMatch(p -> p.contains("makes the cost of link KCP (operating cost + tariff) -5 "
        + "MUSD/unit on 2030-01-01"));
  }

  @Test
  void costDeltaInAScenarioIsCheckedWithTheScenariosOverrides() {
    List<String> ps = messages(copy().append("scenarios/cpc-outage.yaml", "policies:\n  - id: cheap\n"
        + "    kind: cost_change\n    link: KCP\n    cost_delta: -5\n    sources: \"estimate: test\"\n"
        + "overrides:\n  links:\n    KCP: {cost: 2}\n"));
    assertThat(ps).containsExactly("scenarios/cpc-outage.yaml:9: cost_delta: cost_delta -5 makes the cost of link "
        + "KCP (operating cost + tariff) -3 MUSD/unit on 1900-01-01 in scenario cpc-outage; a negative cost would let "
        + "the solution earn money by shipping in circles; use a cost_delta of at least -2, so the link's cost "
        + "stays ≥ 0");
  }
}
