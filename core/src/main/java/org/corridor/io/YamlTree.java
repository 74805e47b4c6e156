package org.corridor.io;

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
 * (they allow "billion laughs" memory bombs), as are files over {@link #MAX_BYTES}, nesting deeper than
 * {@link #MAX_DEPTH} and duplicate keys.
 */
public final class YamlTree {
  static final int MAX_BYTES = 1 << 20;
  /** Deepest nesting of maps and lists accepted; data set files need a handful of levels. */
  static final int MAX_DEPTH = 64;

  /** A YAML value and the line it starts on. */
  public sealed interface YNode permits YMap, YList, YScalar {
    int line();
  }

  public record YMap(int line, Map<String, YNode> entries) implements YNode {}

  public record YList(int line, List<YNode> items) implements YNode {}

  public record YScalar(int line, String value) implements YNode {}

  private YamlTree() {}

  /**
   * The tree of {@code path} (a file of the data set {@code folder}, named {@code file} in problems), or
   * empty with the problems recorded. The file is read as {@link DataFiles} reads every file: a regular
   * file inside the folder, at most {@link #MAX_BYTES}, UTF-8. An empty document is reported too.
   */
  public static Optional<YNode> read(Path folder, Path path, String file, Problems problems) {
    return DataFiles.readText(folder, path, file, MAX_BYTES, problems).flatMap(text -> parse(text, file, problems));
  }

  /**
   * Parses {@code text}. Nothing the YAML library throws escapes: every failure becomes a problem with the
   * file and, where known, the line. Nesting deeper than {@link #MAX_DEPTH} is refused before a tree is
   * built, since building it is recursive.
   */
  static Optional<YNode> parse(String text, String file, Problems problems) {
    // The library's reader fails on a character outside the Basic Multilingual Plane (an emoji) that
    // straddles the end of its buffer; a buffer that holds the whole text (at most MAX_BYTES) has no such end.
    return parse(text, file, problems, text.length() + 1);
  }

  /** {@link #parse(String, String, Problems)} with the library's reading buffer of {@code bufferSize} characters. */
  static Optional<YNode> parse(String text, String file, Problems problems, int bufferSize) {
    LoadSettings settings = LoadSettings.builder().setLabel(file).setCodePointLimit(MAX_BYTES)
        .setMaxAliasesForCollections(0).setBufferSize(bufferSize).build();
    int lastLine = 0;
    try {
      int depth = 0;
      for (Event e : new Parse(settings).parseString(text)) {
        lastLine = line(e.getStartMark());
        boolean anchored = e instanceof NodeEvent n && n.getAnchor().isPresent();
        if (e instanceof AliasEvent || anchored) {
          problems.error(file, lastLine, null, null, "YAML anchors and aliases are not allowed",
              "write the value out in full");
          return Optional.empty();
        }
        if (e.getEventId() == Event.ID.MappingStart || e.getEventId() == Event.ID.SequenceStart) {
          if (++depth > MAX_DEPTH) {
            problems.error(file, lastLine, null, null, "YAML is nested more than " + MAX_DEPTH + " levels deep",
                "a data set's YAML needs a few levels; check the indentation and brackets");
            return Optional.empty();
          }
        } else if (e.getEventId() == Event.ID.MappingEnd || e.getEventId() == Event.ID.SequenceEnd) {
          depth--;
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
      problems.error(file, lastLine, null, null, "malformed YAML: " + e.getMessage(), null);
    } catch (RuntimeException | StackOverflowError e) {
      // The library's own failures (an IndexOutOfBoundsException on long runs of emoji, for one) are a
      // problem of this file, not a crash of the program.
      problems.error(file, lastLine, null, null, "the YAML reader failed " + (lastLine > 0 ? "after line "
          + lastLine : "at the start") + " (" + e.getClass().getSimpleName() + (e.getMessage() == null ? ""
          : ": " + e.getMessage()) + ")", "simplify the text there (very long runs of emoji or symbols are a known "
          + "cause) and check the file is plain YAML");
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
