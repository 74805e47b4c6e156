package org.corridor.api;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.corridor.analysis.CandidateRanking;
import org.corridor.analysis.CandidateYears;
import org.corridor.analysis.Chokepoints;
import org.corridor.analysis.ClaimCheck;
import org.corridor.analysis.DependencyShares;
import org.corridor.analysis.FlowChanges;
import org.corridor.analysis.FocusPairs;
import org.corridor.analysis.Leverage;
import org.corridor.analysis.MinCuts;
import org.corridor.analysis.PeriodDiff;
import org.corridor.analysis.PeriodEvents;
import org.corridor.analysis.PeriodVolumes;
import org.corridor.analysis.PolicyCosts;
import org.corridor.analysis.RiskYears;
import org.corridor.analysis.RouteShares;
import org.corridor.analysis.ScenarioDiff;
import org.corridor.analysis.Timeline;
import org.corridor.analysis.TimelineVolumes;
import org.corridor.model.Candidate;
import org.corridor.policy.AsBuilt;
import org.corridor.policy.DataSet;
import org.corridor.policy.Scenario;
import org.corridor.policy.ScenarioResolver;
import org.corridor.policy.Snapshot;
import org.corridor.report.AnalysisRun;
import org.corridor.report.AnalysisTables;
import org.corridor.report.InvestReport;
import org.corridor.report.PeriodReport;
import org.corridor.report.RunId;
import org.corridor.report.SolveReport;
import org.corridor.report.Table;
import org.corridor.solve.FlowResult;
import org.corridor.solve.LpSolver;
import org.corridor.solve.OriginTags;
import org.corridor.solve.Progress;
import org.corridor.solve.SweepRunner;
import org.corridor.solve.TransitFormulation;
import org.corridor.solve.TransitModel;

/**
 * The questions Corridor answers, one method each, for every front end (command line, server, batch
 * runners): a front end parses its input into these arguments, calls one method, and renders the
 * {@link Answer}'s tables. A base scenario that does not solve is a {@link SolveFailedException}; a
 * request that cannot be answered as asked is a {@link BadRequestException}; every case of a sweep
 * carries its own status.
 *
 * <p>"Today" comes from the injected clock, and sweeps run on executors made by the injected factory,
 * so a caller can fix both. Answers are the same bytes whatever the number of threads.
 */
public final class Corridor {
  /** The version stored with results. */
  public static final String VERSION = "0.1.0";
  /** Most dates a timeline may have: a decade of months, twice over. */
  public static final int MAX_TIMELINE_DATES = 240;
  /** Most sub-periods a period may be cut into: as many solves as a long timeline. */
  public static final int MAX_SUB_PERIODS = 1000;

  private final DataSet data;
  private final LpSolver solver;
  private final Clock clock;
  private final Progress progress;
  private final Function<Integer, ExecutorService> executors;
  private final ScenarioResolver resolver;

  public Corridor(DataSet data, LpSolver solver, Clock clock, Progress progress) {
    this(data, solver, clock, progress, Corridor::daemonPool);
  }

  /** @param executors makes an executor with the given number of threads for one sweep run */
  public Corridor(DataSet data, LpSolver solver, Clock clock, Progress progress,
      Function<Integer, ExecutorService> executors) {
    this.data = data;
    this.solver = solver;
    this.clock = clock;
    this.progress = progress;
    this.executors = executors;
    this.resolver = new ScenarioResolver(data, clock);
  }

