package org.corridor.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridor.model.Commodity;
import org.corridor.model.Country;
import org.corridor.model.Link;
import org.corridor.model.Mode;
import org.corridor.model.Network;
import org.corridor.model.Node;
import org.corridor.model.Passage;
import org.corridor.model.SourceRef;
import org.corridor.model.Unit;
import org.corridor.model.Validity;
import org.corridor.policy.Snapshot;
import org.junit.jupiter.api.Test;

/** A transit ban by the country of a free-transit passage does not cover links via that passage. */
class FreeTransitBanTest {
  private static final SourceRef S = SourceRef.estimate("test");

  private static Link sea(String id, String via) {
    return new Link(id, id, "NOVO", "WORLD", Mode.SEA, List.of("crude"), 10, Unit.MT, Link.Sharing.SHARED, false,
        0, 0, null, Link.Status.OPERATING, null, Validity.ALWAYS, List.of(via), null, S);
  }

  private static TransitFormulation.PolicyMask mask(boolean freeTransit, Link link) {
    Network net = new Network(List.of(),
        List.of(new Country("RU", "RU", false, S), new Country("TR", "TR", false, S), new Country("XW", "XW", true, S)),
        List.of(), List.of(), List.of(new Commodity("crude", "Crude", Unit.MT, 500, S)), List.of(),
        List.of(new Passage("STRAITS", "Straits", "TR", S, freeTransit)),
        List.of(new Node("NOVO", "NOVO", "RU", Node.Kind.PORT, 0, 0, null, null, S),
            new Node("WORLD", "WORLD", "XW", Node.Kind.MARKET, 0, 0, null, null, S, true)),
        List.of(link), List.of(), List.of());
    Snapshot.TransitRule ban = new Snapshot.TransitRule("tr-ban", Set.of("TR"), Set.of(), Set.of(), Set.of(), Set.of());
    Snapshot snap = new Snapshot(net, "test", LocalDate.of(2025, 1, 1), List.of(link), Map.of(), List.of(), List.of(),
        List.of(), List.of(ban), List.of(), List.of());
    return new TransitFormulation.PolicyMask(snap, List.of("NOVO", "WORLD"));
  }

  @Test
  void aBanByTheStraitsCountryDoesNotCloseAFreeTransitPassage() {
    Link link = sea("BLACK_SEA", "STRAITS");
    Arc arc = new Arc(0, link, 0, 1, false);
    FlowClass kazakhCrude = new FlowClass("crude", "KZ");
    assertThat(mask(true, link).arcAllowed(arc, kazakhCrude)).isTrue();
    assertThat(mask(false, link).arcAllowed(arc, kazakhCrude)).isFalse();
  }

  @Test
  void naming_the_country_directly_still_lets_it_deny_transit() {
    Link link = sea("VIA_TR", "TR");
    assertThat(mask(true, link).arcAllowed(new Arc(0, link, 0, 1, false), new FlowClass("crude", "KZ"))).isFalse();
  }
}
