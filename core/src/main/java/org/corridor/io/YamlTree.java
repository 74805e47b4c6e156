package org.corridor.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Safe YAML reading into a small tree that keeps line numbers. Anchors and aliases are refused outright
 * (they allow "billion laughs" memory bombs), as are files over {@link #MAX_BYTES} and duplicate keys.
 */
public final class YamlTree {
  static final int MAX_BYTES = 1 << 20;

  /** A YAML value and the line it starts on. */
  public sealed interface YNode permits YMap, YList, YScalar {
    int line();
  }

  public record YMap(int line, Map<String, YNode> entries) implements YNode {}

  public record YList(int line, List<YNode> items) implements YNode {}

  public record YScalar(int line, String value) implements YNode {}

  private YamlTree() {}

  /** The file's tree, or empty with the problems recorded. An empty document is reported too. */
  public static Optional<YNode> read(Path path, String file, Problems problems) {
    String text;
    try {
      if (Files.size(path) > MAX_BYTES) {
        problems.error(file, 0, null, null, "file is larger than " + MAX_BYTES + " bytes");
        return Optional.empty();
      }
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      problems.error(file, 0, null, null, "cannot read: " + e.getMessage());
      return Optional.empty();
    }
    return parse(text, file, problems);
  }

  static Optional<YNode> parse(String text, String file, Problems problems) {
    LoadSettings settings = LoadSettings.builder().setLabel(file).setCodePointLimit(MAX_BYTES)
        .setMaxAliasesForCollections(0).build();
    try {
      for (Event e : new Parse(settings).parseString(text)) {
        boolean anchored = e instanceof NodeEvent n && n.getAnchor().isPresent();
        if (e instanceof AliasEvent || anchored) {
          problems.error(file, line(e.getStartMark()), null, null, "YAML anchors and aliases are not allowed",
              "write the value out in full");
          return Optional.empty();
        }
      }
      Optional<Node> root = new Compose(settings).composeString(text);
      if (root.isEmpty()) {
        problems.error(file, 0, null, null, "file is empty");
        return Optional.empty();
      }
      return Optional.of(convert(root.get(), file, problems));
    } catch (MarkedYamlEngineException e) {
      problems.error(file, line(e.getProblemMark()), null, null, "malformed YAML: " + e.getProblem(), null);
    } catch (YamlEngineException e) {
      problems.error(file, 0, null, null, "malformed YAML: " + e.getMessage(), null);
    }
    return Optional.empty();
  }

  private static int line(Optional<org.snakeyaml.engine.v2.exceptions.Mark> mark) {
    return mark.map(m -> m.getLine() + 1).orElse(0);
  }

  private static YNode convert(Node node, String file, Problems problems) {
    int line = line(node.getStartMark());
    if (node instanceof MappingNode m) {
      Map<String, YNode> entries = new LinkedHashMap<>();
      for (NodeTuple t : m.getValue()) {
        String key = t.getKeyNode() instanceof ScalarNode s ? s.getValue() : String.valueOf(t.getKeyNode());
        if (entries.containsKey(key)) {
          problems.error(file, line(t.getKeyNode().getStartMark()), key, null, "duplicate key `" + key + "`", null);
        }
        entries.put(key, convert(t.getValueNode(), file, problems));
      }
      return new YMap(line, entries);
    }
    if (node instanceof SequenceNode s) {
      List<YNode> items = new ArrayList<>();
      s.getValue().forEach(n -> items.add(convert(n, file, problems)));
      return new YList(line, items);
    }
    return new YScalar(line, ((ScalarNode) node).getValue());
  }
}
