package org.corridor.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.corridor.api.BadRequestException;
import org.corridor.api.ScenarioRef;
import org.corridor.api.WhatIf;

/**
 * The arguments of one request, from the query of a GET or the JSON object of a POST, checked against the
 * names its route takes: an unknown or repeated name, a value of the wrong type or a body that is not JSON
 * is a {@link BadRequestException} that names the parameter ({@code query.scenario},
 * {@code body.whatIf.bans[0].kind}).
 */
final class Params {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> WHAT_IF_FIELDS = Set.of("policiesOff", "policiesOn", "bans", "closedLinks",
      "closedNodes", "capacities");

  private final Map<String, String> values;
  private final WhatIf whatIf;
  private final String where;

  private Params(Map<String, String> values, WhatIf whatIf, String where) {
    this.values = values;
    this.whatIf = whatIf;
    this.where = where;
  }

  static Params of(Context ctx, long maxBodyBytes, Set<String> allowed) {
    return ctx.method() == HandlerType.POST ? body(ctx, maxBodyBytes, allowed) : query(ctx, allowed);
  }

  private static Params query(Context ctx, Set<String> allowed) {
    Map<String, String> values = new LinkedHashMap<>();
    for (var e : new TreeMap<>(ctx.queryParamMap()).entrySet()) {
      String name = e.getKey();
      if (!allowed.contains(name) || name.equals("whatIf")) {
        Set<String> names = new java.util.TreeSet<>(allowed);
        names.remove("whatIf");
        throw unknown("query." + name, names);
      }
      if (e.getValue().size() != 1) {
        throw new BadRequestException("query." + name + ": given " + e.getValue().size() + " times; give it once");
      }
      values.put(name, e.getValue().get(0));
    }
    return new Params(values, WhatIf.NONE, "query");
  }

