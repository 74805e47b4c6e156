package org.corridor.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.corridor.model.SourceRef;
import org.corridor.model.Validity;
import org.corridor.policy.DataSet;
import org.corridor.policy.ExportBan;
import org.corridor.policy.Policy;
import org.corridor.policy.Scenario;
import org.corridor.policy.ScenarioResolver;
import org.corridor.policy.Snapshot;
import org.corridor.policy.TransitBan;
import org.corridor.synthetic.SyntheticNetwork;
import org.junit.jupiter.api.Test;

/** Which classes a program with merged origins has: the rule of {@link OriginTags}, on a network of 5 countries. */
class OriginTagsTest {
  /** 40 nodes, 3 commodities, 5 countries: every commodity has a supply in each of C0..C4. */
  private static final DataSet DATA = new SyntheticNetwork(40, 80, 3, 5, 7).generate();

  private static Snapshot snapshot(Policy... policies) {
    Scenario base = Scenario.base(LocalDate.of(2025, 1, 1));
    return new ScenarioResolver(DATA).resolve(policies.length == 0 ? base : base.plus("ruled", List.of(policies)));
  }

  private static List<String> classes(Snapshot s, OriginTags tags) {
    return TransitFormulation.build(s, tags).classes().stream().map(FlowClass::toString).sorted().toList();
  }

  @Test
  void everyOriginIsAClassUnlessAsked() {
    assertThat(classes(snapshot(), OriginTags.EVERY)).hasSize(15);
    assertThat(OriginTags.EVERY.merged(snapshot())).isEmpty();
  }

  @Test
  void withoutRulesEachCommodityShipsAsOneClass() {
    assertThat(classes(snapshot(), OriginTags.DISTINGUISHED)).containsExactly("c0|*", "c1|*", "c2|*");
  }

  @Test
  void aTransitBanKeepsItsActorAndOriginApartForItsCommodityOnly() {
    Snapshot s = snapshot(TransitBan.of("ban", "C0", "c1", "C1"));
    assertThat(classes(s, OriginTags.DISTINGUISHED)).containsExactly("c0|*", "c1|*", "c1|C0", "c1|C1", "c2|*");
  }

  @Test
  void anExportBanOnEveryCommodityKeepsItsActorApartInAll() {
    SourceRef why = SourceRef.estimate("test");
    Snapshot s = snapshot(new ExportBan("ban", "C2", List.of(), List.of(), Validity.ALWAYS, "test", why));
    assertThat(classes(s, OriginTags.DISTINGUISHED))
        .containsExactly("c0|*", "c0|C2", "c1|*", "c1|C2", "c2|*", "c2|C2");
  }

  @Test
  void keptOriginsKeepTheirClasses() {
    assertThat(classes(snapshot(), OriginTags.DISTINGUISHED.keeping(List.of("C3"))))
        .containsExactly("c0|*", "c0|C3", "c1|*", "c1|C3", "c2|*", "c2|C3");
  }

  /** A merged class of a single origin would save nothing and hide its name, so that origin keeps it. */
  @Test
  void aLoneUntaggedOriginKeepsItsName() {
    OriginTags tags = OriginTags.DISTINGUISHED.keeping(List.of("C0", "C1", "C2", "C3"));
    assertThat(classes(snapshot(), tags)).hasSize(15).noneMatch(k -> k.endsWith("|*"));
    assertThat(tags.merged(snapshot())).isEmpty();
  }

  @Test
  void aMergedProgramIsSmaller() {
    Snapshot s = snapshot();
    TransitFormulation every = TransitFormulation.build(s, OriginTags.EVERY);
    TransitFormulation merged = TransitFormulation.build(s, OriginTags.DISTINGUISHED);
    assertThat(merged.lp().columns()).isLessThan(every.lp().columns() / 2);
    assertThat(merged.lp().rows()).isLessThan(every.lp().rows());
    assertThat(merged.origins()).isEqualTo(OriginTags.DISTINGUISHED);
    assertThat(merged.rebuild(s).classes()).isEqualTo(merged.classes());
  }
}
