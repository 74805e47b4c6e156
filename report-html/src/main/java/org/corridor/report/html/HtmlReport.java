package org.corridor.report.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.corridor.analysis.Chokepoints;
import org.corridor.analysis.PolicyCosts;
import org.corridor.model.Commodity;
import org.corridor.model.Link;
import org.corridor.model.Network;
import org.corridor.report.AnalysisRun;
import org.corridor.report.Findings;
import org.corridor.solve.FlowResult;

/**
 * Renders an {@link AnalysisRun} as one self-contained HTML page: d3 (from its WebJar), topojson-client
 * and the Natural Earth outlines are inlined, and the data goes in as one JSON object, so the page opens
 * offline in any browser. Drawing happens in {@code report.js}.
 */
public final class HtmlReport {
  // Map.of iterates in an order that changes from run to run: sort keys so the page is the same bytes.
  // Every <, > and & is written as a \\u escape, so no data text can open a comment (<!--), close the
  // script (</script>) or start markup inside the <script> element the JSON is embedded in.
  private static final ObjectWriter JSON = new ObjectMapper()
      .enable(com.fasterxml.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
      .writer().with(new ScriptSafeEscapes());
  static final String D3 = "/META-INF/resources/webjars/d3/7.9.0/dist/d3.min.js";

  private HtmlReport() {}

  public static String render(AnalysisRun run, String title) {
    String subtitle = "Scenario " + run.base().snapshot().scenario() + " as of " + run.base().snapshot().asOf()
        + " · " + run.data().network().links().size() + " links · " + run.data().network().sources().size() + " sources";
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("{{TITLE}}", escape(title));
    parts.put("{{SUBTITLE}}", escape(subtitle));
    parts.put("/*D3*/", script(classpath(D3)));
    parts.put("/*TOPOJSON*/", script(resource("vendor/topojson-client.min.js")));
    parts.put("/*WORLD*/", script(resource("vendor/world-atlas-countries-110m.json")));
    parts.put("/*DATA*/", script(json(data(run))));
    parts.put("/*MAP_JS*/", script(resource("corridor-map.js")));
    parts.put("/*PANELS_JS*/", script(resource("corridor-panels.js")));
    parts.put("/*REPORT_JS*/", script(resource("report.js")));
    return fill(resource("report.html"), parts);
  }

  /**
   * The template with each placeholder replaced, in one pass over the template only: a placeholder that
   * appears in inserted text (a title or a node named {@code /*DATA*}{@code /}) stays text.
   */
  static String fill(String template, Map<String, String> parts) {
    StringBuilder out = new StringBuilder(template.length());
    int i = 0;
    while (i < template.length()) {
      String found = null;
      int at = template.length();
      for (String key : parts.keySet()) {
        int k = template.indexOf(key, i);
        if (k >= 0 && k < at) {
          at = k;
          found = key;
        }
      }
      out.append(template, i, at);
      if (found == null) {
        break;
      }
      out.append(parts.get(found));
      i = at + found.length();
    }
    return out.toString();
  }

  static Map<String, Object> data(AnalysisRun run) {
    Network net = run.data().network();
    FlowResult b = run.base();
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("findings", Findings.of(run));
    d.put("commodities", net.commodities().values().stream().map(c -> Map.of("id", c.id(), "unit", c.unit().symbol())).toList());
    Map<String, String> units = new LinkedHashMap<>();
    net.commodities().values().forEach(c -> units.put(c.id(), c.unit().symbol()));
    d.put("units", units);
    d.put("countryNames", net.countries().values().stream().map(c -> c.name()).toList());
    d.put("nodes", net.nodes().values().stream().map(n -> Map.of("id", n.id(), "name", n.name(), "country", n.country(),
        "lat", n.lat(), "lon", n.lon())).toList());
    d.put("links", links(b, net));
    d.put("leverageTotals", run.leverageTotals());
    d.put("leverage", run.leverage().stream().sorted((x, y) -> Double.compare(y.targetLoss(), x.targetLoss()))
        .limit(60).toList());
    d.put("chokepoints", chokepoints(run, net));
    d.put("routes", run.routes());
    d.put("timeline", run.timeline().stream().map(r -> Map.of("date", r.date().toString(), "indicator", r.indicator(),
        "value", Double.isNaN(r.value()) ? 0 : r.value(), "unit", r.unit())).toList());
    List<PolicyCosts.Row> events = new ArrayList<>();
    run.eventCosts().values().forEach(events::addAll);
    d.put("events", events.stream().filter(e -> Math.abs(e.totalCost()) >= 0.5).toList());
    d.put("sources", net.sources().values().stream().map(s -> Map.of("id", s.id(), "title", nz(s.title()),
        "publisher", nz(s.publisher()), "date", s.date() == null ? "" : s.date().toString(), "address", nz(s.address())))
        .toList());
    return d;
  }

  private static List<Map<String, Object>> links(FlowResult b, Network net) {
    Map<String, Map<String, double[]>> flows = new LinkedHashMap<>();
    for (FlowResult.LinkFlow f : b.flows()) {
      Commodity c = net.commodities().get(f.commodity());
      double[] a = flows.computeIfAbsent(f.link(), k -> new LinkedHashMap<>()).computeIfAbsent(f.commodity(), k -> new double[2]);
      a[0] += f.quantity();
      a[1] += f.quantity() * c.value();
    }
    List<Map<String, Object>> out = new ArrayList<>();
    for (Link l : b.snapshot().links()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", l.id());
      m.put("name", nz(l.name()));
      m.put("from", l.from());
      m.put("to", l.to());
      m.put("mode", l.mode().name().toLowerCase(java.util.Locale.ROOT));
      Map<String, Object> f = new LinkedHashMap<>();
      flows.getOrDefault(l.id(), Map.of()).forEach((c, v) -> f.put(c, Map.of("q", v[0], "value", v[1])));
      m.put("flows", f);
      out.add(m);
    }
    return out;
  }

  private static List<Map<String, Object>> chokepoints(AnalysisRun run, Network net) {
    return run.chokepoints().ranking().stream().filter(Chokepoints.Row::solved).filter(r -> r.welfareLoss() > 0.5)
        .limit(15).map(r -> {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("element", r.element());
          m.put("label", r.element().equals("link") && net.links().get(r.id()).name() != null
              ? r.id() + " (" + net.links().get(r.id()).name() + ")" : r.id());
          m.put("welfareLoss", r.welfareLoss());
          m.put("biggestLoser", nz(r.biggestLoser()));
          return m;
        }).toList();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  /**
   * JSON to embed in a script element: {@code <}, {@code >} and {@code &} (and U+2028, U+2029, which old
   * JavaScript engines read as line ends) are written as {@code \\u} escapes, so the text holds no
   * {@code <!--}, {@code </script} or markup whatever the data say, and still parses as the same JSON.
   */
  static String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Jackson's standard escapes, plus {@code < > &} and the two Unicode line separators. */
  private static final class ScriptSafeEscapes extends CharacterEscapes {
    private final int[] ascii = standardAsciiEscapesForJSON();

    ScriptSafeEscapes() {
      ascii['<'] = ESCAPE_STANDARD;
      ascii['>'] = ESCAPE_STANDARD;
      ascii['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch == 0x2028 || ch == 0x2029 ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
  }

  /** Text safe inside a script element: no "</script" can close it early. */
  static String script(String s) {
    return s.replace("</", "<\\/");
  }

  /** Text safe anywhere in HTML, in element content and in quoted attribute values alike. */
  static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
        .replace("'", "&#39;");
  }

  static String resource(String name) {
    return classpath("/org/corridor/report/html/" + name);
  }

  static String classpath(String path) {
    try (InputStream in = HtmlReport.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
