package org.corridor.server;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.corridor.api.Answer;
import org.corridor.api.BadRequestException;
import org.corridor.api.Corridor;
import org.corridor.api.RunOptions;
import org.corridor.api.Step;
import org.corridor.api.WhatIf;
import org.corridor.policy.Scenario;
import org.corridor.report.AnalysisRun;
import org.corridor.report.Table;
import org.corridor.report.html.HtmlReport;
import org.corridor.report.TableFormat;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.SolverKind;

/**
 * The API's handlers: each parses its parameters, asks {@link Corridor} one question (through the
 * {@link SolveGate} when it solves) and renders the answer as the command line's JSON form,
 * {@code {"summary", "tables": [{name, title, run_id, columns, rows}]}}, every column with its type and unit.
 */
final class Api {
  private static final Set<String> SCENARIO = Set.of("scenario", "whatIf", "csv");

  private final Corridor corridor;
  private final ServerConfig config;
  private final SolveGate gate;
  private final SolveGate sweeps;
  private final RunOptions options;

  Api(Corridor corridor, ServerConfig config) {
    this.corridor = corridor;
    this.config = config;
    this.gate = new SolveGate(config.maxSolves(), config.queue(), (long) (config.solveSeconds() * 1000));
    // Sweeps (hundreds of solves: leverage, N-1, timeline, the main job) have places of their own, so that a
    // page's panels never hold up the two solves of a what-if.
    this.sweeps = new SolveGate(Math.max(1, config.maxSolves() / 2), config.queue(),
        (long) (config.solveSeconds() * 1000));
    // One thread per question: the server answers several questions at once instead.
    this.options = new RunOptions(new SolveOptions(SolverKind.AUTO, config.solveSeconds()), 1);
  }

  void info(Context ctx) {
    Params.of(ctx, config.maxBodyBytes(), Set.of());
    json(ctx, Json.write(corridor.info()));
  }

  void sources(Context ctx) {
    Params p = Params.of(ctx, config.maxBodyBytes(), Set.of("csv"));
    answer(ctx, p, corridor.sources());
  }

  void solve(Context ctx) {
    Params p = Params.of(ctx, config.maxBodyBytes(), Set.of("csv", "scenario", "whatIf", "nodePrices"));
    Scenario s = scenario(p);
    answer(ctx, p, gate.run(() -> corridor.solve(s, options, p.flag("nodePrices"))));
  }

  /** GET: two scenarios as the command line takes them ({@code a}, {@code b}); POST: a scenario against its what-if. */
  void diff(Context ctx) {
    Params p = Params.of(ctx, config.maxBodyBytes(), Set.of("csv", "a", "b", "scenario", "whatIf"));
    Scenario a;
    Scenario b;
    if (p.get("a") != null || p.get("b") != null) {
      if (p.get("scenario") != null || !p.whatIf().isEmpty()) {
        throw new BadRequestException("diff takes either a and b (two scenarios) or scenario and whatIf, not both");
      }
      a = corridor.scenario(org.corridor.api.ScenarioRef.parse(p.required("a")), WhatIf.NONE);
      b = corridor.scenario(org.corridor.api.ScenarioRef.parse(p.required("b")), WhatIf.NONE);
    } else {
      a = corridor.scenario(p.scenario("scenario"), WhatIf.NONE);
      b = scenario(p);
    }
    answer(ctx, p, gate.run(() -> corridor.diff(a, b, options)));
  }

  void shares(Context ctx) {
    Params p = Params.of(ctx, config.maxBodyBytes(), Set.of("csv", "scenario", "whatIf", "exporter", "commodity", "all"));
    Scenario s = scenario(p);
    answer(ctx, p, gate.run(() -> corridor.shares(s, options, p.required("exporter"), p.get("commodity"), p.flag("all"))));
  }

  void leverage(Context ctx) {
    Params p = Params.of(ctx, config.maxBodyBytes(), Set.of("csv", "scenario", "whatIf", "levers", "commodity"));
    Scenario s = scenario(p);
    var levers = Corridor.levers(p.get("levers") == null ? null : java.util.List.of(p.get("levers").split(",")));
    answer(ctx, p, sweeps.run(() -> corridor.leverage(s, options, levers, p.get("commodity"))));
  }

  void chokepoints(Context ctx) {
    Params p = Params.of(ctx, config.maxBodyBytes(), SCENARIO);
    Scenario s = scenario(p);
    answer(ctx, p, sweeps.run(() -> corridor.chokepoints(s, options)));
  }

