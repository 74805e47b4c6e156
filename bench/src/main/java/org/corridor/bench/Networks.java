package org.corridor.bench;

import java.time.LocalDate;
import org.corridor.policy.Scenario;
import org.corridor.policy.ScenarioResolver;
import org.corridor.policy.Snapshot;
import org.corridor.synthetic.SyntheticNetwork;

/** The benchmark instances: nodes = links / 4, 4 commodities × 5 countries = 20 flow classes, fixed seed. */
public final class Networks {
  static final int COMMODITIES = 4;
  static final int COUNTRIES = 5;
  static final long SEED = 20250101L;
  static final LocalDate AS_OF = LocalDate.of(2025, 1, 1);

  private Networks() {}

  public static SyntheticNetwork network(int links) {
    return new SyntheticNetwork(links / 4, links, COMMODITIES, COUNTRIES, SEED);
  }

  /** Generates the network and resolves the base scenario. */
  public static Snapshot snapshot(int links) {
    return new ScenarioResolver(network(links).generate()).resolve(Scenario.base(AS_OF));
  }

  /** The first {@code cases} links that carry flow in {@code base}'s optimum (GLOP), in flow order: the N-1 cases. */
  public static java.util.List<String> flowedLinks(Snapshot base, org.corridor.solve.LpSolver solver, int cases) {
    java.util.LinkedHashSet<String> used = new java.util.LinkedHashSet<>();
    new org.corridor.solve.TransitModel(solver, org.corridor.solve.SolveOptions.DEFAULT).solve(base).flows()
        .forEach(x -> used.add(x.link()));
    return new java.util.ArrayList<>(used).subList(0, Math.min(cases, used.size()));
  }

  /**
   * An N-1 bench's instance from its arguments {@code LINKS CASES ROUNDS}: the base, its program, the links to
   * close (the first flowed ones) and a solver; prints the program's size on one line.
   */
  public record N1Instance(int links, int rounds, Snapshot base, org.corridor.solve.TransitFormulation program,
      org.corridor.solve.ortools.OrToolsSolver solver, java.util.List<String> closed) {
    public static N1Instance of(String[] args) {
      int links = Integer.parseInt(args[0]);
      Snapshot base = snapshot(links);
      var program = org.corridor.solve.TransitFormulation.build(base);
      var solver = new org.corridor.solve.ortools.OrToolsSolver();
      var closed = flowedLinks(base, solver, Integer.parseInt(args[1]));
      System.out.printf(java.util.Locale.ROOT, "links %d rows %d columns %d cases %d%n", links, program.lp().rows(),
          program.lp().columns(), closed.size());
      return new N1Instance(links, Integer.parseInt(args[2]), base, program, solver, closed);
    }
  }
}
