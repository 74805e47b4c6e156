package org.corridor.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.corridor.model.SourceRef;
import org.corridor.model.Validity;
import org.junit.jupiter.api.Test;

class PolicyKindTest {
  @Test
  void everyPolicyRecordNamesItsOwnKind() {
    SourceRef s = SourceRef.estimate("test");
    List<Policy> one = List.of(
        TransitBan.of("t", "RU", null, null),
        new ImportBan("i", "RU", List.of(), List.of(), Validity.ALWAYS, "", s),
        new ExportBan("e", "RU", List.of(), List.of(), Validity.ALWAYS, "", s),
        new CapacityChange("c", "CPC", null, 0.5, Validity.ALWAYS, "", s),
        new CostChange("k", "CPC", 1, 1, Validity.ALWAYS, "", s));
    assertThat(Policy.class.getPermittedSubclasses()).hasSameSizeAs(Policy.Kind.values()).hasSameSizeAs(one);
    assertThat(one).extracting(Policy::policyKind).containsExactlyInAnyOrder(Policy.Kind.values());
    assertThat(one).extracting(Policy::kind)
        .containsExactly("transit_ban", "import_ban", "export_ban", "capacity_change", "cost_change");
    assertThat(Policy.Kind.fromYaml("cost_change")).contains(Policy.Kind.COST_CHANGE);
    assertThat(Policy.Kind.fromYaml("transit-ban")).isEmpty();
  }
}
