package org.corridor.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.corridor.io.YamlTree.YList;
import org.corridor.io.YamlTree.YMap;
import org.corridor.io.YamlTree.YNode;
import org.corridor.io.YamlTree.YScalar;
import org.corridor.model.SourceRef;

/** Typed reading of one YAML map's keys; problems carry the file and the key's line. */
final class YamlFields {
  private final YMap map;
  private final String file;
  private final Problems problems;

  YamlFields(YMap map, String file, Problems problems) {
    this.map = map;
    this.file = file;
    this.problems = problems;
  }

  static YamlFields of(YNode node, String file, Problems problems, String what) {
    if (node instanceof YMap m) {
      return new YamlFields(m, file, problems);
    }
    problems.error(file, node.line(), null, null, what + " must be a map of keys", null);
    return null;
  }

  String file() {
    return file;
  }

  int line() {
    return map.line();
  }

  int line(String key) {
    YNode n = map.entries().get(key);
    return n == null ? map.line() : n.line();
  }

  boolean has(String key) {
    return map.entries().containsKey(key);
  }

  YNode node(String key) {
    return map.entries().get(key);
  }

  void allowOnly(Set<String> keys) {
    for (String k : map.entries().keySet()) {
      if (!keys.contains(k)) {
        problems.warning(file, line(k), k, null, "unknown key is ignored", Problems.didYouMean(k, keys));
      }
    }
  }

  String text(String key, boolean required) {
    YNode n = map.entries().get(key);
    if (n == null || (n instanceof YScalar s && s.value().isBlank())) {
      if (required) {
        problems.error(file, line(key), key, null, "required key `" + key + "` is missing", null);
      }
      return null;
    }
    if (n instanceof YScalar s) {
      return s.value().strip();
    }
    problems.error(file, n.line(), key, null, "`" + key + "` must be a single value", null);
    return null;
  }

  /** A scalar or a list of scalars, as a list. */
  List<String> list(String key) {
    YNode n = map.entries().get(key);
    List<String> out = new ArrayList<>();
    if (n == null) {
      return out;
    }
    if (n instanceof YScalar s) {
      if (!s.value().isBlank()) {
        out.add(s.value().strip());
      }
    } else if (n instanceof YList l) {
      for (YNode item : l.items()) {
        if (item instanceof YScalar s) {
          out.add(s.value().strip());
        } else {
          problems.error(file, item.line(), key, null, "items of `" + key + "` must be single values", null);
        }
      }
    } else {
      problems.error(file, n.line(), key, null, "`" + key + "` must be a value or a list", null);
    }
    return out;
  }

  /** A date, read as CSV dates are ({@link Schema#date}): YYYY-MM-DD within the schema's window. */
  LocalDate date(String key, boolean required) {
    String v = text(key, required);
    return v == null ? null : reported(key, v, Schema.date(v));
  }

  /** A number in plain decimal notation ({@link Schema#number}), with no range beyond being finite. */
  Double number(String key, boolean required) {
    return number(key, required, (Schema.Range) null);
  }

  /** A number in plain decimal notation within {@code range} (null: any finite number). */
  Double number(String key, boolean required, Schema.Range range) {
    String v = text(key, required);
    return v == null ? null : reported(key, v, Schema.number(v, range));
  }

  /** A number read as the schema column {@code attribute} is read from CSV, with its unit's range. */
  Double number(String key, boolean required, Schema.Attribute attribute) {
    return number(key, required, attribute.range());
  }

  Double nonNegative(String key, boolean required) {
    Double d = number(key, required);
    if (d != null && d < 0) {
      problems.error(file, line(key), key, text(key, false), "`" + text(key, false) + "` is negative",
          "use a value ≥ 0");
      return null;
    }
    return d;
  }

  private <T> T reported(String key, String v, Schema.Parsed<T> parsed) {
    if (parsed.value() == null) {
      problems.error(file, line(key), key, v, parsed.message(), parsed.hint());
    }
    return parsed.value();
  }

  SourceRef sources(boolean required) {
    List<String> items = list("sources");
    SourceRef ref = SourceRef.parse(String.join("; ", items));
    if (required && ref.isEmpty()) {
      problems.error(file, line("sources"), "sources", null, "no source given",
          "name source ids from sources.csv, or write `estimate:` followed by the reasoning");
    }
    return ref;
  }

  /** Reports each name that is not in {@code known}. */
  void checkRefs(String key, Collection<String> names, Collection<String> known, String what) {
    for (String n : names) {
      if (!known.contains(n) && !problems.skipsReference(what)) {
        problems.error(file, line(key), key, n, "unknown " + what + " `" + n + "`", Problems.didYouMean(n, known));
      }
    }
  }
}
