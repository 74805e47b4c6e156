package org.corridor.io;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridor.io.YamlTree.YList;
import org.corridor.io.YamlTree.YMap;
import org.corridor.io.YamlTree.YNode;
import org.corridor.io.YamlTree.YScalar;
import org.corridor.model.Network;
import org.corridor.policy.Policy;
import org.corridor.policy.RiskEvent;

/**
 * Reads {@code risks.yaml}: groups of correlated events and the events themselves. An event's effect is read
 * by {@link PolicyReader} as a policy of the matching kind, so its references are checked as a policy's are.
 */
final class RiskReader {
  static final Set<String> TOP_KEYS = Set.of("groups", "events");
  static final Set<String> GROUP_KEYS = Set.of("id", "probability", "description", "sources");
  static final Set<String> EVENT_KEYS = Set.of("id", "kind", "ban", "link", "node", "factor", "actor", "commodities",
      "origins", "destinations", "modes", "except_links", "rate", "probability", "duration", "group", "description",
      "sources");
  static final Set<String> DURATION_KEYS = Set.of("shape", "days", "min_days", "max_days", "median_days", "sigma");
  /** Effect keys handed to the policy reader; the others are the event's own. */
  private static final Set<String> EFFECT_KEYS = Set.of("id", "link", "node", "factor", "actor", "commodities",
      "origins", "destinations", "modes", "except_links", "sources");
  private static final List<String> BANS = List.of("transit_ban", "import_ban", "export_ban");
  /** Most starts per year and longest occurrence: beyond these a year is never free of the event. */
  static final Schema.Range RATE = new Schema.Range(0, false, 365, "0 to 365", "starts per year");
  static final Schema.Range PROBABILITY = new Schema.Range(0, false, 1, "0 to 1", "probabilities");
  static final Schema.Range DAYS = new Schema.Range(1, false, 366, "1 to 366", "durations in days");
  static final Schema.Range SIGMA = new Schema.Range(0, false, 5, "0 to 5", "log-standard deviations");

  private final Network network;
  private final Problems problems;
  private final String file;

  RiskReader(Network network, Problems problems, String file) {
    this.network = network;
    this.problems = problems;
    this.file = file;
  }

  RiskEvent.Register read(Path folder, Path path) {
    return YamlTree.read(folder, path, file, problems).map(this::read).orElse(RiskEvent.Register.NONE);
  }

  RiskEvent.Register read(YNode root) {
    YamlFields top = YamlFields.of(root, file, problems, "risks.yaml");
    if (top == null) {
      return RiskEvent.Register.NONE;
    }
    top.allowOnly(TOP_KEYS);
    Map<String, RiskEvent.Group> groups = new LinkedHashMap<>();
    for (YNode item : items(top, "groups")) {
      RiskEvent.Group g = group(item);
      if (g != null && groups.putIfAbsent(g.id(), g) != null) {
        problems.error(file, item.line(), "id", g.id(), "duplicate group id `" + g.id() + "`", null);
      }
    }
    List<RiskEvent> events = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (YNode item : items(top, "events")) {
      RiskEvent e = event(item, groups.keySet());
      if (e != null) {
        if (!ids.add(e.id())) {
          problems.error(file, item.line(), "id", e.id(), "duplicate event id `" + e.id() + "`", null);
        }
        events.add(e);
      }
    }
    return new RiskEvent.Register(List.copyOf(groups.values()), events);
  }

  private List<YNode> items(YamlFields top, String key) {
    YNode n = top.node(key);
    if (n == null) {
      return List.of();
    }
    if (n instanceof YList l) {
      return l.items();
    }
    problems.error(file, n.line(), key, null, "`" + key + "` must be a list", "start each item with `- id: ...`");
    return List.of();
  }

  private RiskEvent.Group group(YNode node) {
    YamlFields f = YamlFields.of(node, file, problems, "a group");
    if (f == null) {
      return null;
    }
    f.allowOnly(GROUP_KEYS);
    int before = problems.errorCount();
    String id = f.text("id", true);
    Double p = f.number("probability", true, PROBABILITY);
    var sources = f.sources(true);
    f.checkRefs("sources", sources.sourceIds(), network.sources().keySet(), "source");
    return problems.errorCount() > before ? null
        : new RiskEvent.Group(id, p, f.text("description", false), sources, f.line());
  }

