package org.corridor.solve.ortools;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.corridor.api.Answer;

/** The {@code claims} table of a check answer, as a map of column name to cell for each claim id. */
final class ClaimRows {
  private ClaimRows() {}

  static Map<Object, Map<String, Object>> byId(Answer a) {
    var t = a.table("claims");
    return t.rows().stream().collect(Collectors.toMap(r -> r.get(0), r -> {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int i = 0; i < t.columns().size(); i++) {
        m.put(t.columns().get(i).name(), r.get(i));
      }
      return m;
    }));
  }
}
