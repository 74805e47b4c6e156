package org.corridor.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.corridor.io.YamlTree.YList;
import org.corridor.io.YamlTree.YNode;
import org.corridor.model.Claim;
import org.corridor.model.DaySpan;
import org.corridor.model.Link;
import org.corridor.model.Network;
import org.corridor.model.SourceRef;
import org.corridor.policy.Scenario;

/** Reads {@code claims.yaml} and checks that each claim names things that exist. */
final class ClaimReader {
  private static final Set<String> KEYS = Set.of("id", "text", "metric", "exporter", "transit", "corridor", "link",
      "market", "origin", "commodity", "scenario", "expect", "sources", "kind", "date", "period");
  private static final List<String> KINDS = java.util.Arrays.stream(Claim.Kind.values()).map(Claim.Kind::label).toList();
  private static final Map<String, List<String>> NEEDS = Map.of(
      "transit_share", List.of("exporter", "transit", "commodity"),
      "route_share", List.of("exporter", "corridor", "commodity"),
      "link_flow", List.of("link"),
      "corridor_flow", List.of("corridor", "commodity"),
      "exports", List.of("exporter", "commodity"),
      "delivered", List.of("market", "commodity"));

  private final Network net;
  private final Map<String, Scenario> scenarios;
  private final Problems problems;
  private final String file;

  /** Reads claims from {@code file} (its name in problems: {@code claims.yaml} or {@code claims.yml}). */
  ClaimReader(Network net, Map<String, Scenario> scenarios, Problems problems, String file) {
    this.net = net;
    this.scenarios = scenarios;
    this.problems = problems;
    this.file = file;
  }