  private RiskEvent event(YNode node, Set<String> groups) {
    YamlFields f = YamlFields.of(node, file, problems, "an event");
    if (f == null) {
      return null;
    }
    f.allowOnly(EVENT_KEYS);
    int before = problems.errorCount();
    String id = f.text("id", true);
    String kindName = f.text("kind", true);
    RiskEvent.Kind kind = kindName == null ? null : RiskEvent.Kind.fromYaml(kindName).orElse(null);
    if (kindName != null && kind == null) {
      problems.error(file, f.line("kind"), "kind", kindName, "unknown event kind `" + kindName + "`; known: "
          + String.join(", ", RiskEvent.Kind.names()), Problems.didYouMean(kindName, RiskEvent.Kind.names()));
    }
    RiskEvent.Occurrence occurrence = occurrence(f);
    RiskEvent.Duration duration = duration(f);
    String group = f.text("group", false);
    if (group != null) {
      f.checkRefs("group", List.of(group), groups, "group");
      if (occurrence != null && occurrence.poisson()) {
        problems.error(file, f.line("rate"), "rate", f.text("rate", false),
            "an event of a group is drawn once its group strikes: give it a conditional `probability`, not a `rate`",
            null);
      }
    }
    // The policy reader requires and checks the sources of an effect it reads; without one, they are checked here.
    boolean readsEffect = kind != null && id != null;
    var sources = f.sources(!readsEffect);
    Policy effect = readsEffect ? effect(f, (YMap) node, kind) : null;
    return problems.errorCount() > before || effect == null ? null
        : new RiskEvent(id, kind, effect, occurrence, duration, group, f.text("description", false), sources,
            f.line());
  }

  private RiskEvent.Occurrence occurrence(YamlFields f) {
    if (f.has("rate") == f.has("probability")) {
      problems.error(file, f.line(), "rate", null, "an event needs exactly one of `rate` and `probability`",
          "`rate: 0.8` for starts per year (Poisson), `probability: 0.1` for an event that strikes at most once");
      return null;
    }
    if (f.has("rate")) {
      Double r = f.number("rate", true, RATE);
      return r == null ? null : RiskEvent.Occurrence.rate(r);
    }
    Double p = f.number("probability", true, PROBABILITY);
    return p == null ? null : RiskEvent.Occurrence.probability(p);
  }

  private RiskEvent.Duration duration(YamlFields event) {
    YNode n = event.node("duration");
    if (n == null) {
      problems.error(file, event.line(), "duration", null, "required key `duration` is missing",
          "e.g. `duration: {shape: uniform, min_days: 5, max_days: 30}`");
      return null;
    }
    YamlFields f = YamlFields.of(n, file, problems, "`duration`");
    if (f == null) {
      return null;
    }
    f.allowOnly(DURATION_KEYS);
    String shape = f.text("shape", true);
    if (shape == null) {
      return null;
    }
    switch (shape) {
      case "fixed" -> {
        Double d = f.number("days", true, DAYS);
        return d == null ? null : new RiskEvent.Duration(RiskEvent.Duration.Shape.FIXED, d, d);
      }
      case "uniform" -> {
        Double a = f.number("min_days", true, DAYS);
        Double b = f.number("max_days", true, DAYS);
        if (a != null && b != null && b < a) {
          problems.error(file, f.line("max_days"), "max_days", f.text("max_days", false),
              "`max_days` is below `min_days` " + f.text("min_days", false), null);
          return null;
        }
        return a == null || b == null ? null : new RiskEvent.Duration(RiskEvent.Duration.Shape.UNIFORM, a, b);
      }
      case "lognormal" -> {
        Double m = f.number("median_days", true, DAYS);
        Double s = f.number("sigma", true, SIGMA);
        return m == null || s == null ? null : new RiskEvent.Duration(RiskEvent.Duration.Shape.LOGNORMAL, m, s);
      }
      default -> {
        List<String> known = List.of("fixed", "uniform", "lognormal");
        problems.error(file, f.line("shape"), "shape", shape, "unknown duration shape `" + shape + "`; known: "
            + String.join(", ", known), Problems.didYouMean(shape, known));
        return null;
      }
    }
  }

  /** The event's effect as a policy read by {@link PolicyReader}: the map re-keyed as that policy's map. */
  private Policy effect(YamlFields f, YMap map, RiskEvent.Kind kind) {
    Map<String, YNode> entries = new HashMap<>();
    map.entries().forEach((k, v) -> {
      if (EFFECT_KEYS.contains(k)) {
        entries.put(k, v);
      }
    });
    switch (kind) {
      case OUTAGE -> {
        if (f.has("factor")) {
          problems.error(file, f.line("factor"), "factor", f.text("factor", false),
              "an outage stops its link or node: it takes no `factor`", "use `kind: capacity_cut` for a partial cut");
          return null;
        }
        entries.put("kind", new YScalar(map.line(), "capacity_change"));
        entries.put("factor", new YScalar(map.line(), "0"));
      }
      case CAPACITY_CUT -> {
        Double factor = f.number("factor", true, Schema.range("factor"));
        if (factor != null && !(factor > 0 && factor < 1)) {
          problems.error(file, f.line("factor"), "factor", f.text("factor", false),
              "a capacity cut keeps a factor above 0 and below 1 of the capacity", "use `kind: outage` for 0");
          return null;
        }
        entries.put("kind", new YScalar(map.line(), "capacity_change"));
      }
      case BAN -> {
        String ban = f.text("ban", true);
        if (ban == null) {
          return null;
        }
        if (!BANS.contains(ban)) {
          problems.error(file, f.line("ban"), "ban", ban, "unknown ban `" + ban + "`; known: " + String.join(", ", BANS),
              Problems.didYouMean(ban, BANS));
          return null;
        }
        entries.put("kind", new YScalar(f.line("ban"), ban));
      }
    }
    return new PolicyReader(network, problems).read(new YMap(map.line(), entries), file);
  }
}
