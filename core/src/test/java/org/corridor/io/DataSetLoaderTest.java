package org.corridor.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.util.List;
import org.corridor.policy.DataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test per kind of bad input: each names the file, the line, the field and, where it can, a fix. */
class DataSetLoaderTest {
  @TempDir
  Path tmp;

  private List<Problem> errors(ExampleCopy copy) {
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class,
        () -> DataSetLoader.load(copy.dir(), false));
    assertThat(e).as("expected the data set to be invalid").isNotNull();
    return e.problems().stream().filter(Problem::isError).toList();
  }

  private static Problem only(List<Problem> problems) {
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  @Test
  void theExampleIsValidEvenStrictly() throws Exception {
    DataSet d = DataSetLoader.load(ExampleCopy.EXAMPLE, true).dataSet();
    assertThat(d.network().links()).hasSize(15);
    assertThat(d.scenarios()).containsKeys("base-2024", "cpc-outage", "grain-war", "russia-denies-kz-crude");
    assertThat(d.defaultScenario()).isEqualTo("base-2024");
  }

  @Test
  void unknownReferenceNamesLineFieldAndClosestId() {
    Problem p = only(errors(ExampleCopy.in(tmp).replace("links.csv", "CPC,Export pipeline to the Black Sea,ATYRAU",
        "CPC,Export pipeline to the Black Sea,atyrau")));
    assertThat(p.toString()).isEqualTo("links.csv:2: from: unknown node `atyrau`; did you mean `ATYRAU`?");
  }

  @Test
  void duplicateIdPointsToTheFirstDefinition() {
    Problem p = only(errors(ExampleCopy.in(tmp).append("nodes.csv",
        "NOVO,Second Novorossiysk,RU,port,44.7,37.8,,,,estimate: test\n")));
    assertThat(p.file()).isEqualTo("nodes.csv");
    assertThat(p.line()).isEqualTo(15);
    assertThat(p.message()).contains("duplicate id `NOVO`");
    assertThat(p.hint()).isEqualTo("first defined on line 6");
  }

  @Test
  void problemsAfterADuplicateIdNameTheirOwnLine() {
    List<Problem> ps = errors(ExampleCopy.in(tmp).append("nodes.csv",
        "NOVO,Second Novorossiysk,RU,port,44.7,37.8,,,,estimate: test\n"
            + "ODESSA,Odessa,UAA,port,46.5,30.7,,,,estimate: test\n"));
    assertThat(ps).extracting(Problem::toString).containsExactly(
        "nodes.csv:15: id: duplicate id `NOVO`; first defined on line 6",
        "nodes.csv:16: country: unknown country `UAA`; did you mean `UZ`?");
  }

  @Test
  void badCountryKindNamesTheAllowedValues() {
    Problem p = only(errors(ExampleCopy.in(tmp).replace("countries.csv", "KZ,Kazakhstan,state,", "KZ,Kazakhstan,nation,")));
    assertThat(p.toString()).isEqualTo("countries.csv:2: kind: `nation` is not one of state, region; "
        + "allowed values: state, region");
    assertThat(p.value()).isEqualTo("nation");
  }

  @Test
  void badValueInAnyEnumColumnComesFromTheSchema() {
    Problem p = only(errors(ExampleCopy.in(tmp).replace("links.csv", "ALASHANKOU,pipeline,crude,20",
        "ALASHANKOU,pipelin,crude,20")));
    assertThat(p.toString()).isEqualTo("links.csv:3: mode: `pipelin` is not one of pipeline, rail, road, sea, "
        + "river, ferry; allowed values: pipeline, rail, road, sea, river, ferry; did you mean `pipeline`?");
    assertThat(p.value()).isEqualTo("pipelin");
  }

  @Test
  void enumValuesAreCaseInsensitiveAndSpelledAsTheSchema() throws Exception {
    var d = DataSetLoader.load(ExampleCopy.in(tmp).replace("links.csv", "ALASHANKOU,pipeline,crude,20",
        "ALASHANKOU,Pipeline,crude,20").dir(), true).dataSet();
    assertThat(d.network().links().values()).allMatch(l -> l.mode() != null);
  }

  @Test
  void ownScenarioNamedBaseClashesWithTheImplicitOne() {
    Problem p = only(errors(ExampleCopy.in(tmp).delete("dataset.yaml")
        .write("scenarios/base.yaml", "description: mine\nname: base\nas_of: 2024-01-01\n")));
    assertThat(p.file()).isEqualTo("scenarios/base.yaml");
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.field()).isEqualTo("name");
    assertThat(p.message()).contains("clashes with the implicit scenario `base`");
    assertThat(p.hint()).isEqualTo("rename the scenario, or set `default_scenario: base` in dataset.yaml");
  }

  @Test
  void ownScenarioNamedBaseIsFineWhenADefaultIsNamed() throws Exception {
    var d = DataSetLoader.load(ExampleCopy.in(tmp)
        .write("scenarios/base.yaml", "name: base\nas_of: 2024-01-01\n").dir(), true).dataSet();
    assertThat(d.scenarios()).containsKey("base");
  }

  @Test
  void aggregateNodesAndFreeTransitPassagesAreLoaded() throws Exception {
    DataSet d = DataSetLoader.load(ExampleCopy.EXAMPLE, true).dataSet();
    assertThat(d.network().node("WORLD").aggregate()).isTrue();
    assertThat(d.network().node("ATYRAU").aggregate()).as("empty cell takes the default `no`").isFalse();
    assertThat(d.network().passages().get("TURKISH_STRAITS").freeTransit()).isTrue();
  }

  @Test
  void badBooleanIsALocatedProblemAndTrueFalseAreAccepted() throws Exception {
    Problem p = only(errors(ExampleCopy.in(tmp).replace("nodes.csv", "37.8,,,,", "37.8,,,maybe,")));
    assertThat(p.toString()).isEqualTo("nodes.csv:6: aggregate: `maybe` is not yes or no; "
        + "write `yes` or `no` (`true` and `false` are accepted too)");
    assertThat(p.value()).isEqualTo("maybe");
  }

  @Test
  void trueAndFalseAreBooleansToo(@TempDir Path other) throws Exception {
    DataSet d = DataSetLoader.load(ExampleCopy.in(other).replace("nodes.csv", "37.8,,,,", "37.8,,,TRUE,")
        .replace("passages.csv", "TR,yes,", "TR,false,").dir(), true).dataSet();
    assertThat(d.network().node("NOVO").aggregate()).isTrue();
    assertThat(d.network().passages().get("TURKISH_STRAITS").freeTransit()).isFalse();
  }

  @Test
  void negativeNumber() {
    Problem p = only(errors(ExampleCopy.in(tmp).replace("supply.csv", "OILFIELD,crude,60", "OILFIELD,crude,-60")));
    assertThat(p.toString()).startsWith("supply.csv:2: quantity: `-60` is negative");
  }

  @Test
  void notANumberAndNaN() {
    List<Problem> ps = errors(ExampleCopy.in(tmp).replace("supply.csv", "OILFIELD,crude,60", "OILFIELD,crude,sixty")
        .replace("demand.csv", "WORLD,crude,1000", "WORLD,crude,NaN"));
    assertThat(ps).extracting(Problem::toString).containsExactlyInAnyOrder(
        "demand.csv:2: quantity: `NaN` is not a number; " + Schema.NUMBER_HINT,
        "supply.csv:2: quantity: `sixty` is not a number; " + Schema.NUMBER_HINT);
  }

  @Test
  void impossibleDateAndValidToBeforeValidFrom() {
    List<Problem> ps = errors(ExampleCopy.in(tmp)
        .replace("memberships.csv", "EAEU,RU,member,2015-01-01", "EAEU,RU,member,2015-02-30")
        .replace("memberships.csv", "EAEU,KZ,member,2015-01-01,", "EAEU,KZ,member,2015-01-01,2014-12-31"));
    assertThat(ps).extracting(Problem::toString).containsExactlyInAnyOrder(
        "memberships.csv:2: valid_from: `2015-02-30` is not a valid date; write an existing day as YYYY-MM-DD",
        "memberships.csv:3: valid_to: valid_to 2014-12-31 is before valid_from 2015-01-01");
  }

  @Test
  void unknownUnit() {
    Problem p = only(errors(ExampleCopy.in(tmp).replace("commodities.csv", "crude,Crude oil,Mt", "crude,Crude oil,MT")));
    assertThat(p.toString()).startsWith("commodities.csv:2: unit: unknown unit `MT`").endsWith("did you mean `Mt`?");
  }

  @Test
  void unknownCommodityOnALink() {
    Problem p = only(errors(ExampleCopy.in(tmp).replace("links.csv", "ALASHANKOU,pipeline,crude,20",
        "ALASHANKOU,pipeline,crud,20")));
    assertThat(p.toString()).isEqualTo("links.csv:3: commodities: unknown commodity `crud`; did you mean `crude`?");
  }

  @Test
  void linkCarryingACommodityNothingSupplies() {
    ExampleCopy copy = ExampleCopy.in(tmp).append("commodities.csv", "gas,Natural gas,bcm,300,estimate: test\n")
        .replace("links.csv", "ALASHANKOU,pipeline,crude,20", "ALASHANKOU,pipeline,crude;gas,20");
    Problem p = only(errors(copy));
    assertThat(p.toString()).startsWith("links.csv:3: commodities: link carries `gas` but nothing supplies it");
  }

  @Test
  void nodeCapacityNeedsAConversionForEveryCommodityReachingIt() {
    List<Problem> ps = errors(ExampleCopy.in(tmp).replace("nodes.csv", "NOVO,Novorossiysk,RU,port,44.7,37.8,,,,",
        "NOVO,Novorossiysk,RU,port,44.7,37.8,100,TEU,,"));
    assertThat(ps).allMatch(p -> p.file().equals("nodes.csv") && p.line() == 6 && p.field().equals("capacity_unit"));
    assertThat(ps).extracting(Problem::toString).contains("nodes.csv:6: capacity_unit: link CPC brings `crude` (Mt) "
        + "to node NOVO, whose capacity is in TEU, and there is no conversion; add a row `crude,TEU,FACTOR,SOURCES` "
        + "to conversions.csv (FACTOR: TEU per unit of crude)");
  }

  @Test
  void rowWithoutSource() {
    Problem p = only(errors(ExampleCopy.in(tmp).replace("supply.csv",
        "OILFIELD,crude,60,150,estimate: illustrative figure for the example data set", "OILFIELD,crude,60,150,")));
    assertThat(p.toString()).startsWith("supply.csv:2: sources: row has no source");
  }

  @Test
  void unknownSourceId() {
    Problem p = only(errors(ExampleCopy.in(tmp).replace("countries.csv", "KZ,Kazakhstan,state,seed-report",
        "KZ,Kazakhstan,state,seed-reprot")));
    assertThat(p.toString()).isEqualTo("countries.csv:2: sources: unknown source `seed-reprot`; did you mean `seed-report`?");
  }

  @Test
  void malformedYaml() {
    Problem p = only(errors(ExampleCopy.in(tmp).write("policies.yaml", "- id: x\n  kind: [unclosed\n")));
    assertThat(p.file()).isEqualTo("policies.yaml");
    assertThat(p.line()).isPositive();
    assertThat(p.message()).startsWith("malformed YAML");
  }

  @Test
  void yamlAliasesAreRefused() {
    String bomb = "a: &a [\"x\",\"x\"]\nb: &b [*a,*a]\nc: [*b,*b]\n";
    Problem p = only(errors(ExampleCopy.in(tmp).write("scenarios/bomb.yaml", bomb)));
    assertThat(p.toString()).isEqualTo("scenarios/bomb.yaml:1: YAML anchors and aliases are not allowed; write the value out in full");
  }

  @Test
  void missingAndEmptyFiles() {
    List<Problem> ps = errors(ExampleCopy.in(tmp).delete("links.csv").write("demand.csv", ""));
    assertThat(ps).extracting(Problem::toString).containsExactly(
        "links.csv (whole file): file is missing; every data set needs links.csv (see docs/data-format.md); "
            + "4 follow-on problems (references to links) not listed",
        "demand.csv (whole file): file is empty; it needs at least a header line");
  }

  @Test
  void wrongColumnCount() {
    Problem p = only(errors(ExampleCopy.in(tmp).append("supply.csv", "OILFIELD,wheat,5\n")));
    assertThat(p.toString()).isEqualTo("supply.csv:6: row has 3 columns, the header has 5; quote cells that contain commas");
  }

  @Test
  void policyWithUnknownActorAndKind() {
    List<Problem> ps = errors(ExampleCopy.in(tmp).append("policies.yaml",
        "- id: bad\n  kind: transit_ban\n  actor: RUS\n  sources: [seed-report]\n"
            + "- id: worse\n  kind: transit-ban\n  actor: RU\n  sources: [seed-report]\n"));
    assertThat(ps).extracting(Problem::toString).containsExactlyInAnyOrder(
        "policies.yaml:21: actor: unknown country or bloc `RUS`; did you mean `RU`?",
        "policies.yaml:24: kind: unknown policy kind `transit-ban`; known: transit_ban, import_ban, export_ban, "
            + "capacity_change, cost_change; did you mean `transit_ban`?");
  }

  @Test
  void scenarioProblems() {
    List<Problem> ps = errors(ExampleCopy.in(tmp)
        .write("scenarios/loop-a.yaml", "name: loop-a\nextends: loop-b\nas_of: 2024-01-01\n")
        .write("scenarios/loop-b.yaml", "name: loop-b\nextends: loop-a\n")
        .write("scenarios/orphan.yaml", "name: orphan\nextends: basee-2024\nactivate_links: [KCPP]\n"));
    assertThat(ps).extracting(Problem::toString).contains(
        "scenarios/orphan.yaml:2: extends: unknown scenario `basee-2024`; did you mean `base-2024`?",
        "scenarios/orphan.yaml:3: activate_links: unknown link `KCPP`; did you mean `KCP`?");
    assertThat(ps).anyMatch(p -> p.file().equals("scenarios/loop-a.yaml") && p.message().contains("extends itself"));
  }

  @Test
  void claimsNameMetricsAndThingsThatExist() {
    List<Problem> ps = errors(ExampleCopy.in(tmp).append("claims.yaml",
        "- id: bad\n  text: x\n  metric: transit_shares\n  expect: {min: 1}\n  sources: [seed-report]\n"
            + "- id: worse\n  text: y\n  metric: link_flow\n  link: KCPP\n  expect: {value: 1}\n  sources: [seed-report]\n"));
    assertThat(ps).extracting(Problem::toString).contains(
        "claims.yaml:67: metric: unknown metric `transit_shares`; known: transit_share, route_share, link_flow, "
            + "corridor_flow, exports, delivered; did you mean `transit_share`?",
        "claims.yaml:73: link: unknown link `KCPP`; did you mean `KCP`?",
        "claims.yaml:74: tolerance: required key `tolerance` is missing");
  }

  @Test
  void claimsNeedAKindAndTakeADate() {
    String claim = "- id: %s\n  text: x\n  metric: link_flow\n  link: KCP\n%s  expect: {min: 1}\n  sources: [seed-report]\n";
    List<Problem> ps = errors(ExampleCopy.in(tmp).append("claims.yaml",
        claim.formatted("no-kind", "")
            + claim.formatted("typo", "  kind: tset\n")
            + claim.formatted("bad-date", "  kind: test\n  date: 2024-13-01\n")
            + claim.formatted("fine", "  kind: calibration\n  date: 2023-06-30\n")));
    assertThat(ps).extracting(Problem::toString).containsExactly(
        "claims.yaml:65: kind: required key `kind` is missing; write `kind: calibration` if the claim's figure was "
            + "used to set an input, else `kind: test`",
        "claims.yaml:75: kind: unknown claim kind `tset`; known: calibration, test; did you mean `test`?",
        ps.get(2).toString());
    assertThat(ps.get(2).line()).isEqualTo(83);
    assertThat(ps.get(2).field()).isEqualTo("date");
    assertThat(ps.get(2).value()).isEqualTo("2024-13-01");
  }

  @Test
  void claimKindAndDateReachTheModel() throws Exception {
    var data = DataSetLoader.load(ExampleCopy.in(tmp).append("claims.yaml", "- id: dated\n  text: x\n"
        + "  metric: link_flow\n  link: KCP\n  kind: test\n  date: 2023-06-30\n  expect: {min: 1}\n"
        + "  sources: [seed-report]\n").dir(), false).dataSet();
    var dated = data.claims().get(data.claims().size() - 1);
    assertThat(dated.kind()).isEqualTo(org.corridor.model.Claim.Kind.TEST);
    assertThat(dated.date()).isEqualTo(java.time.LocalDate.of(2023, 6, 30));
    assertThat(data.claims().get(0).date()).isNull();
  }

  @Test
  void warningsAreSeparateAndStrictMakesThemErrors() throws Exception {
    ExampleCopy copy = ExampleCopy.in(tmp).append("nodes.csv", "LONELY,Lonely hub,KZ,hub,50,60,,,,estimate: test\n");
    var result = DataSetLoader.load(copy.dir(), false);
    assertThat(result.warnings()).extracting(Problem::toString)
        .containsExactly("nodes.csv:15: id: node `LONELY` has no link; connect it or remove it");
    List<Problem> strict = catchThrowableOfType(InvalidModelException.class,
        () -> DataSetLoader.load(copy.dir(), true)).problems();
    assertThat(strict).hasSize(1).allMatch(Problem::isError);
  }

  @Test
  void everyPlantedErrorIsListedAtOnce() {
    List<Problem> ps = errors(ExampleCopy.in(tmp)
        .replace("links.csv", "CPC,Export pipeline to the Black Sea,ATYRAU", "CPC,Export pipeline to the Black Sea,atyrau")
        .replace("supply.csv", "OILFIELD,crude,60", "OILFIELD,crude,-60")
        .replace("commodities.csv", "crude,Crude oil,Mt", "crude,Crude oil,MT")
        .append("nodes.csv", "NOVO,Second Novorossiysk,RU,port,44.7,37.8,,,,\n"));
    assertThat(ps).extracting(p -> p.file() + ":" + p.line() + ":" + p.field()).containsExactlyInAnyOrder(
        "commodities.csv:2:unit", "links.csv:2:from", "nodes.csv:15:id", "nodes.csv:15:sources", "supply.csv:2:quantity");
  }

  private static final String SERIES_HEADER = "table,key,field,valid_from,valid_to,value,status,sources\n";

  private ExampleCopy series(String rows) {
    return ExampleCopy.in(tmp).write("series.csv", SERIES_HEADER + rows);
  }

  @Test
  void seriesRowsAreLoadedWithTheirLinesAndPeriods() throws Exception {
    ExampleCopy copy = series("supply,OILFIELD/crude,quantity,2025-01-01,2025-12-31,40,actual,seed-report\n"
        + "links,CPC,capacity,2025-01-01,,50,plan,estimate: test\n"
        + "links,CPC,capacity,2026-01-01,,70,,estimate: test\n");
    var net = DataSetLoader.load(copy.dir(), true).dataSet().network();
    assertThat(net.series()).hasSize(3);
    var first = net.series().get(0);
    assertThat(first.table()).isEqualTo(org.corridor.model.SeriesValue.Table.SUPPLY);
    assertThat(first.key()).isEqualTo("OILFIELD/crude");
    assertThat(first.field()).isEqualTo(org.corridor.model.SeriesValue.Field.QUANTITY);
    assertThat(first.value()).isEqualTo(40);
    assertThat(first.line()).isEqualTo(2);
    assertThat(first.sources().sourceIds()).containsExactly("seed-report");
    assertThat(net.series().get(1).status()).isEqualTo(org.corridor.model.SeriesValue.Status.PLAN);
    assertThat(net.series().get(2).status()).as("default").isEqualTo(org.corridor.model.SeriesValue.Status.ACTUAL);
  }

  @Test
  void seriesKeyMustExistInItsTable() {
    List<Problem> ps = errors(series("supply,OILFIELD/crud,quantity,2025-01-01,,40,,estimate: test\n"
        + "links,CPCC,capacity,2025-01-01,,40,,estimate: test\n"
        + "demand,WORLD/crude,price,2025-01-01,,500,,estimate: test\n"));
    assertThat(ps).extracting(Problem::toString).containsExactly(
        "series.csv:2: key: unknown supply `OILFIELD/crud` in supply.csv; write the key as NODE/commodity of a row "
            + "of supply.csv; did you mean `OILFIELD/crude`?",
        "series.csv:3: key: unknown link `CPCC` in links.csv; write the id of a row of links.csv; did you mean `CPC`?");
  }

  @Test
  void seriesFieldMustBelongToItsTable() {
    Problem p = only(errors(series("supply,OILFIELD/crude,capacity,2025-01-01,,40,,estimate: test\n")));
    assertThat(p.toString()).isEqualTo("series.csv:2: field: `capacity` is not a dated field of supply; "
        + "the fields of supply that can be dated: quantity, cost");
    Problem tariff = only(errors(ExampleCopy.in(tmp.resolve("n")).write("series.csv", SERIES_HEADER
        + "nodes,ATYRAU,tariff,2025-01-01,,4,,estimate: test\n")));
    assertThat(tariff.toString()).isEqualTo("series.csv:2: field: `tariff` is not a dated field of nodes; "
        + "the fields of nodes that can be dated: capacity");
  }

  @Test
  void datedNodeCapacityNeedsABaseCapacity() throws Exception {
    Problem p = only(errors(series("nodes,ATYRAU,capacity,2025-01-01,,40,,estimate: test\n")));
    assertThat(p.file() + ":" + p.line() + ":" + p.field() + ":" + p.value()).isEqualTo("series.csv:2:key:ATYRAU");
    assertThat(p.message()).isEqualTo("node `ATYRAU` has no capacity in nodes.csv, so it has no capacity to date");
    assertThat(p.hint()).contains("give the node a capacity and capacity_unit in nodes.csv");
    ExampleCopy withCapacity = ExampleCopy.in(tmp.resolve("cap"))
        .replace("nodes.csv", "ATYRAU,Atyrau hub,KZ,hub,47.1,51.9,,", "ATYRAU,Atyrau hub,KZ,hub,47.1,51.9,100,Mt")
        .write("series.csv", SERIES_HEADER + "nodes,ATYRAU,capacity,2025-01-01,,40,,estimate: test\n");
    assertThat(DataSetLoader.load(withCapacity.dir(), true).dataSet().network().series()).hasSize(1);
  }

  @Test
  void overlappingPeriodsNameBothLines() {
    List<Problem> ps = errors(series("links,CPC,capacity,2025-01-01,2025-06-30,50,,estimate: test\n"
        + "links,CPC,cost,2025-03-01,,12,,estimate: test\n"
        + "links,CPC,capacity,2025-06-30,,55,,estimate: test\n"
        + "links,KCP,capacity,2025-01-01,,10,,estimate: test\n"
        + "links,KCP,capacity,2025-01-01,,11,,estimate: test\n"));
    assertThat(ps).extracting(Problem::toString).containsExactly(
        "series.csv:4: valid_from: the period 2025-06-30 – … of links CPC capacity overlaps the period "
            + "2025-01-01 – 2025-06-30 on line 2; periods of one table, key and field may not overlap; end the "
            + "earlier one (valid_to) the day before the later one starts",
        "series.csv:6: valid_from: the period 2025-01-01 – … of links KCP capacity overlaps the period "
            + "2025-01-01 – … on line 5; periods of one table, key and field may not overlap; end the "
            + "earlier one (valid_to) the day before the later one starts");
  }

  @Test
  void openEndedPeriodsRunUntilTheNextRow() throws Exception {
    ExampleCopy copy = series("links,CPC,capacity,2026-01-01,,70,,estimate: test\n"
        + "links,CPC,capacity,2025-01-01,,50,,estimate: test\n");
    assertThat(DataSetLoader.load(copy.dir(), true).warnings()).isEmpty();
  }

  @Test
  void aGapBetweenPeriodsIsAWarning() throws Exception {
    ExampleCopy copy = series("links,CPC,capacity,2025-01-01,2025-03-31,50,,estimate: test\n"
        + "links,CPC,capacity,2025-05-01,,55,,estimate: test\n");
    assertThat(DataSetLoader.load(copy.dir(), false).warnings()).extracting(Problem::toString).containsExactly(
        "series.csv:3: valid_from: gap in links CPC capacity from 2025-04-01 to 2025-04-30 after the period ending "
            + "on line 2: the base value applies in it; end the earlier period the day before the later one starts, "
            + "or leave its valid_to empty to run until the next row");
    assertThat(catchThrowableOfType(InvalidModelException.class, () -> DataSetLoader.load(copy.dir(), true)))
        .isNotNull();
  }

  @Test
  void seriesValidToBeforeValidFrom() {
    Problem p = only(errors(series("links,CPC,capacity,2025-06-01,2025-01-31,50,,estimate: test\n")));
    assertThat(p.toString()).isEqualTo("series.csv:2: valid_to: valid_to 2025-01-31 is before valid_from 2025-06-01; "
        + "a period runs from valid_from to valid_to, both days included; swap the dates or fix the typo");
  }

  @Test
  void seriesValueIsCheckedAgainstTheRangeOfItsField() {
    List<Problem> ps = errors(series("links,CPC,capacity,2025-01-01,,5e8,,estimate: test\n"
        + "links,CPC,cost,2025-01-01,,5e8,,estimate: test\n"
        + "supply,OILFIELD/crude,quantity,2025-01-01,,2e9,,estimate: test\n"
        + "demand,WORLD/crude,price,2025-01-01,,-1,,estimate: test\n"
        + "links,CPC,tariff,2025-01-01,,12 USD,,estimate: test\n"));
    assertThat(ps).extracting(Problem::toString).containsExactly(
        "series.csv:3: value: `5e8` is outside 0 to 1e6, the range of money per unit (MUSD/unit); "
            + "use a value from 0 to 1e6",
        "series.csv:4: value: `2e9` is outside 0 to 1e9, the range of quantities and capacities per year; "
            + "use a value from 0 to 1e9",
        "series.csv:5: value: `-1` is negative: money per unit (MUSD/unit) run from 0 to 1e6; "
            + "use a value from 0 to 1e6",
        "series.csv:6: value: `12 USD` is not a number; " + Schema.NUMBER_HINT);
  }

  @Test
  void seriesRowsNeedDatesEnumsAndSources() {
    List<Problem> ps = errors(series("links,CPC,capacity,,,50,,estimate: test\n"
        + "link,CPC,capacity,2025-01-01,,50,,estimate: test\n"
        + "links,CPC,capacity,2025-01-01,,50,guess,estimate: test\n"
        + "links,CPC,capacity,2026-01-01,,50,,\n"));
    assertThat(ps).extracting(p -> p.file() + ":" + p.line() + ":" + p.field()).containsExactly(
        "series.csv:2:valid_from", "series.csv:3:table", "series.csv:4:status", "series.csv:5:sources");
  }

  @Test
  void aCostChangeMustKeepTheDatedCostNonNegative() {
    ExampleCopy copy = series("links,CPC,cost,2025-01-01,2025-12-31,0,,estimate: test\n"
        + "links,CPC,tariff,2025-01-01,2025-12-31,0,,estimate: test\n")
        .append("policies.yaml", "- id: cpc-cheaper\n  kind: cost_change\n  link: CPC\n  cost_delta: -20\n"
            + "  sources: \"estimate: test\"\n");
    Problem p = only(errors(copy));
    assertThat(p.file()).isEqualTo("policies.yaml");
    assertThat(p.field()).isEqualTo("cost_delta");
    assertThat(p.message()).contains("makes the cost of link CPC (operating cost + tariff) -20 MUSD/unit on 2025-01-01");
  }
}
