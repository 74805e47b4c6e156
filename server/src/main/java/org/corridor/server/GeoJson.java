package org.corridor.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.corridor.model.Link;
import org.corridor.model.Network;
import org.corridor.model.Node;
import org.corridor.report.Column;
import org.corridor.report.Table;

/**
 * A solve as one GeoJSON FeatureCollection (RFC 7946, longitude before latitude): a Point per node, a
 * LineString per link, and a LineString per link and commodity that carries flow, its {@code quantity} the
 * sum over origins of the {@code flows} table, in {@code unit}.
 */
final class GeoJson {
  private GeoJson() {}

  static Map<String, Object> of(Network net, Table flows) {
    List<Object> features = new ArrayList<>();
    for (Node n : net.nodes().values()) {
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("feature", "node");
      props.put("id", n.id());
      props.put("name", n.name());
      props.put("country", n.country());
      props.put("kind", n.kind().name().toLowerCase(Locale.ROOT));
      features.add(feature(Map.of("type", "Point", "coordinates", point(n)), props));
    }
    for (Link l : net.links().values()) {
      Map<String, Object> props = new LinkedHashMap<>();
      props.put("feature", "link");
      props.put("id", l.id());
      props.put("name", l.name() == null ? "" : l.name());
      props.put("from", l.from());
      props.put("to", l.to());
      props.put("mode", l.mode().name().toLowerCase(Locale.ROOT));
      features.add(feature(line(net, l), props));
    }
    Map<String, Map<String, Object>> carried = new TreeMap<>();
    List<Column> cols = flows.outputColumns();
    for (List<Object> row : flows.outputRows()) {
      Map<String, Object> r = new LinkedHashMap<>();
      for (int i = 0; i < cols.size(); i++) {
        r.put(cols.get(i).name(), row.get(i));
      }
      String key = r.get("link") + "\u0000" + r.get("commodity");
      Map<String, Object> props = carried.computeIfAbsent(key, k -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("feature", "flow");
        m.put("link", r.get("link"));
        m.put("commodity", r.get("commodity"));
        m.put("quantity", 0.0);
        m.put("unit", r.get("unit"));
        m.put("scenario", r.get("scenario"));
        m.put("run_id", r.get("run_id"));
        return m;
      });
      props.put("quantity", (Double) props.get("quantity") + ((Number) r.get("quantity")).doubleValue());
    }
    carried.values().forEach(props -> {
      props.put("quantity", Double.valueOf(Table.cell((Double) props.get("quantity"))));
      features.add(feature(line(net, net.links().get((String) props.get("link"))), props));
    });
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("type", "FeatureCollection");
    doc.put("features", features);
    return doc;
  }

  private static Map<String, Object> feature(Map<String, Object> geometry, Map<String, Object> props) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("type", "Feature");
    f.put("geometry", geometry);
    f.put("properties", props);
    return f;
  }

  private static Map<String, Object> line(Network net, Link l) {
    return Map.of("type", "LineString", "coordinates", List.of(point(net.node(l.from())), point(net.node(l.to()))));
  }

  private static List<Double> point(Node n) {
    return List.of(n.lon(), n.lat());
  }
}
