package org.corridor.report;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.corridor.analysis.Chokepoints;
import org.corridor.analysis.ClaimCheck;
import org.corridor.analysis.Coverage;
import org.corridor.analysis.DependencyShares;
import org.corridor.analysis.DestinationShares;
import org.corridor.analysis.FlowChanges;
import org.corridor.analysis.Leverage;
import org.corridor.analysis.MinCuts;
import org.corridor.analysis.PeriodDiff;
import org.corridor.analysis.PeriodEvents;
import org.corridor.analysis.PeriodVolumes;
import org.corridor.analysis.PolicyCosts;
import org.corridor.analysis.RouteShares;
import org.corridor.analysis.ScenarioDiff;
import org.corridor.analysis.StrandedSupply;
import org.corridor.analysis.Timeline;
import org.corridor.analysis.TimelineVolumes;
import org.corridor.analysis.Welfare;
import org.corridor.model.Source;
import org.corridor.solve.FlowResult;

/**
 * The output format, described once as data ({@code outputs.csv}): every column of every output table with
 * its type, unit and description; table {@code *} holds the columns all tables share. {@link Table#of}
 * types its columns from here, and {@code docs/outputs.md} is generated from it.
 */
public final class OutputSchema {
  /** Table name for the columns every table shares. */
  public static final String SHARED = "*";

  /** An output table: its name (the file name of {@code --out}), the record of its rows, and what it holds. */
  public record Kind(String name, Class<? extends Record> rows, String commands, String description) {}

  /** Every table the code can produce, in the order the documentation lists them. */
  public static final List<Kind> TABLES = List.of(
      new Kind("routes", RouteShares.Row.class, "solve, shares, analyze", "The share of an exporter's exports that used each named route."),
      new Kind("shares", DependencyShares.Row.class, "solve, shares, analyze", "The share of an exporter's exports that crosses (transit) or ends in (destination) each country."),
      new Kind("flows", FlowResult.LinkFlow.class, "solve, analyze", "Flow per link and class (commodity and origin)."),
      new Kind("deliveries", FlowResult.Delivery.class, "solve, analyze", "What each market received from each origin."),
      new Kind("destinations", DestinationShares.Row.class, "solve", "Where each origin's deliveries of a commodity go."),
      new Kind("stranded", StrandedSupply.Row.class, "solve, analyze", "Supply per origin and commodity: used and stranded."),
      new Kind("welfare", Welfare.Row.class, "solve, analyze", "Each country's part of the optimum."),
      new Kind("capacity-prices", FlowResult.CapacityPrice.class, "solve, chokepoints, analyze", "Binding capacities and the value of one more unit of each."),
      new Kind("node-prices", FlowResult.NodePrice.class, "solve (with `--out`)", "Value of one more unit of each class at each node."),
      new Kind("claims", ClaimCheck.Row.class, "check", "Sourced claims next to the model's values."),
      new Kind("claim-groups", ClaimCheck.Group.class, "check", "Calibration and test claims per period: how many pass."),
      new Kind("leverage", Leverage.Row.class, "leverage, analyze", "Sensitivity and vulnerability per lever, actor, target and commodity."),
      new Kind("leverage-totals", Leverage.Total.class, "leverage, analyze", "The leverage matrix: losses per lever, actor and target over all commodities."),
      new Kind("chokepoints", Chokepoints.Row.class, "chokepoints, analyze", "N-1: what closing each link, node or country to transit costs."),
      new Kind("chokepoint-losses", Chokepoints.CountryLoss.class, "chokepoints, analyze", "N-1 losses per country."),
      new Kind("chokepoint-stranded", Chokepoints.Stranded.class, "chokepoints, analyze", "N-1 increase of stranded supply per commodity."),
      new Kind("min-cuts", MinCuts.Row.class, "chokepoints, analyze", "Minimum cuts between each exporter and its foreign markets."),
      new Kind("coverage", Coverage.Row.class, "analyze", "Modelled exports, imports and production against the reported national totals of the scenario's year."),
      new Kind("event-costs", PolicyCosts.Row.class, "analyze", "What each policy or event in force costs, per scenario."),
      new Kind("timeline", Timeline.Row.class, "timeline, analyze", "Indicators of a scenario over time, one row per date and indicator."),
      new Kind("timeline-volumes", TimelineVolumes.Row.class, "timeline --period", "Indicators of a scenario integrated over each step's window: volumes, mean rates, shares as ratios of volumes, and what the rate on the step date misses."),
      new Kind("period-flows", PeriodVolumes.Flow.class, "solve --period", "Flow per link and class over a period: volume and mean rate."),
      new Kind("sub-periods", PeriodVolumes.Part.class, "solve --period, diff --period, timeline --period", "The period cut at every change: each sub-period is solved on its first day."),
      new Kind("period-events", PeriodEvents.Row.class, "solve --period", "What each policy or event in force cost each exporter over its days in the period."),
      new Kind("period-deliveries", PeriodVolumes.Delivery.class, "solve --period", "What each market received from each origin over a period."),
      new Kind("period-stranded", PeriodVolumes.Stranded.class, "solve --period", "Supply per origin and commodity over a period: used and stranded."),
      new Kind("period-welfare", PeriodVolumes.CountryWelfare.class, "solve --period", "Each country's welfare over a period."),
      new Kind("risk", org.corridor.analysis.RiskMeasures.Row.class, "risk", "Losses over sampled years with their standard errors: exports per exporter and commodity, welfare per country."),
      new Kind("risk-exceedance", org.corridor.analysis.Exceedance.Point.class, "risk", "The exceedance curve of each loss line: the share of sampled years that lost at least each level."),
      new Kind("invest", org.corridor.analysis.CandidateRanking.Row.class, "invest", "Candidate projects and pairs ranked by the expected welfare loss and the CVaR they avoid per USD of capex, with paired standard errors and the interaction of each pair."),
      new Kind("invest-focus", org.corridor.analysis.CandidateRanking.FocusRow.class, "invest", "What each project or pair does to the expected exports lost (EENS) of the focus pairs."),
      new Kind("diff-inputs", ScenarioDiff.InputChange.class, "diff", "Inputs that differ between two scenarios or dates."),
      new Kind("diff-results", ScenarioDiff.ResultChange.class, "diff", "Results that differ between two scenarios or dates."),
      new Kind("diff-period", PeriodDiff.Change.class, "diff --period", "Results that differ between two scenarios over a period, as volumes and mean rates."),
      new Kind("flow-changes", FlowChanges.Row.class, "serve (what-if)", "What became of each link's flow of each commodity under a what-if: same, rerouted, cut or closed."),
      new Kind("stranded-changes", FlowChanges.Stranded.class, "serve (what-if)", "Unused supply per node and commodity that a what-if changed."),
      new Kind("sources", Source.class, "analyze", "The data set's sources."));

