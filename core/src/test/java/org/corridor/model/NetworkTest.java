package org.corridor.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkTest {
  private static final SourceRef S = SourceRef.estimate("test");

  private static Link link(String id, String... via) {
    return new Link(id, id, "A", "B", Mode.SEA, List.of("crude"), 10, Unit.MT, Link.Sharing.SHARED, false, 0, 0,
        null, Link.Status.OPERATING, null, Validity.ALWAYS, List.of(via), null, S);
  }

  @Test
  void freeTransitPassagesAreNotDeniableButStillCrossed() {
    Network net = new Network(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(new Passage("STRAITS", "Straits", "TR", S, true), new Passage("CANAL", "Canal", "GE", S)),
        List.of(), List.of(), List.of(), List.of());
    Link both = link("L1", "STRAITS", "CANAL", "AZ");
    assertThat(net.viaCountries(both)).containsExactly("TR", "GE", "AZ");
    assertThat(net.deniableViaCountries(both)).containsExactly("GE", "AZ");
    assertThat(net.deniableViaCountries(link("L2", "TR", "STRAITS"))).as("named directly, the country still counts")
        .containsExactly("TR");
    assertThat(net.deniableViaCountries(link("L3", "STRAITS"))).isEmpty();
  }
}