  void timeline(Context ctx) {
    Params p = Params.of(ctx, config.maxBodyBytes(), Set.of("csv", "scenario", "whatIf", "from", "to", "step"));
    Scenario s = scenario(p);
    Step step = step(p.get("step"));
    answer(ctx, p, sweeps.run(() -> corridor.timeline(s, p.date("from"), p.date("to"), step, options)));
  }

  /** The scenario against itself with the what-if, as the page's map and diff table need it. */
  void compare(Context ctx) {
    Params p = Params.of(ctx, config.maxBodyBytes(), SCENARIO);
    Scenario base = corridor.scenario(p.scenario("scenario"), WhatIf.NONE);
    Scenario changed = scenario(p);
    answer(ctx, p, gate.run(() -> corridor.compare(base, changed, options)));
  }

  /** The main job's tables (leverage, chokepoints, routes, event costs, timeline, ...) for the panels. */
  void analysis(Context ctx) {
    Params p = Params.of(ctx, config.maxBodyBytes(), Set.of("csv", "scenario", "whatIf", "step"));
    Scenario s = scenario(p);
    Step step = step(p.get("step"));
    answer(ctx, p, sweeps.run(() -> {
      AnalysisRun run = corridor.analyze(s, options, step);
      List<Table> tables = corridor.tables(run, options, step);
      return new Answer(null, tables, "leverage-totals");
    }));
  }

  /** The offline HTML report of the scenario with its what-if, as {@code corridor analyze} writes it. */
  void report(Context ctx) {
    Params p = Params.of(ctx, config.maxBodyBytes(), Set.of("scenario", "whatIf", "step"));
    Scenario s = scenario(p);
    Step step = step(p.get("step"));
    String html = sweeps.run(() -> HtmlReport.render(corridor.analyze(s, options, step),
        "Corridor: " + corridor.data().folder().getFileName() + (p.whatIf().isEmpty() ? "" : " with a what-if")));
    ctx.contentType("text/html; charset=utf-8");
    ctx.header("Content-Disposition", "attachment; filename=\"corridor-report.html\"");
    ctx.result(html);
  }

  /** Nodes, links and the flows of a solve as one GeoJSON FeatureCollection. */
  void geojson(Context ctx) {
    Params p = Params.of(ctx, config.maxBodyBytes(), Set.of("scenario", "whatIf"));
    Scenario s = scenario(p);
    Answer a = gate.run(() -> corridor.solve(s, options, false));
    ctx.contentType("application/geo+json; charset=utf-8");
    ctx.result(Json.write(GeoJson.of(corridor.data().network(), a.table("flows"))));
  }

  private Scenario scenario(Params p) {
    WhatIf w = p.whatIf();
    try {
      w.validate(corridor.data());
    } catch (BadRequestException e) {
      throw new BadRequestException(p.whatIfField() + "." + e.getMessage());
    }
    return corridor.scenario(p.scenario("scenario"), w);
  }

  private static Step step(String text) {
    if (text == null) {
      return Step.quarter;
    }
    try {
      return Step.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException("step: unknown step `" + text + "`. Maybe use month, quarter or year.");
    }
  }

  /**
   * The command line's JSON form of an answer, the same bytes as {@code --format json}; with {@code csv=TABLE},
   * that one table as {@code --format csv --table TABLE} writes it (a download).
   */
  static void answer(Context ctx, Params p, Answer a) {
    String csv = p.get("csv");
    if (csv != null) {
      Table t = a.tables().stream().filter(x -> x.name().equals(csv)).findFirst().orElseThrow(() ->
          new BadRequestException(p.where() + ".csv: no table `" + csv + "` in this answer; it has "
              + String.join(", ", a.tables().stream().map(Table::name).toList())));
      ctx.contentType("text/csv; charset=utf-8");
      ctx.header("Content-Disposition", "attachment; filename=\"" + t.name() + ".csv\"");
      ctx.result(TableFormat.csv(t));
      return;
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    if (a.summary() != null) {
      doc.put("summary", a.summary());
    }
    doc.put("tables", a.tables().stream().map(TableFormat::jsonValue).toList());
    json(ctx, TableFormat.json(doc));
  }

  static void json(Context ctx, String body) {
    ctx.contentType("application/json; charset=utf-8");
    ctx.result(body);
  }
}
