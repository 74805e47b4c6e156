package org.corridor.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class FlowChangesTest {
  /*
   * Before: 10 Mt from A to C over B. After: A–B closed, 6 Mt go round over D, 4 Mt stay at A.
   *
   *     A ──AB── B ──BC── C            A ──AB(closed)  B ──BC── C
   *                            →        \                      /
   *                                      └──AD── D ──DC───────┘
   */

  @Test
  void closedCutReroutedAndStrandedAreToldApart() {
    var before = new Tiny().node("A", "KZ").node("B", "RU").node("C", "XW").node("D", "AZ")
        .flow("AB", "A", "B", "KZ", 10, 0, null).flow("BC", "B", "C", "KZ", 10, 0, null)
        .flow("AD", "A", "D", "KZ", 0, 0, null).flow("DC", "D", "C", "KZ", 0, 0, null)
        .supply("A", "KZ", 10, 10).result();
    var after = new Tiny().node("A", "KZ").node("B", "RU").node("C", "XW").node("D", "AZ")
        .closed("AB", "A", "B").flow("BC", "B", "C", "KZ", 0, 0, null)
        .flow("AD", "A", "D", "KZ", 6, 0, null).flow("DC", "D", "C", "KZ", 6, 0, null)
        .supply("A", "KZ", 10, 6).result();

    assertThat(FlowChanges.flows(before, after)).extracting(FlowChanges.Row::link, FlowChanges.Row::before,
        FlowChanges.Row::after, FlowChanges.Row::state).containsExactly(
            tuple("AB", 10.0, 0.0, "closed"), tuple("AD", 0.0, 6.0, "rerouted"), tuple("BC", 10.0, 0.0, "cut"),
            tuple("DC", 0.0, 6.0, "rerouted"));
    assertThat(FlowChanges.stranded(before, after)).extracting(FlowChanges.Stranded::node,
        FlowChanges.Stranded::country, FlowChanges.Stranded::before, FlowChanges.Stranded::after,
        FlowChanges.Stranded::delta).containsExactly(tuple("A", "KZ", 0.0, 4.0, 4.0));
  }

  @Test
  void aScenarioAgainstItselfChangesNothing() {
    var r = new Tiny().node("A", "KZ").node("C", "XW").flow("AC", "A", "C", "KZ", 5, 0, null).supply("A", "KZ", 8, 5)
        .result();
    assertThat(FlowChanges.flows(r, r)).extracting(FlowChanges.Row::state).containsOnly("same");
    assertThat(FlowChanges.stranded(r, r)).isEmpty();
  }
}