  public DataSet data() {
    return data;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /** The data set's scenarios, span of dates, commodities, countries and policies, for a front end's choices. */
  public DataSetInfo info() {
    return DataSetInfo.of(data, Timeline.eventSpan(data, today()));
  }

  /** Every source the data set cites. */
  public Answer sources() {
    String run = RunId.of(data.folder(), "sources");
    return answer(run, "(data set)", null, List.of(Table.of("sources", "Sources", org.corridor.model.Source.class,
        List.copyOf(data.network().sources().values()))), "sources");
  }

  /** Flows, deliveries, stranded supply, welfare and shadow prices of one scenario. */
  public Answer solve(ScenarioRef ref, RunOptions options, boolean nodePrices) {
    return solve(scenario(ref), ref, options, nodePrices);
  }

  /** {@link #solve(ScenarioRef, RunOptions, boolean)} of a scenario made in memory, e.g. by {@link #scenario(ScenarioRef, WhatIf)}. */
  public Answer solve(Scenario scenario, RunOptions options, boolean nodePrices) {
    return solve(scenario, label(scenario), options, nodePrices);
  }

  private Answer solve(Scenario scenario, Object label, RunOptions options, boolean nodePrices) {
    FlowResult r = base(scenario, options);
    String run = runId(options, "solve", label, nodePrices);
    return answer(run, r.snapshot().scenario(), SolveReport.summary(r),
        SolveReport.tables(FocusPairs.of(data, r), r, nodePrices, run),
        "flows");
  }

  /**
   * {@link #solve(ScenarioRef, RunOptions, boolean)} on a smaller program: the origins of a commodity that no
   * rule in force tells apart, and that are not a focus exporter, ship as one class ({@link OriginTags}). Welfare,
   * the flows per link and commodity in sum, supply used and stranded per origin, and capacity prices are those
   * of an optimum of the full program; flows and deliveries of merged origins carry the origin
   * {@link OriginTags#MERGED}. The tables that need every origin's share (destinations, welfare per country) are
   * left out. Focus pairs are the data set's own: with none named, the routes and shares tables are empty.
   */
  public Answer solveMerged(ScenarioRef ref, RunOptions options, boolean nodePrices) {
    Scenario scenario = scenario(ref);
    Snapshot snapshot = resolve(scenario);
    OriginTags tags = OriginTags.DISTINGUISHED.keeping(data.focus().stream().map(DataSet.Focus::exporter).toList());
    TransitFormulation f = TransitFormulation.build(snapshot, tags);
    FlowResult r = SolveFailedException.require(FlowResult.from(f, solver.solve(f.lp(), options.solve()), 0));
    // Classes as the summary counts them: per commodity and origin, a supply node's own quota class not apart.
    int classes = (int) f.classes().stream().map(k -> k.commodity() + "|" + k.origin()).distinct().count();
    String run = runId(options, "solve", ref, nodePrices, "merged origins");
    return answer(run, r.snapshot().scenario(), SolveReport.summary(r, classes),
        SolveReport.mergedTables(data.focus(), r, nodePrices, run), "flows");
  }

  /**
   * Volumes and mean rates over a period: the period is cut at every change of the scenario, each sub-period is
   * solved on its first day and its rates integrated ({@link PeriodVolumes}); what each event in force cut is
   * priced over its days ({@link PeriodEvents}). A sub-period that does not solve is a status, not a number.
   */
  public Answer solve(ScenarioRef ref, Period period, RunOptions options) {
    Scenario sc = periodScenario(ref, "solve");
    List<PeriodVolumes.SubPeriod> parts = subPeriods(period, resolver.changeDates(sc));
    String run = runId(options, "solve", ref, period.from(), period.to());
    return sweep(resolver.resolve(sc.withAsOf(period.from())), options, runner -> {
      List<FlowResult> solved = PeriodVolumes.solve(resolver, sc, parts, runner);
      PeriodVolumes.Result r = PeriodVolumes.of(sc.name(), period.from(), period.to(), parts, solved);
      FlowResult first = solved.stream().filter(FlowResult::isOptimal).findFirst().orElse(solved.get(0));
      List<DataSet.Focus> focus = FocusPairs.of(data, first);
      List<PeriodEvents.Row> events = PeriodEvents.of(resolver, sc, parts, solved, focus, runner);
      return answer(run, sc.name(), PeriodReport.summary(period.toString(), r, events, focus, data.network()),
          PeriodReport.tables(r, events), "period-flows");
    });
  }

  /** The share of an exporter's exports that crosses, or ends in, each country, and the routes it uses. */
  public Answer shares(ScenarioRef ref, RunOptions options, String exporter, String commodity, boolean all) {
    return shares(scenario(ref), ref, options, exporter, commodity, all);
  }

  /** {@link #shares(ScenarioRef, RunOptions, String, String, boolean)} of a scenario made in memory. */
  public Answer shares(Scenario scenario, RunOptions options, String exporter, String commodity, boolean all) {
    return shares(scenario, label(scenario), options, exporter, commodity, all);
  }

  private Answer shares(Scenario scenario, Object label, RunOptions options, String exporter, String commodity,
      boolean all) {
    if (!data.network().countries().containsKey(exporter)) {
      throw new BadRequestException("unknown exporter `" + exporter + "`; known: " + known(data.network().countries().keySet()));
    }
    if (commodity != null && !data.network().commodities().containsKey(commodity)) {
      throw new BadRequestException("unknown commodity `" + commodity + "`; known: "
          + known(data.network().commodities().keySet()));
    }
    FlowResult r = base(scenario, options);
    List<DependencyShares.Row> shares = new ArrayList<>(DependencyShares.of(r, exporter, commodity));
    if (!all) {
      shares.removeIf(s -> s.transit() <= FlowResult.EPS && s.destination() <= FlowResult.EPS);
    }
    shares.sort((a, b) -> Double.compare(b.transitShare() + b.destinationShare(), a.transitShare() + a.destinationShare()));
    Snapshot snap = r.snapshot();
    return answer(runId(options, "shares", label, exporter, commodity, all), snap.scenario(), null, List.of(
        Table.of("shares", "Shares of " + exporter + " exports crossing (transit) or ending in (destination) each "
            + "country, scenario " + snap.scenario() + " as of " + snap.asOf() + " (modelled network only)",
            DependencyShares.Row.class, shares),
        Table.of("routes", "Export routes of " + exporter, RouteShares.Row.class, RouteShares.of(r, exporter, commodity))),
        "shares");
  }

  /**
   * Every claim of the data set against the model; {@code scenario} non-null evaluates all in that one
   * (each still on its own {@code date} or {@code period}, if it names one). Claims of one scenario and date share a
   * solve, claims of one scenario and period the solves of its sub-periods; test claims are checked for
   * pass-through ({@link ClaimCheck}).
   */
  public Answer check(String scenario, RunOptions options) {
    if (data.claims().isEmpty()) {
      throw new BadRequestException(data.folder() + " has no claims.yaml, or it lists no claim");
    }
    List<ClaimCheck.Case> cases = ClaimCheck.cases(data.claims(), scenario,
        (name, date) -> resolver.resolve(scenario(new ScenarioRef(name, date))),
        name -> resolver.changeDates(scenario(new ScenarioRef(name, null))));
    for (ClaimCheck.Case c : cases) {
      if (c.overPeriod() && c.parts().size() > MAX_SUB_PERIODS) {
        throw new BadRequestException("the period " + c.period() + " of claim `" + c.claims().get(0).id() + "` (line "
            + c.claims().get(0).line() + ") has " + c.parts().size() + " sub-periods, more than " + MAX_SUB_PERIODS
            + ". Maybe use a shorter period.");
      }
    }
    List<ClaimCheck.Row> rows = sweep(cases.get(0).snapshot(), options, runner -> {
      List<List<FlowResult>> bases = ClaimCheck.solve(cases, runner);
      bases.forEach(rs -> rs.forEach(SolveFailedException::require));
      return ClaimCheck.rows(cases, bases, runner);
    });
    List<ClaimCheck.Group> groups = ClaimCheck.groups(rows);
    return answer(runId(options, "check", scenario), scenario != null ? scenario : "(each claim's)",
        CheckSummary.of(groups), List.of(
            Table.of("claims", "Claims checked against the model, calibration claims first", ClaimCheck.Row.class, rows),
            Table.of("claim-groups", "Calibration and test claims per period", ClaimCheck.Group.class, groups)),
        "claims");
  }

  /**
   * How many claims of each kind were checked and how many pass. A failing calibration claim means an
   * input was not read as typed, so {@link #fails()}; a failing test claim is a finding about the model.
   */
  public record CheckSummary(int calibrationClaims, int calibrationPassed, int testClaims, int testPassed,
      int passThrough) {
    static CheckSummary of(List<ClaimCheck.Group> groups) {
      int[] n = new int[5];
      for (ClaimCheck.Group g : groups) {
        if (!g.period().equals(ClaimCheck.ALL)) {
          continue;
        }
        boolean test = g.kind().equals(org.corridor.model.Claim.Kind.TEST.label());
        n[test ? 2 : 0] += g.claims();
        n[test ? 3 : 1] += g.passed();
        n[4] += test ? g.passThrough() : 0;
      }
      return new CheckSummary(n[0], n[1], n[2], n[3], n[4]);
    }

    public boolean fails() {
      return calibrationPassed < calibrationClaims;
    }

    /** passed / claims of the test claims, NaN without test claims. */
    public double testPassRate() {
      return testClaims == 0 ? Double.NaN : (double) testPassed / testClaims;
    }
  }

  /** Sensitivity and vulnerability for every actor, target, commodity and lever. */
  public Answer leverage(ScenarioRef ref, RunOptions options, Set<Leverage.Lever> levers, String commodity) {
    return leverage(ref, options, levers, commodity, SweepStore.NONE);
  }

  /** The same, its tables written to {@code store} with the run's parameters; a case is a lever, actor, target and commodity. */
  public Answer leverage(ScenarioRef ref, RunOptions options, Set<Leverage.Lever> levers, String commodity,
      SweepStore store) {
    return leverage(scenario(ref), ref, options, levers, commodity, store);
  }

  /** {@link #leverage(ScenarioRef, RunOptions, Set, String)} of a scenario made in memory. */
  public Answer leverage(Scenario scenario, RunOptions options, Set<Leverage.Lever> levers, String commodity) {
    return leverage(scenario, label(scenario), options, levers, commodity, SweepStore.NONE);
  }

  private Answer leverage(Scenario sc, Object label, RunOptions options, Set<Leverage.Lever> levers,
      String commodity, SweepStore store) {
    if (commodity != null && !data.network().commodities().containsKey(commodity)) {
      throw new BadRequestException("unknown commodity `" + commodity + "`; known: "
          + known(data.network().commodities().keySet()));
    }
    FlowResult base = SolveFailedException.require(model(options).solve(resolver.resolve(sc)));
    List<Leverage.Row> rows = new ArrayList<>(
        sweep(base, options, runner -> new Leverage(resolver, sc, runner).run(base, levers)));
    if (commodity != null) {
      rows.removeIf(r -> !r.commodity().equals(commodity));
    }
    // Largest loss first; cases that did not solve last.
    rows.sort(java.util.Comparator.comparingDouble((Leverage.Row r) -> Double.isNaN(r.targetLoss()) ? 1 : 0)
        .thenComparing(Leverage.Row::targetLoss, java.util.Comparator.reverseOrder()));
    Answer a = answer(runId(options, "leverage", label, levers, commodity), sc.name(), null, List.of(
        Table.of("leverage", "Leverage per actor, target, commodity and lever", Leverage.Row.class, rows),
        Table.of("leverage-totals", "Leverage matrix: the target's loss per lever, actor and target, all commodities",
            Leverage.Total.class, Leverage.totals(rows))), "leverage");
    store.write(sweepRun(a, "leverage", base, options, "levers=" + levers + " commodity="
        + (commodity == null ? "all" : commodity)), a.tables(), LEVERAGE_CASES);
    return a;
  }

  /** N-1 over links, nodes and countries, minimum cuts, and binding capacities by shadow price. */
  public Answer chokepoints(ScenarioRef ref, RunOptions options) {
    return chokepoints(ref, options, SweepStore.NONE);
  }

  /** The same, its tables written to {@code store} with the run's parameters; a case is an element closed. */
  public Answer chokepoints(ScenarioRef ref, RunOptions options, SweepStore store) {
    return chokepoints(scenario(ref), ref, options, store);
  }

  /** The tables of {@code chokepoints} whose rows are N-1 cases: the element closed names the case. */
  private static final List<SweepStore.Cases> CHOKEPOINT_CASES = List.of(
      new SweepStore.Cases("chokepoints", List.of("element", "id")),
      new SweepStore.Cases("chokepoint-losses", List.of("element", "id")),
      new SweepStore.Cases("chokepoint-stranded", List.of("element", "id")));
  /** The tables of {@code leverage} whose rows are cases: lever, actor, target and commodity name one. */
  private static final List<SweepStore.Cases> LEVERAGE_CASES = List.of(
      new SweepStore.Cases("leverage", List.of("lever", "actor", "target", "commodity")));

  private SweepStore.RunInfo sweepRun(Answer a, String command, FlowResult base, RunOptions options,
      String parameters) {
    Table main = a.table(a.mainTable());
    return new SweepStore.RunInfo(main.runId(), RunId.of(data.folder(), "data set"), VERSION, command,
        main.scenario(), base.snapshot().asOf(), options.solve().solver().name().toLowerCase(java.util.Locale.ROOT),
        options.solve().timeLimitSeconds(), parameters);
  }

  /** {@link #chokepoints(ScenarioRef, RunOptions)} of a scenario made in memory. */
  public Answer chokepoints(Scenario scenario, RunOptions options) {
    return chokepoints(scenario, label(scenario), options, SweepStore.NONE);
  }

  private Answer chokepoints(Scenario sc, Object label, RunOptions options, SweepStore store) {
    FlowResult base = SolveFailedException.require(model(options).solve(resolver.resolve(sc)));
    Chokepoints.Result r = sweep(base, options, runner -> new Chokepoints(resolver, sc, runner).run(base));
    Answer a = answer(runId(options, "chokepoints", label), sc.name(), null, List.of(
        Table.of("chokepoints", "N-1: welfare lost in a year when each element closes", Chokepoints.Row.class, r.ranking()),
        Table.of("chokepoint-losses", "N-1 losses per country", Chokepoints.CountryLoss.class, r.countryLosses()),
        Table.of("chokepoint-stranded", "N-1 stranded supply", Chokepoints.Stranded.class, r.stranded()),
        Table.of("min-cuts", "Minimum cuts between each exporter and its foreign markets", MinCuts.Row.class, MinCuts.of(base)),
        Table.of("capacity-prices", "Binding capacities ranked by shadow price", FlowResult.CapacityPrice.class,
            base.capacityPrices())), "chokepoints");
    store.write(sweepRun(a, "chokepoints", base, options, ""), a.tables(), CHOKEPOINT_CASES);
    return a;
  }

  /** Inputs and results that differ between two scenarios, or one scenario at two dates. */
  public Answer diff(ScenarioRef a, ScenarioRef b, RunOptions options) {
    return diff(scenario(a), a, scenario(b), b, options);
  }

  /** {@link #diff(ScenarioRef, ScenarioRef, RunOptions)} of scenarios made in memory, e.g. a base and its what-if. */
  public Answer diff(Scenario a, Scenario b, RunOptions options) {
    return diff(a, label(a), b, label(b), options);
  }

  private Answer diff(Scenario a, Object labelA, Scenario b, Object labelB, RunOptions options) {
    ScenarioDiff.Result d = ScenarioDiff.of(base(a, options), base(b, options));
    return answer(runId(options, "diff", labelA, labelB), d.before() + " vs " + d.after(), null, diffTables(d),
        "diff-results");
  }

  private static List<Table> diffTables(ScenarioDiff.Result d) {
    String head = d.before() + " → " + d.after();
    return List.of(
        Table.of("diff-inputs", "Inputs that differ, " + head, ScenarioDiff.InputChange.class, d.inputs()),
        Table.of("diff-results", "Results that differ, largest change (valued in USD m/yr) first, " + head,
            ScenarioDiff.ResultChange.class, d.top(d.results().size())));
  }

  /**
   * A scenario against its what-if, as a map needs it: the tables of {@link #diff(Scenario, Scenario, RunOptions)},
   * then what became of each link's flow ({@code flow-changes}: same, rerouted, cut, closed) and of each supply
   * node's unused supply ({@code stranded-changes}), all from the same two solves.
   */
  public Answer compare(Scenario a, Scenario b, RunOptions options) {
    FlowResult before = base(a, options);
    FlowResult after = base(b, options);
    ScenarioDiff.Result d = ScenarioDiff.of(before, after);
    List<Table> tables = new ArrayList<>(diffTables(d));
    String head = d.before() + " → " + d.after();
    tables.add(Table.of("flow-changes", "Flow per link and commodity, " + head, FlowChanges.Row.class,
        FlowChanges.flows(before, after)));
    tables.add(Table.of("stranded-changes", "Unused supply per node and commodity that changed, " + head,
        FlowChanges.Stranded.class, FlowChanges.stranded(before, after)));
    return answer(runId(options, "compare", label(a), label(b)), d.before() + " vs " + d.after(), null, tables,
        "diff-results");
  }

  /**
   * What differs between two scenarios over one period: flows, stranded supply and welfare of each integrated
   * over the same sub-periods (cut at the changes of both), as volumes and mean rates.
   */
  public Answer diff(ScenarioRef a, ScenarioRef b, Period period, RunOptions options) {
    Scenario sa = periodScenario(a, "diff");
    Scenario sb = periodScenario(b, "diff");
    java.util.SortedSet<LocalDate> changes = new java.util.TreeSet<>(resolver.changeDates(sa));
    changes.addAll(resolver.changeDates(sb));
    List<PeriodVolumes.SubPeriod> parts = subPeriods(period, changes);
    String head = sa.name() + " → " + sb.name() + " over " + period;
    return sweep(resolver.resolve(sa.withAsOf(period.from())), options, runner -> {
      PeriodVolumes.Result ra = PeriodVolumes.of(sa.name(), period.from(), period.to(), parts,
          PeriodVolumes.solve(resolver, sa, parts, runner));
      PeriodVolumes.Result rb = PeriodVolumes.of(sb.name(), period.from(), period.to(), parts,
          PeriodVolumes.solve(resolver, sb, parts, runner));
      List<PeriodVolumes.Part> both = new ArrayList<>(ra.parts());
      both.addAll(rb.parts());
      return answer(runId(options, "diff", a, b, period.from(), period.to()), sa.name() + " vs " + sb.name(), null,
          List.of(Table.of("diff-period", "Results that differ, largest change (valued in USD m) first, " + head,
              PeriodDiff.Change.class, PeriodDiff.of(ra, rb, data.network())),
          Table.of("sub-periods", "Sub-periods of each scenario, each solved on its first day", PeriodVolumes.Part.class,
              both)), "diff-period");
    });
  }

  /**
   * Indicators of a scenario from one date to another. Null bounds default to the span of the data set's
   * dated events up to today ({@link Timeline#eventSpan}).
   */
  public Answer timeline(ScenarioRef ref, LocalDate from, LocalDate to, Step step, RunOptions options) {
    return timeline(scenario(ref), ref, from, to, step, options);
  }

  /** {@link #timeline(ScenarioRef, LocalDate, LocalDate, Step, RunOptions)} of a scenario made in memory. */
  public Answer timeline(Scenario scenario, LocalDate from, LocalDate to, Step step, RunOptions options) {
    return timeline(scenario, label(scenario), from, to, step, options);
  }

  private Answer timeline(Scenario sc, Object label, LocalDate from, LocalDate to, Step step, RunOptions options) {
    List<LocalDate> dates = timelineDates(from, to, step, null);
    FlowResult first = SolveFailedException.require(model(options).solve(resolver.resolve(sc.withAsOf(dates.get(0)))));
    var focus = FocusPairs.of(data, first);
    List<Timeline.Row> rows = sweep(first, options, runner -> Timeline.of(resolver, sc, dates, focus, runner));
    return answer(runId(options, "timeline", label, dates.get(0), dates.get(dates.size() - 1), step), sc.name(), null,
        List.of(Table.of("timeline", "Indicators of " + sc.name() + " from " + dates.get(0) + " to "
        + dates.get(dates.size() - 1), Timeline.Row.class, rows)), "timeline");
  }

  /**
   * The timeline over a period: step dates from the period's first day, each with its point-in-time indicators
   * ({@link Timeline}) and its window to the next date (the last, to the period's end) integrated
   * ({@link TimelineVolumes}). One sweep solves the period cut at every change and step date; the sub-periods
   * that start on step dates are the timeline's points.
   */
  public Answer timeline(ScenarioRef ref, Period period, Step step, RunOptions options) {
    Scenario sc = periodScenario(ref, "timeline");
    List<LocalDate> dates = timelineDates(period.from(), period.to(), step, null);
    java.util.SortedSet<LocalDate> cuts = new java.util.TreeSet<>(resolver.changeDates(sc));
    cuts.addAll(dates);
    List<PeriodVolumes.SubPeriod> parts = subPeriods(period, cuts);
    List<PeriodVolumes.SubPeriod> windows = TimelineVolumes.windows(dates, period.to());
    String run = runId(options, "timeline", ref, period.from(), period.to(), step);
    return sweep(resolver.resolve(sc.withAsOf(period.from())), options, runner -> {
      List<FlowResult> solved = PeriodVolumes.solve(resolver, sc, parts, runner);
      List<FlowResult> atDates = new ArrayList<>();
      for (int i = 0, d = 0; i < parts.size(); i++) {
        if (d < dates.size() && parts.get(i).from().equals(dates.get(d))) {
          atDates.add(solved.get(i));
          d++;
        }
      }
      FlowResult first = SolveFailedException.require(atDates.get(0));
      List<DataSet.Focus> focus = FocusPairs.of(data, first);
      List<Timeline.Row> points = Timeline.of(resolver, sc, dates, atDates, focus, runner);
      List<TimelineVolumes.Row> volumes = TimelineVolumes.of(sc.name(), windows, parts, solved, focus);
      PeriodVolumes.Result r = PeriodVolumes.of(sc.name(), period.from(), period.to(), parts, solved);
      String span = " from " + period.from() + " to " + period.to() + " by " + step;
      return answer(run, sc.name(), null, List.of(
          Table.of("timeline-volumes", "Indicators of " + sc.name() + " over each " + step + span
              + " (volumes, mean rates, and what the rate on the step date misses)", TimelineVolumes.Row.class, volumes),
          Table.of("timeline", "Indicators of " + sc.name() + " on each step date" + span, Timeline.Row.class, points),
          Table.of("sub-periods", "Sub-periods: days between changes and step dates, each solved on its first day",
              PeriodVolumes.Part.class, r.parts())), "timeline-volumes");
    });
  }

  /** The main job: baseline, shares, leverage, chokepoints, what each event costs, and the timeline. */
  public AnalysisRun analyze(ScenarioRef ref, RunOptions options, Step timelineStep) {
    return analyze(scenario(ref), options, timelineStep);
  }

  /** {@link #analyze(ScenarioRef, RunOptions, Step)} of a scenario made in memory, e.g. with a what-if. */
  public AnalysisRun analyze(Scenario sc, RunOptions options, Step timelineStep) {
    TransitModel model = model(options);
    FlowResult base = SolveFailedException.require(model.solve(resolver.resolve(sc)));
    LocalDate asOf = base.snapshot().asOf();
    List<LocalDate> dates = timelineDates(null, null, timelineStep, asOf);
    var focus = FocusPairs.of(data, base);
    return sweep(base, options, runner -> {
      List<RouteShares.Row> routes = new ArrayList<>();
      List<DependencyShares.Row> shares = new ArrayList<>();
      for (var f : focus) {
        routes.addAll(RouteShares.of(base, f.exporter(), f.commodity()));
        shares.addAll(DependencyShares.of(base, f.exporter(), f.commodity()).stream()
            .filter(r -> r.transit() > FlowResult.EPS || r.destination() > FlowResult.EPS).toList());
      }
      List<Leverage.Row> leverage = new Leverage(resolver, sc, runner).run(base, EnumSet.allOf(Leverage.Lever.class));
      Chokepoints.Result chokepoints = new Chokepoints(resolver, sc, runner).run(base);
      Map<String, List<PolicyCosts.Row>> costs = eventCosts(runner);
      List<Timeline.Row> timeline = Timeline.of(resolver, sc, dates, focus, runner);
      return new AnalysisRun(data, focus, base, routes, shares, leverage, Leverage.totals(leverage), chokepoints,
          MinCuts.of(base), costs, timeline);
    });
  }

  /** Lever names as front ends take them (transit, import, export); none means all. */
  public static Set<Leverage.Lever> levers(List<String> names) {
    if (names == null || names.isEmpty()) {
      return EnumSet.allOf(Leverage.Lever.class);
    }
    Set<Leverage.Lever> out = EnumSet.noneOf(Leverage.Lever.class);
    for (String n : names) {
      try {
        out.add(Leverage.Lever.valueOf(n.strip().toUpperCase(java.util.Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new BadRequestException("unknown lever `" + n + "`. Maybe use transit, import or export.");
      }
    }
    return out;
  }

  /** Every table of an analysis, as the CSV files and the report show them. */
  public List<Table> tables(AnalysisRun run, RunOptions options, Step timelineStep) {
    return AnalysisTables.of(run, runId(options, "analyze", run.snapshot().scenario() + "@" + run.snapshot().asOf(),
        timelineStep));
  }

  /**
   * The id of one answer: the data set's files and the question, its arguments and the solver settings.
   * The number of threads is left out on purpose: it does not change the answer.
   */
  private String runId(RunOptions options, Object... question) {
    StringBuilder sb = new StringBuilder();
    for (Object part : question) {
      sb.append(part).append('\n');
    }
    sb.append("solver=").append(options.solve().solver()).append(" time-limit=").append(options.solve().timeLimitSeconds());
    return RunId.of(data.folder(), sb.toString());
  }

  static Answer answer(String runId, String scenario, Object summary, List<Table> tables, String main) {
    return new Answer(summary, tables.stream().map(t -> t.withRun(runId, scenario)).toList(), main);
  }

  /** For every named scenario that solves: what each policy in force on its date costs. */
  private Map<String, List<PolicyCosts.Row>> eventCosts(SweepRunner runner) {
    Map<String, List<PolicyCosts.Row>> out = new TreeMap<>();
    List<Scenario> scenarios = List.copyOf(data.scenarios().values());
    List<FlowResult> bases = runner.run(org.corridor.solve.Sweep.of("scenarios", scenarios,
        s -> org.corridor.solve.Sweep.Variant.of(resolver.resolve(s)), (s, r) -> r));
    for (int i = 0; i < scenarios.size(); i++) {
      FlowResult r = bases.get(i);
      if (r.isOptimal() && !r.snapshot().policies().isEmpty()) {
        out.put(scenarios.get(i).name(), PolicyCosts.of(resolver, scenarios.get(i), r, runner));
      }
    }
    return out;
  }

  private List<LocalDate> timelineDates(LocalDate from, LocalDate to, Step step, LocalDate asOf) {
    LocalDate today = today();
    LocalDate[] span = Timeline.eventSpan(data, asOf != null && asOf.isAfter(today) ? asOf : today);
    LocalDate start = from != null ? from : span[0];
    LocalDate end = to != null ? to : span[1];
    if (end.isBefore(start)) {
      throw new BadRequestException("the timeline ends (" + end + ") before it starts (" + start + ")");
    }
    List<LocalDate> dates = Timeline.dates(start, end, step.period());
    if (dates.size() > MAX_TIMELINE_DATES) {
      throw new BadRequestException("a timeline from " + start + " to " + end + " by " + step + " has " + dates.size()
          + " dates, more than " + MAX_TIMELINE_DATES + ". Maybe use a shorter span or a longer step.");
    }
    return dates;
  }

  private FlowResult base(Scenario scenario, RunOptions options) {
    return SolveFailedException.require(model(options).solve(resolve(scenario)));
  }

  private Snapshot resolve(Scenario scenario) {
    try {
      return resolver.resolve(scenario);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
  }

  /**
   * The scenario {@code ref} names with {@code whatIf} applied in memory: its chain of parents folded in
   * ({@link ScenarioResolver#flatten}), then the edits. Unknown names and ids are a {@link BadRequestException}.
   */
  public Scenario scenario(ScenarioRef ref, WhatIf whatIf) {
    return whatIf.applyTo(resolver.flatten(scenario(ref)), data);
  }

  /**
   * A scenario made in memory as run ids see it: its name, date, policies, drops, activations and overrides,
   * each sorted, so the same scenario gives the same id in every run.
   */
  private static String label(Scenario s) {
    return s.name() + "@" + s.asOf() + " extends=" + s.extendsName()
        + " policies=" + s.policies().stream().map(p -> p.id()).sorted().toList()
        + " drop=" + s.dropPolicies().stream().sorted().toList()
        + " activate=" + s.activateLinks().stream().sorted().toList()
        + " links=" + sorted(s.linkOverrides()) + " supply=" + sorted(s.supplyOverrides())
        + " demand=" + sorted(s.demandOverrides());
  }

  private static Map<String, Map<String, Double>> sorted(Map<String, Map<String, Double>> m) {
    Map<String, Map<String, Double>> out = new TreeMap<>();
    m.forEach((k, v) -> out.put(k, new TreeMap<>(v)));
    return out;
  }

  /** The scenario of a period question; a date on it would contradict the period. */
  /**
   * Losses over sampled years: each year of {@code request} draws the data set's risk events ({@code risks.yaml}) on
   * top of the scenario in its reference year and is solved as a period result ({@link RiskYears}); the measures per
   * exporter and commodity and per country come with standard errors ({@link org.corridor.analysis.RiskMeasures}). Batches of samples are
   * drawn in index order and each sample from its own seed, so the answer is the same bytes on any thread count.
   */
  public Answer risk(ScenarioRef ref, RiskRequest request, RunOptions options) {
    return risk(ref, request, options, RiskStore.NONE);
  }

  /**
   * The same, committing each batch of sampled years to {@code store} as it is drawn; batches the store already holds
   * for this run (a run stopped part-way) are read back, not drawn again, so a resumed run gives the same answer.
   */
  public Answer risk(ScenarioRef ref, RiskRequest request, RunOptions options, RiskStore store) {
    try (RiskRun run = riskRun(ref, request, options)) {
      store.open(run.info(), run.lines());
      List<RiskYears.Sample> samples = new ArrayList<>();
      List<double[]> losses = new ArrayList<>();
      boolean early = false;
      for (long from = 0; from < request.samples() && !early; from += request.batch()) {
        long to = Math.min(request.samples(), from + request.batch());
        long first = from;
        List<RiskYears.Sample> batch = store.committed(from, to).orElseGet(() -> {
          List<RiskYears.Sample> drawn = run.samples(first, to);
          store.commit(first, to, drawn);
          return drawn;
        });
        samples.addAll(batch);
        batch.stream().filter(RiskYears.Sample::solved).forEach(s -> losses.add(s.loss()));
        early = request.precision() != null && from + request.batch() < request.samples()
            && run.precise(losses, request.precision());
      }
      Answer answer = run.answer(samples, run.solves(), early);
      store.finish(answer.tables());
      return answer;
    }
  }

  /**
   * A risk run opened on its own solver sessions ({@code options.threads()} of them) with its base year solved, to
   * draw ranges of sampled years and compute the measures from any collection of them: the parts of
   * {@link #risk} a distributed runner needs. The caller closes it.
   *
   * @throws SolveFailedException if a base sub-period does not solve
   */
  public RiskRun riskRun(ScenarioRef ref, RiskRequest request, RunOptions options) {
    if (data.risks().isEmpty()) {
      throw new BadRequestException("the data set has no risk events. Maybe add a risks.yaml (docs/data-format.md).");
    }
    Scenario sc = periodScenario(ref, "risk");
    LocalDate asOf = resolver.flatten(sc).asOf();
    int year = request.year() != null ? request.year() : (asOf != null ? asOf : today()).getYear();
    Period period = Period.parse(Integer.toString(year), "--year");
    List<PeriodVolumes.SubPeriod> parts = subPeriods(period, resolver.changeDates(sc));
    String run = runId(options, "risk", ref, year, request.samples(), request.seed(), request.precision(),
        request.batch());
    ExecutorService pool = executors.apply(options.threads());
    SweepRunner runner = null;
    try {
      runner = new SweepRunner(TransitFormulation.build(resolver.resolve(sc.withAsOf(period.from()))), solver,
          options.solve(), pool, options.threads(), progress);
      List<FlowResult> base = PeriodVolumes.solve(resolver, sc, parts, runner);
      base.forEach(SolveFailedException::require);
      RiskYears years = RiskYears.of(resolver, sc, data.risks(), request.seed(), parts, base, runner);
      RiskStore.RunInfo info = new RiskStore.RunInfo(run, RunId.of(data.folder(), "data set"), VERSION, sc.name(),
          year, request.seed(), request.samples(), request.batch(), request.precision());
      return new RiskRun(info, request, years, FocusPairs.of(data, base.get(0)), data.network().countries(), runner,
          pool);
    } catch (RuntimeException e) {
      if (runner != null) {
        runner.close();
      }
      pool.shutdownNow();
      throw e;
    }
  }

  /**
   * Ranks the data set's candidate projects ({@code candidates.csv}), alone and, with {@code request.pairs()}, in pairs,
   * by the welfare loss over sampled years of {@code risks.yaml} that each avoids per USD of capex
   * ({@link CandidateRanking}). Every option draws the same years as the base (the same seed and the same generator per
   * sample index), each on its own network as built ({@link AsBuilt}) with the risk machinery's snapshot cache and
   * pooled sessions, so the differences are paired and the answer is the same bytes on any thread count.
   */
  public Answer invest(ScenarioRef ref, InvestRequest request, RunOptions options, InvestStore store) {
    List<Candidate> projects = data.network().candidates();
    if (projects.isEmpty()) {
      throw new BadRequestException("the data set has no candidate projects. Maybe add a candidates.csv "
          + "(docs/data-format.md).");
    }
    if (data.risks().isEmpty()) {
      throw new BadRequestException("the data set has no risk events to value projects against. Maybe add a "
          + "risks.yaml (docs/data-format.md).");
    }
    Scenario sc = periodScenario(ref, "invest");
    LocalDate asOf = resolver.flatten(sc).asOf();
    int year = request.year() != null ? request.year() : (asOf != null ? asOf : today()).getYear();
    Period period = Period.parse(Integer.toString(year), "--year");
    List<CandidateRanking.FocusLine> focus = data.focus().stream().map(f -> new CandidateRanking.FocusLine(
        f.exporter(), f.commodity(), data.network().unitOf(f.commodity()).symbol())).toList();
    List<CandidateRanking.Option> opts = new ArrayList<>();
    projects.forEach(p -> opts.add(CandidateRanking.Option.of(List.of(p))));
    if (request.pairs()) {
      for (int a = 0; a < projects.size(); a++) {
        for (int b = a + 1; b < projects.size(); b++) {
          opts.add(CandidateRanking.Option.of(List.of(projects.get(a), projects.get(b))));
        }
      }
    }
    String run = runId(options, "invest", ref, year, request.samples(), request.seed(), request.pairs(),
        request.batch());
    long[] solves = {0};
    CandidateRanking.Sampled base = sampleBuilt(List.of(), sc, period, request, options, focus, solves);
    List<CandidateRanking.Sampled> sampled = new ArrayList<>();
    for (CandidateRanking.Option o : opts) {
      sampled.add(sampleBuilt(o.projects(), sc, period, request, options, focus, solves));
    }
    CandidateRanking.Result result = CandidateRanking.of(focus, base, opts, sampled);
    InvestReport.Summary summary = new InvestReport.Summary(sc.name(), year, request.seed(), projects.size(),
        opts.size(), result.samples(), result.leftOut(), solves[0], InvestReport.findings(result.ranking()));
    Answer answer = answer(run, sc.name(), summary, InvestReport.tables(result, year), "invest");
    List<InvestStore.OptionLosses> losses = new ArrayList<>();
    losses.add(new InvestStore.OptionLosses("base", base.loss(), base.solved()));
    for (int o = 0; o < opts.size(); o++) {
      losses.add(new InvestStore.OptionLosses(opts.get(o).id(), sampled.get(o).loss(), sampled.get(o).solved()));
    }
    store.write(new InvestStore.RunInfo(run, RunId.of(data.folder(), "data set"), VERSION, sc.name(), year,
        request.seed(), request.samples(), request.pairs()), answer.tables(), losses);
    return answer;
  }

  /** The sampled years of the scenario on the network with {@code projects} built, from the request's seed. */
  private CandidateRanking.Sampled sampleBuilt(List<Candidate> projects, Scenario sc, Period period,
      InvestRequest request, RunOptions options, List<CandidateRanking.FocusLine> focus, long[] solves) {
    DataSet built = AsBuilt.of(data, projects);
    ScenarioResolver r = new ScenarioResolver(built, clock);
    List<PeriodVolumes.SubPeriod> parts = subPeriods(period, r.changeDates(sc));
    return sweep(r.resolve(sc.withAsOf(period.from())), options, runner -> {
      List<FlowResult> base = PeriodVolumes.solve(r, sc, parts, runner);
      base.forEach(SolveFailedException::require);
      RiskYears years = RiskYears.of(r, sc, built.risks(), request.seed(), parts, base, runner);
      CandidateRanking.Sampled out = CandidateYears.of(years, focus, parts, base, request.samples(), request.batch());
      solves[0] += years.solves();
      return out;
    });
  }

  private Scenario periodScenario(ScenarioRef ref, String command) {
    if (ref.asOf() != null) {
      throw new BadRequestException(command + " over a period takes a scenario without a date (`" + ref
          + "`): each sub-period is solved on its own first day. Maybe drop the date or the period.");
    }
    return scenario(ref);
  }

  private static List<PeriodVolumes.SubPeriod> subPeriods(Period period, java.util.SortedSet<LocalDate> changes) {
    List<PeriodVolumes.SubPeriod> parts = PeriodVolumes.cut(period.from(), period.to(), changes);
    if (parts.size() > MAX_SUB_PERIODS) {
      throw new BadRequestException("the period " + period + " has " + parts.size() + " sub-periods, more than "
          + MAX_SUB_PERIODS + ". Maybe use a shorter period.");
    }
    return parts;
  }

  private FlowResult base(ScenarioRef ref, RunOptions options) {
    return base(scenario(ref), options);
  }

  private Scenario scenario(ScenarioRef ref) {
    Scenario s;
    try {
      s = resolver.scenario(ref.name());
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(e.getMessage());
    }
    return ref.asOf() == null ? s : s.withAsOf(ref.asOf());
  }

  private TransitModel model(RunOptions options) {
    return new TransitModel(solver, options.solve());
  }

  /** Runs {@code work} with a sweep runner over {@code base}'s formulation, then closes its sessions and threads. */
  private <T> T sweep(FlowResult base, RunOptions options, Function<SweepRunner, T> work) {
    return sweep(base.snapshot(), options, work);
  }

  /** The same over a snapshot's formulation, solved or not: its variants are solved, never the snapshot itself. */
  private <T> T sweep(Snapshot base, RunOptions options, Function<SweepRunner, T> work) {
    ExecutorService pool = executors.apply(options.threads());
    try (SweepRunner runner = new SweepRunner(TransitFormulation.build(base), solver, options.solve(), pool,
        options.threads(), progress)) {
      return work.apply(runner);
    } finally {
      pool.shutdownNow();
    }
  }

  private static ExecutorService daemonPool(int threads) {
    return Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "corridor-sweep");
      t.setDaemon(true);
      return t;
    });
  }

  private static String known(java.util.Collection<String> names) {
    return String.join(", ", names.stream().sorted().toList());
  }
}