  private static final OutputSchema INSTANCE = load();

  private final Map<String, Map<String, Column>> columns;

  private OutputSchema(Map<String, Map<String, Column>> columns) {
    this.columns = columns;
  }

  public static OutputSchema get() {
    return INSTANCE;
  }

  /** The kind of a table name; a name the schema does not know is a programming error. */
  public static Kind kind(String table) {
    return TABLES.stream().filter(k -> k.name().equals(table)).findFirst()
        .orElseThrow(() -> new IllegalStateException("output table `" + table + "` is not in OutputSchema.TABLES"));
  }

  /** The column of a table, or the shared one of that name; missing from outputs.csv is a programming error. */
  public Column column(String table, String name) {
    Column c = columns.getOrDefault(table, Map.of()).get(name);
    if (c == null) {
      c = columns.get(SHARED).get(name);
    }
    if (c == null) {
      throw new IllegalStateException("output table `" + table + "` column `" + name + "` is not in outputs.csv");
    }
    return c;
  }

  /** The rows of outputs.csv for one table ({@code *} for the shared columns), in file order. */
  public List<Column> declared(String table) {
    return List.copyOf(columns.getOrDefault(table, Map.of()).values());
  }

  /** Table names as outputs.csv lists them, {@code *} included. */
  public List<String> declaredTables() {
    return List.copyOf(columns.keySet());
  }

  private static OutputSchema load() {
    Map<String, Map<String, Column>> tables = new LinkedHashMap<>();
    try (Reader in = new InputStreamReader(OutputSchema.class.getResourceAsStream("outputs.csv"), StandardCharsets.UTF_8)) {
      for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
        Column c = new Column(r.get("column"), Column.Type.parse(r.get("type")), r.get("unit"), r.get("description"));
        if (tables.computeIfAbsent(r.get("table"), t -> new LinkedHashMap<>()).put(c.name(), c) != null) {
          throw new IllegalStateException("outputs.csv: " + r.get("table") + "." + c.name() + " is listed twice");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new OutputSchema(tables);
  }
}