  /** The claims of {@code path}, a file of the data set {@code folder}. */
  List<Claim> read(Path folder, Path path) {
    List<Claim> out = new ArrayList<>();
    YNode root = YamlTree.read(folder, path, file, problems).orElse(null);
    if (root == null) {
      return out;
    }
    if (!(root instanceof YList list)) {
      problems.error(file, root.line(), null, null, "expected a list of claims", null);
      return out;
    }
    Set<String> ids = new HashSet<>();
    for (YNode item : list.items()) {
      Claim c = claim(item);
      if (c != null && !ids.add(c.id())) {
        problems.error(file, item.line(), "id", c.id(), "duplicate claim id `" + c.id() + "`", null);
      } else if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  private Claim claim(YNode item) {
    YamlFields f = YamlFields.of(item, file, problems, "a claim");
    if (f == null) {
      return null;
    }
    f.allowOnly(KEYS);
    int before = problems.errorCount();
    String metric = f.text("metric", true);
    if (metric != null && !Claim.METRICS.contains(metric)) {
      problems.error(file, f.line("metric"), "metric", metric, "unknown metric `" + metric + "`; known: "
          + String.join(", ", Claim.METRICS), Problems.didYouMean(metric, Claim.METRICS));
      return null;
    }
    for (String need : metric == null ? List.<String>of() : NEEDS.get(metric)) {
      f.text(need, true);
    }
    Claim.Kind kind = kind(f);
    java.time.LocalDate date = f.date("date", false);
    DaySpan period = period(f, date);
    checkRefs(f);
    Double[] bounds = expect(f);
    SourceRef sources = f.sources(true);
    f.checkRefs("sources", sources.sourceIds(), net.sources().keySet(), "source");
    if (problems.errorCount() > before) {
      return null;
    }
    return new Claim(f.text("id", true), f.text("text", true), metric, kind, f.text("exporter", false),
        f.text("transit", false), f.text("corridor", false), f.text("link", false), f.text("market", false),
        f.text("origin", false), f.text("commodity", false), f.text("scenario", false), date, period, bounds[0], bounds[1],
        expectText(bounds), sources, f.line());
  }

  /** Required: whether the claim's figure set an input ({@code calibration}) or must come from the routing ({@code test}). */
  private Claim.Kind kind(YamlFields f) {
    String v = f.text("kind", false);
    if (v == null) {
      problems.error(file, f.line(), "kind", null, "required key `kind` is missing",
          "write `kind: calibration` if the claim's figure was used to set an input, else `kind: test`");
      return null;
    }
    if (!KINDS.contains(v)) {
      problems.error(file, f.line("kind"), "kind", v, "unknown claim kind `" + v + "`; known: " + String.join(", ", KINDS),
          Problems.didYouMean(v, KINDS));
      return null;
    }
    return Claim.Kind.valueOf(v.toUpperCase(java.util.Locale.ROOT));
  }

  /** Optional: the days the claim's volumes sum over, as {@code --period} reads them; never beside a {@code date}. */
  private DaySpan period(YamlFields f, java.time.LocalDate date) {
    String v = f.text("period", false);
    if (v == null) {
      return null;
    }
    if (date != null || f.has("date")) {
      problems.error(file, f.line("period"), "period", v, "a claim takes a `date` (a rate on one day) or a `period` "
          + "(volumes over its days), not both", "keep the one the source's figure is about");
      return null;
    }
    try {
      return DaySpan.parse(v);
    } catch (IllegalArgumentException e) {
      problems.error(file, f.line("period"), "period", v, "`" + v + "` is not a period" + e.getMessage(),
          "write " + DaySpan.FORMS);
      return null;
    }
  }

  private void checkRefs(YamlFields f) {
    Set<String> corridors = new HashSet<>();
    net.links().values().stream().map(Link::corridor).filter(Objects::nonNull).forEach(corridors::add);
    Set<String> markets = new HashSet<>(net.countries().keySet());
    markets.addAll(net.nodes().keySet());
    ref(f, "exporter", net.countries().keySet(), "country");
    ref(f, "transit", net.countries().keySet(), "country");
    ref(f, "origin", net.countries().keySet(), "country");
    ref(f, "commodity", net.commodities().keySet(), "commodity");
    ref(f, "link", net.links().keySet(), "link");
    ref(f, "corridor", corridors, "corridor");
    ref(f, "market", markets, "country or node");
    ref(f, "scenario", scenarios.keySet(), "scenario");
  }

  private static void ref(YamlFields f, String key, Set<String> known, String what) {
    String v = f.text(key, false);
    if (v != null) {
      f.checkRefs(key, List.of(v), known, what);
    }
  }

  /** {@code {min: x}}, {@code {max: x}}, both, or {@code {value: x, tolerance: t}} → [min, max]. */
  private Double[] expect(YamlFields f) {
    Double[] none = {null, null};
    if (!f.has("expect")) {
      problems.error(file, f.line(), "expect", null, "required key `expect` is missing",
          "write {min: x}, {max: x} or {value: x, tolerance: t}");
      return none;
    }
    YamlFields e = YamlFields.of(f.node("expect"), file, problems, "expect");
    if (e == null) {
      return none;
    }
    e.allowOnly(Set.of("min", "max", "value", "tolerance"));
    Double value = e.number("value", false);
    if (value != null) {
      Double tol = e.nonNegative("tolerance", true);
      double t = tol == null ? 0 : tol;
      return new Double[] {value - t, value + t};
    }
    Double min = e.number("min", false);
    Double max = e.number("max", false);
    if (min == null && max == null) {
      problems.error(file, e.line(), "expect", null, "expect needs min, max, or value with tolerance", null);
    }
    return new Double[] {min, max};
  }

  private static String expectText(Double[] b) {
    if (b[0] != null && b[1] != null) {
      return "[" + fmt(b[0]) + ", " + fmt(b[1]) + "]";
    }
    return b[0] != null ? "≥ " + fmt(b[0]) : b[1] != null ? "≤ " + fmt(b[1]) : "";
  }

  private static String fmt(double d) {
    return new java.math.BigDecimal(d).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
  }
}
