package org.corridor.io;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.corridor.io.YamlTree.YMap;
import org.corridor.io.YamlTree.YNode;
import org.corridor.model.Network;
import org.corridor.policy.Policy;
import org.corridor.policy.Scenario;

/** Reads {@code scenarios/*.yaml} and checks names, parents, link ids, policy ids and overrides. */
final class ScenarioReader {
  private static final Set<String> KEYS = Set.of("name", "description", "extends", "as_of", "policies",
      "drop_policies", "activate_links", "overrides", "sources");
  private static final Map<String, Set<String>> OVERRIDE_FIELDS = Map.of("links", Set.of("capacity", "cost", "tariff"),
      "supply", Set.of("quantity", "cost"), "demand", Set.of("quantity", "price"));

  private final Network network;
  private final List<Policy> basePolicies;
  private final Problems problems;
  private final Map<String, Integer> nameLines = new HashMap<>();
  private final Map<String, String> files = new HashMap<>();
  private final Map<String, YamlFields> fields = new HashMap<>();

  ScenarioReader(Network network, List<Policy> basePolicies, Problems problems) {
    this.network = network;
    this.basePolicies = basePolicies;
    this.problems = problems;
  }

  /**
   * Reads every {@code *.yaml} and {@code *.yml} file (extension in any case) of the sub-folder {@code dir}
   * of the data set {@code folder}. Two files of one scenario name are an error; the first is read.
   */
  Map<String, Scenario> readFolder(Path folder, String dir) {
    Map<String, Scenario> out = new TreeMap<>();
    for (Path p : DataFiles.list(folder, folder.resolve(dir), dir, DataSetLoader.YAML_EXTENSIONS, problems)) {
      String file = dir + "/" + p.getFileName();
      String name = DataSetLoader.stemOf(p);
      if (files.containsKey(name)) {
        problems.error(file, 0, "name", name, "scenario `" + name + "` is also defined by " + files.get(name)
            + ", which is read instead", "keep one of the two files");
        continue;
      }
      files.put(name, file);
      YamlTree.read(folder, p, file, problems).map(t -> read(t, file, name)).ifPresent(s -> out.put(s.name(), s));
    }
    checkChains(out);
    return out;
  }

  /** The line of the {@code name} key in a scenario's file, or 0. */
  int nameLine(String scenario) {
    return nameLines.getOrDefault(scenario, 0);
  }

  /** The file a scenario was read from, as problems name it. */
  String fileOf(String scenario) {
    return files.getOrDefault(scenario, "scenarios/" + scenario + ".yaml");
  }

  /** The line of {@code key} in the scenario's file (of the map when the key is absent), or 0. */
  private int line(String scenario, String key) {
    YamlFields f = fields.get(scenario);
    return f == null ? 0 : f.line(key);
  }

  private Scenario read(YNode tree, String file, String expectedName) {
    YamlFields f = YamlFields.of(tree, file, problems, "a scenario");
    if (f == null) {
      return null;
    }
    f.allowOnly(KEYS);
    fields.put(expectedName, f);
    String name = f.text("name", true);
    nameLines.put(expectedName, f.line("name"));
    if (name != null && !name.equals(expectedName)) {
      problems.error(file, f.line("name"), "name", name, "name `" + name + "` differs from the file name",
          "rename the file to " + name + ".yaml or set name: " + expectedName);
    }
    List<Policy> policies = f.has("policies")
        ? new PolicyReader(network, problems).readList(f.node("policies"), file) : List.of();
    List<String> activate = f.list("activate_links");
    f.checkRefs("activate_links", activate, network.links().keySet(), "link");
    f.checkRefs("sources", f.sources(false).sourceIds(), network.sources().keySet(), "source");
    Map<String, Map<String, Map<String, Double>>> ov = overrides(f, file);
    return new Scenario(expectedName, f.text("description", false), f.text("extends", false),
        f.date("as_of", false), policies, f.list("drop_policies"), activate, ov.get("links"), ov.get("supply"),
        ov.get("demand"), f.sources(false));
  }

