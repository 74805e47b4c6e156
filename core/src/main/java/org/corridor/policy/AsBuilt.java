package org.corridor.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.corridor.model.Candidate;
import org.corridor.model.Link;
import org.corridor.model.Network;
import org.corridor.model.Node;
import org.corridor.model.SeriesValue;
import org.corridor.model.Validity;

/**
 * A data set as if some projects of {@code candidates.csv} had been built before any date it names: each link or node
 * a project expands gets the project's capacity added to its base capacity and to every dated value of it, and a link
 * that does not operate on every date is brought into force on every date (status operating, no first day). Policies,
 * scenarios and risk events are the data set's own, so a scenario resolves on the built network exactly as on the
 * original one, plus the projects.
 */
public final class AsBuilt {
  private AsBuilt() {}

  public static DataSet of(DataSet data, List<Candidate> projects) {
    if (projects.isEmpty()) {
      return data;
    }
    Map<String, Double> added = new HashMap<>();
    for (Candidate c : projects) {
      c.expands().forEach(id -> added.merge(id, c.capacityAdded(), Double::sum));
    }
    Network n = data.network();
    List<Link> links = new ArrayList<>();
    for (Link l : n.links().values()) {
      Double a = added.get(l.id());
      if (a == null) {
        links.add(l);
      } else {
        Validity v = l.validity().from() == null ? l.validity() : new Validity(null, l.validity().to());
        links.add(l.withCapacity(l.capacity() + a).withStatus(Link.Status.OPERATING).withValidity(v));
      }
    }
    List<Node> nodes = new ArrayList<>();
    for (Node x : n.nodes().values()) {
      Double a = added.get(x.id());
      nodes.add(a == null || x.capacity() == null ? x : new Node(x.id(), x.name(), x.country(), x.kind(), x.lat(),
          x.lon(), x.capacity() + a, x.capacityUnit(), x.sources(), x.aggregate()));
    }
    List<SeriesValue> series = new ArrayList<>();
    for (SeriesValue s : n.series()) {
      boolean capacity = s.field() == SeriesValue.Field.CAPACITY
          && (s.table() == SeriesValue.Table.LINKS || s.table() == SeriesValue.Table.NODES);
      Double a = capacity ? added.get(s.key()) : null;
      series.add(a == null ? s : new SeriesValue(s.table(), s.key(), s.field(), s.validity(), s.value() + a,
          s.status(), s.sources(), s.line()));
    }
    Network built = new Network(List.copyOf(n.sources().values()), List.copyOf(n.countries().values()),
        List.copyOf(n.blocs().values()), n.memberships(), List.copyOf(n.commodities().values()), n.conversions(),
        List.copyOf(n.passages().values()), nodes, links, n.supply(), n.demand(), series, n.allocations(), n.totals(),
        n.candidates());
    return new DataSet(data.folder(), built, data.policies(), data.scenarios(), data.defaultScenario(), data.focus(),
        data.claims(), data.risks());
  }
}
