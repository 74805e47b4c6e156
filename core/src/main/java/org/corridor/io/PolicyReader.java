package org.corridor.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.corridor.io.YamlTree.YList;
import org.corridor.io.YamlTree.YNode;
import org.corridor.model.Mode;
import org.corridor.model.Network;
import org.corridor.model.SourceRef;
import org.corridor.model.Validity;
import org.corridor.policy.CapacityChange;
import org.corridor.policy.CostChange;
import org.corridor.policy.ExportBan;
import org.corridor.policy.ImportBan;
import org.corridor.policy.Policy;
import org.corridor.policy.TransitBan;

/** Reads policy maps (from {@code policies.yaml} or a scenario) and checks their references. */
final class PolicyReader {
  static final Set<String> KEYS = Set.of("id", "kind", "actor", "commodities", "origins", "destinations", "modes",
      "except_links", "link", "node", "factor", "cost_delta", "tariff_factor", "from", "to", "description",
      "sources");
  static final List<String> KINDS = java.util.Arrays.stream(Policy.Kind.values()).map(Policy.Kind::yamlName)
      .toList();

  private final Network network;
  private final Problems problems;

  PolicyReader(Network network, Problems problems) {
    this.network = network;
    this.problems = problems;
  }

  List<Policy> readList(YNode node, String file) {
    List<Policy> out = new ArrayList<>();
    if (!(node instanceof YList list)) {
      problems.error(file, node.line(), null, null, "expected a list of policies", "start each policy with `- id: ...`");
      return out;
    }
    Set<String> ids = new HashSet<>();
    for (YNode item : list.items()) {
      Policy p = read(item, file);
      if (p != null) {
        if (!ids.add(p.id())) {
          problems.error(file, item.line(), "id", p.id(), "duplicate policy id `" + p.id() + "`", null);
        }
        out.add(p);
      }
    }
    return out;
  }

  Policy read(YNode node, String file) {
    YamlFields f = YamlFields.of(node, file, problems, "a policy");
    if (f == null) {
      return null;
    }
    f.allowOnly(KEYS);
    int before = problems.errorCount();
    String id = f.text("id", true);
    String kindName = f.text("kind", true);
    Policy.Kind kind = kindName == null ? null : Policy.Kind.fromYaml(kindName).orElse(null);
    if (kindName != null && kind == null) {
      problems.error(file, f.line("kind"), "kind", kindName, "unknown policy kind `" + kindName + "`; known: "
          + String.join(", ", KINDS), Problems.didYouMean(kindName, KINDS));
      return null;
    }
    LocalDate from = f.date("from", false);
    LocalDate to = f.date("to", false);
    if (from != null && to != null && to.isBefore(from)) {
      problems.error(file, f.line("to"), "to", to.toString(), "`to` " + to + " is before `from` " + from, null);
    }
    Validity validity = new Validity(from, to);
    String description = f.text("description", false);
    SourceRef sources = f.sources(true);
    checkSources(f, sources);
    List<String> commodities = f.list("commodities");
    f.checkRefs("commodities", commodities, network.commodities().keySet(), "commodity");
    Policy p = kind == null ? null : switch (kind) {
      case TRANSIT_BAN, IMPORT_BAN, EXPORT_BAN -> ban(f, kind, id, commodities, validity, description, sources);
      case CAPACITY_CHANGE, COST_CHANGE -> change(f, kind, id, validity, description, sources);
    };
    return problems.errorCount() > before ? null : p;
  }

  private Policy ban(YamlFields f, Policy.Kind kind, String id, List<String> commodities, Validity validity,
      String description, SourceRef sources) {
    String actor = f.text("actor", true);
    Set<String> actors = actorNames();
    if (actor != null && !actors.contains(actor) && !problems.skipsReference("country or bloc")) {
      problems.error(f.file(), f.line("actor"), "actor", actor,
          "unknown country or bloc `" + actor + "`", Problems.didYouMean(actor, actors));
    }
    List<String> origins = f.list("origins");
    f.checkRefs("origins", origins, actors, "country or bloc");
    List<String> destinations = f.list("destinations");
    f.checkRefs("destinations", destinations, actors, "country or bloc");
    List<Mode> modes = new ArrayList<>();
    for (String m : f.list("modes")) {
      try {
        modes.add(Mode.valueOf(m.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        List<String> known = java.util.Arrays.stream(Mode.values()).map(x -> x.name().toLowerCase(Locale.ROOT)).toList();
        problems.error(f.file(), f.line("modes"), "modes", m, "unknown mode `" + m + "`", Problems.didYouMean(m, known));
      }
    }
    List<String> except = f.list("except_links");
    f.checkRefs("except_links", except, network.links().keySet(), "link");
    return switch (kind) {
      case TRANSIT_BAN -> new TransitBan(id, actor, commodities, origins, modes, except, validity, description, sources);
      case IMPORT_BAN -> new ImportBan(id, actor, commodities, origins, validity, description, sources);
      case EXPORT_BAN -> new ExportBan(id, actor, commodities, destinations, validity, description, sources);
      case CAPACITY_CHANGE, COST_CHANGE -> throw new IllegalArgumentException("not a ban: " + kind);
    };
  }

  private Policy change(YamlFields f, Policy.Kind kind, String id, Validity validity, String description,
      SourceRef sources) {
    String link = f.text("link", false);
    String node = f.text("node", false);
    if (kind == Policy.Kind.COST_CHANGE && (link == null || node != null)) {
      problems.error(f.file(), f.line(), "link", link, "a cost change needs `link` (and no `node`)", null);
    } else if ((link == null) == (node == null)) {
      problems.error(f.file(), f.line(), "link", link, "a capacity change needs exactly one of `link` and `node`", null);
    }
    if (link != null) {
      f.checkRefs("link", List.of(link), network.links().keySet(), "link");
    }
    if (node != null) {
      f.checkRefs("node", List.of(node), network.nodes().keySet(), "node");
    }
    if (kind == Policy.Kind.CAPACITY_CHANGE) {
      Double factor = f.number("factor", true, Schema.range("factor"));
      return new CapacityChange(id, link, node, factor == null ? 1 : factor, validity, description, sources);
    }
    Double delta = f.number("cost_delta", false, Schema.range("MUSD/unit change"));
    Double tariffFactor = f.number("tariff_factor", false, Schema.range("factor"));
    return new CostChange(id, link, delta == null ? 0 : delta, tariffFactor == null ? 1 : tariffFactor, validity,
        description, sources);
  }

  private Set<String> actorNames() {
    Set<String> names = new HashSet<>(network.countries().keySet());
    names.addAll(network.blocs().keySet());
    return names;
  }

  private void checkSources(YamlFields f, SourceRef sources) {
    f.checkRefs("sources", sources.sourceIds(), network.sources().keySet(), "source");
  }
}