  private Map<String, Map<String, Map<String, Double>>> overrides(YamlFields f, String file) {
    Map<String, Map<String, Map<String, Double>>> out = new HashMap<>();
    OVERRIDE_FIELDS.keySet().forEach(k -> out.put(k, new LinkedHashMap<>()));
    if (!f.has("overrides")) {
      return out;
    }
    YamlFields groups = YamlFields.of(f.node("overrides"), file, problems, "overrides");
    if (groups == null) {
      return out;
    }
    groups.allowOnly(OVERRIDE_FIELDS.keySet());
    for (String group : OVERRIDE_FIELDS.keySet()) {
      if (!groups.has(group) || !(groups.node(group) instanceof YMap targets)) {
        continue;
      }
      targets.entries().forEach((target, node) -> {
        checkTarget(group, target, file, node.line());
        YamlFields values = YamlFields.of(node, file, problems, "an override");
        if (values == null) {
          return;
        }
        values.allowOnly(OVERRIDE_FIELDS.get(group));
        Map<String, Double> fields = new HashMap<>();
        for (String field : OVERRIDE_FIELDS.get(group)) {
          Double d = values.number(field, false, Schema.get().attribute(group, field));
          if (d != null) {
            fields.put(field, d);
          }
        }
        out.get(group).put(target, fields);
      });
    }
    return out;
  }

  private void checkTarget(String group, String target, String file, int line) {
    boolean known = switch (group) {
      case "links" -> network.links().containsKey(target);
      case "supply" -> network.supply().stream().anyMatch(s -> (s.node() + "/" + s.commodity()).equals(target));
      default -> network.demand().stream().anyMatch(d -> (d.node() + "/" + d.commodity()).equals(target));
    };
    if (!known && !problems.skipsReference(group.equals("links") ? "link" : group)) {
      String hint = group.equals("links") ? Problems.didYouMean(target, network.links().keySet())
          : "write NODE/commodity for an existing " + group + " row";
      problems.error(file, line, "overrides." + group, target, "unknown " + group + " entry `" + target + "`", hint);
    }
  }

  /** Parents must exist, chains must not loop, and dropped policies must exist somewhere up the chain. */
  private void checkChains(Map<String, Scenario> all) {
    Set<String> basePolicyIds = new HashSet<>();
    basePolicies.forEach(p -> basePolicyIds.add(p.id()));
    for (Scenario s : all.values()) {
      String file = fileOf(s.name());
      Set<String> seen = new HashSet<>();
      Set<String> policyIds = new HashSet<>(basePolicyIds);
      boolean hasDate = false;
      for (Scenario cur = s; cur != null; ) {
        if (!seen.add(cur.name())) {
          problems.error(file, line(s.name(), "extends"), "extends", s.extendsName(), "scenario `" + s.name()
              + "` extends itself through `" + cur.name() + "`", "break the loop of `extends`");
          break;
        }
        cur.policies().forEach(p -> policyIds.add(p.id()));
        hasDate |= cur.asOf() != null;
        String parent = cur.extendsName();
        if (parent != null && !all.containsKey(parent) && cur == s) {
          problems.error(file, line(s.name(), "extends"), "extends", parent, "unknown scenario `" + parent + "`",
              Problems.didYouMean(parent, all.keySet()));
        }
        cur = parent == null ? null : all.get(parent);
      }
      if (!hasDate) {
        problems.error(file, line(s.name(), "name"), "as_of", null, "no as_of date here or in the scenarios it extends",
            null);
      }
      for (String d : s.dropPolicies()) {
        if (!policyIds.contains(d)) {
          problems.error(file, line(s.name(), "drop_policies"), "drop_policies", d, "unknown policy `" + d + "`",
              Problems.didYouMean(d, policyIds));
        }
      }
    }
  }
}