  private static Params body(Context ctx, long maxBodyBytes, Set<String> allowed) {
    String length = ctx.header("Content-Length");
    if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxBodyBytes) {
      throw tooLarge(maxBodyBytes);
    }
    byte[] bytes = ctx.bodyAsBytes();
    if (bytes.length > maxBodyBytes) {
      throw tooLarge(maxBodyBytes);
    }
    JsonNode root;
    try {
      root = bytes.length == 0 ? JSON.createObjectNode() : JSON.readTree(bytes);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new BadRequestException("body: not JSON" + (at == null ? "" : " (line " + at.getLineNr() + ", column "
          + at.getColumnNr() + ")") + ": " + e.getOriginalMessage());
    } catch (java.io.IOException e) {
      throw new BadRequestException("body: cannot be read: " + e.getMessage());
    }
    if (root == null || !root.isObject()) {
      throw new BadRequestException("body: must be a JSON object, e.g. {\"scenario\": \"today\", \"whatIf\": {…}}");
    }
    Map<String, String> values = new LinkedHashMap<>();
    WhatIf whatIf = WhatIf.NONE;
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
      var e = it.next();
      String name = e.getKey();
      String field = "body." + name;
      if (!allowed.contains(name)) {
        throw unknown(field, allowed);
      }
      if (name.equals("whatIf")) {
        whatIf = whatIf(e.getValue(), field);
      } else if (e.getValue().isValueNode() && !e.getValue().isNull()) {
        values.put(name, e.getValue().asText());
      } else if (!e.getValue().isNull()) {
        throw new BadRequestException(field + ": must be a string, number or boolean");
      }
    }
    return new Params(values, whatIf, "body");
  }

  private static HttpResponseException tooLarge(long max) {
    return new HttpResponseException(413, "body: larger than " + max + " bytes. Maybe send fewer edits at once.");
  }

  private static BadRequestException unknown(String field, Set<String> allowed) {
    return new BadRequestException(field + ": not a parameter of this route; it takes "
        + String.join(", ", allowed.stream().sorted().toList()));
  }

  static WhatIf whatIf(JsonNode node, String field) {
    if (node.isNull()) {
      return WhatIf.NONE;
    }
    if (!node.isObject()) {
      throw new BadRequestException(field + ": must be an object with any of "
          + String.join(", ", WHAT_IF_FIELDS.stream().sorted().toList()));
    }
    node.fieldNames().forEachRemaining(n -> {
      if (!WHAT_IF_FIELDS.contains(n)) {
        throw unknown(field + "." + n, WHAT_IF_FIELDS);
      }
    });
    List<WhatIf.Ban> bans = new ArrayList<>();
    JsonNode b = node.path("bans");
    if (!b.isMissingNode() && !b.isNull()) {
      if (!b.isArray()) {
        throw new BadRequestException(field + ".bans: must be a list of {kind, country, commodity}");
      }
      for (int i = 0; i < b.size(); i++) {
        bans.add(ban(b.get(i), field + ".bans[" + i + "]"));
      }
    }
    Map<String, Double> capacities = new LinkedHashMap<>();
    JsonNode c = node.path("capacities");
    if (!c.isMissingNode() && !c.isNull()) {
      if (!c.isObject()) {
        throw new BadRequestException(field + ".capacities: must be an object of link id → capacity per year");
      }
      c.fields().forEachRemaining(e -> {
        if (!e.getValue().isNumber()) {
          throw new BadRequestException(field + ".capacities." + e.getKey() + ": must be a number");
        }
        capacities.put(e.getKey(), e.getValue().asDouble());
      });
    }
    return new WhatIf(strings(node, "policiesOff", field), strings(node, "policiesOn", field), bans,
        strings(node, "closedLinks", field), strings(node, "closedNodes", field), capacities);
  }

  private static WhatIf.Ban ban(JsonNode n, String field) {
    if (!n.isObject()) {
      throw new BadRequestException(field + ": must be an object {kind, country, commodity}");
    }
    n.fieldNames().forEachRemaining(k -> {
      if (!Set.of("kind", "country", "commodity").contains(k)) {
        throw unknown(field + "." + k, Set.of("kind", "country", "commodity"));
      }
    });
    String kind = text(n, "kind", field, true);
    return new WhatIf.Ban(WhatIf.BanKind.parse(kind, field + ".kind"), text(n, "country", field, true),
        text(n, "commodity", field, false));
  }

  private static String text(JsonNode n, String name, String field, boolean required) {
    JsonNode v = n.path(name);
    if (v.isMissingNode() || v.isNull()) {
      if (required) {
        throw new BadRequestException(field + "." + name + ": missing");
      }
      return null;
    }
    if (!v.isTextual()) {
      throw new BadRequestException(field + "." + name + ": must be a string");
    }
    return v.asText();
  }

  private static List<String> strings(JsonNode node, String name, String field) {
    JsonNode v = node.path(name);
    if (v.isMissingNode() || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw new BadRequestException(field + "." + name + ": must be a list of ids");
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < v.size(); i++) {
      if (!v.get(i).isTextual()) {
        throw new BadRequestException(field + "." + name + "[" + i + "]: must be a string");
      }
      out.add(v.get(i).asText());
    }
    return out;
  }

  String get(String name) {
    return values.get(name);
  }

  String required(String name) {
    String v = values.get(name);
    if (v == null || v.isBlank()) {
      throw new BadRequestException(where + "." + name + ": missing");
    }
    return v;
  }

  boolean flag(String name) {
    String v = values.get(name);
    if (v == null) {
      return false;
    }
    if (!v.equals("true") && !v.equals("false")) {
      throw new BadRequestException(where + "." + name + ": `" + v + "` is not true or false");
    }
    return v.equals("true");
  }

  LocalDate date(String name) {
    String v = values.get(name);
    return v == null ? null : ScenarioRef.date(v, where + "." + name);
  }

  ScenarioRef scenario(String name) {
    String v = values.get(name);
    return v == null || v.isBlank() ? ScenarioRef.DEFAULT : ScenarioRef.parse(v);
  }

  WhatIf whatIf() {
    return whatIf;
  }

  /** Where the parameters came from: {@code query} or {@code body}. */
  String where() {
    return where;
  }

  /** Prefixes a what-if's own field names with where they came from. */
  String whatIfField() {
    return where + ".whatIf";
  }
}
