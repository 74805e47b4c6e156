package org.corridor.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.corridor.analysis.PeriodVolumes;
import org.corridor.analysis.PeriodVolumes.SubPeriod;
import org.corridor.analysis.Timeline;
import org.corridor.io.DataSetLoader;
import org.corridor.io.ExampleCopy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a period is cut, on the example network with dated rows added:
 * <pre>
 *   OILFIELD ──▶ ATYRAU ──CPC──▶ NOVO ──▶ WORLD        policy cpc-outage-2025: CPC × 0.65, 17 Feb – 31 May 2025
 *                  └─────KCP──▶ ALASHANKOU ──▶ CN       series: KCP capacity 5, March 2025
 *                                                       series: OILFIELD crude supply 70 from 1 Jul 2025
 *   scenario strike: + CPC × 0, 17–19 Feb 2025          policy kz-grain-transit-ban from 1 Sep 2024
 * </pre>
 */
class ChangeDatesTest {
  @TempDir
  Path tmp;

  private DataSet fixture() throws Exception {
    ExampleCopy copy = ExampleCopy.in(tmp.resolve("data"))
        .write("series.csv", "table,key,field,valid_from,valid_to,value,status,sources\n"
            + "links,KCP,capacity,2025-03-01,2025-03-31,5,actual,estimate: test\n"
            + "supply,OILFIELD/crude,quantity,2024-01-15,2024-01-31,50,actual,estimate: test\n"
            + "supply,OILFIELD/crude,quantity,2025-07-01,,70,plan,estimate: test\n")
        .write("scenarios/strike.yaml", "name: strike\nextends: base-2024\npolicies:\n"
            + "  - {id: strike, kind: capacity_change, link: CPC, factor: 0, from: 2025-02-17, to: 2025-02-19,"
            + " sources: \"estimate: test\"}\n");
    return DataSetLoader.load(copy.dir(), false).dataSet();
  }

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  @Test
  void aPeriodIsCutAtPolicyAndSeriesDatesAndTheDayAfterEachEnds() throws Exception {
    ScenarioResolver r = new ScenarioResolver(fixture());
    var changes = r.changeDates(r.scenario("strike"));
    assertThat(PeriodVolumes.cut(d("2025-01-01"), d("2025-12-31"), changes)).containsExactly(
        new SubPeriod(d("2025-01-01"), d("2025-02-16")),
        new SubPeriod(d("2025-02-17"), d("2025-02-19")),
        new SubPeriod(d("2025-02-20"), d("2025-02-28")),
        new SubPeriod(d("2025-03-01"), d("2025-03-31")),
        new SubPeriod(d("2025-04-01"), d("2025-05-31")),
        new SubPeriod(d("2025-06-01"), d("2025-06-30")),
        new SubPeriod(d("2025-07-01"), d("2025-12-31")));
    // The base scenario has no strike: its own change days only.
    assertThat(r.changeDates(r.scenario("base-2024"))).doesNotContain(d("2025-02-20"))
        .contains(d("2015-01-01"), d("2024-09-01"), d("2025-02-17"), d("2025-06-01"), d("2025-07-01"));
  }

  @Test
  void everySnapshotInsideASubPeriodIsTheSame() throws Exception {
    ScenarioResolver r = new ScenarioResolver(fixture());
    Scenario strike = r.scenario("strike");
    for (SubPeriod p : PeriodVolumes.cut(d("2024-06-01"), d("2025-12-31"), r.changeDates(strike))) {
      Snapshot first = r.resolve(strike.withAsOf(p.from()));
      for (LocalDate day = p.from().plusDays(1); !day.isAfter(p.to()); day = day.plusDays(1)) {
        Snapshot s = r.resolve(strike.withAsOf(day));
        assertThat(s.links()).as("links on %s in %s", day, p).isEqualTo(first.links());
        assertThat(s.supply()).as("supply on %s", day).isEqualTo(first.supply());
        assertThat(s.policies()).as("policies on %s", day).isEqualTo(first.policies());
      }
    }
  }

  @Test
  void theTimelineSpanStartsAtTheFirstSeriesRowToo() throws Exception {
    DataSet data = fixture();
    assertThat(Timeline.eventSpan(data, d("2025-12-31"))[0]).isEqualTo(d("2024-01-01"));
    DataSet plain = DataSetLoader.load(ExampleCopy.EXAMPLE, false).dataSet();
    assertThat(Timeline.eventSpan(plain, d("2025-12-31"))[0]).isEqualTo(d("2024-07-01"));
  }

  @Test
  void capacityAllocationsStartAndEndSubPeriods() throws Exception {
    // fixtures/quota: KZ and RU quotas on PIPE for 2025, a KZ_A quota from 2026.
    DataSet quota = DataSetLoader.load(Path.of("src/test/resources/fixtures/quota"), false).dataSet();
    assertThat(ChangeDates.events(quota)).contains(d("2025-01-01"), d("2026-01-01"));
    ScenarioResolver r = new ScenarioResolver(quota);
    assertThat(r.changeDates(r.scenario(quota.defaultScenario()))).contains(d("2025-01-01"), d("2026-01-01"));
  }
}
