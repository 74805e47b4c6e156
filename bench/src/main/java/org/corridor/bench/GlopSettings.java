package org.corridor.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.corridor.solve.LinearProgram;
import org.corridor.solve.LpSolution;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.SolverKind;
import org.corridor.solve.TransitFormulation;
import org.corridor.solve.ortools.OrToolsSolver;

/**
 * Diagnostic, not JMH: solves the same transit LP cold with several GLOP parameter sets and prints the
 * status, simplex iterations and solve time of each, through {@code OrToolsSolver} with each parameter set
 * (the project default is marked).
 *
 * <pre>
 *   java -cp bench/target/benchmarks.jar org.corridor.bench.GlopSettings [links ...] [--time-limit SECONDS] [--settings 0,2]
 * </pre>
 * Defaults: 1000 and 10000 links, 120 s per solve, all settings ({@code --settings} picks some by their
 * position in the list, from 0).
 */
public final class GlopSettings {
  private static final String[][] SETTINGS = {
    {"dual, no preprocessing", "use_dual_simplex: true use_preprocessing: false"},
    {"dual, preprocessing", "use_dual_simplex: true use_preprocessing: true"},
    {"primal, no preprocessing (project default)", "use_dual_simplex: false use_preprocessing: false"},
    {"GLOP defaults (primal, preprocessing)", ""},
  };

  private GlopSettings() {}

  public static void main(String[] args) {
    List<Integer> sizes = new ArrayList<>();
    double timeLimit = 120;
    List<Integer> chosen = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--time-limit")) {
        timeLimit = Double.parseDouble(args[++i]);
      } else if (args[i].equals("--settings")) {
        for (String k : args[++i].split(",")) {
          chosen.add(Integer.parseInt(k.trim()));
        }
      } else {
        sizes.add(Integer.parseInt(args[i]));
      }
    }
    if (sizes.isEmpty()) {
      sizes = List.of(1000, 10000);
    }
    if (chosen.isEmpty()) {
      for (int k = 0; k < SETTINGS.length; k++) {
        chosen.add(k);
      }
    }
    System.out.println("links\tcolumns\trows\tsettings\tstatus\titerations\tsolve_s\tobjective");
    for (int links : sizes) {
      LinearProgram lp = TransitFormulation.build(Networks.snapshot(links)).lp();
      for (int k : chosen) {
        String[] s = SETTINGS[k];
        LpSolution r = new OrToolsSolver(s[1]).solve(lp, new SolveOptions(SolverKind.GLOP, timeLimit));
        String objective = r.isOptimal() ? String.format(Locale.ROOT, "%.6g", r.objective()) : "-";
        System.out.printf(Locale.ROOT, "%d\t%d\t%d\t%s\t%s\t%d\t%.3f\t%s%n", links, lp.columns(), lp.rows(), s[0],
            r.status().label(), r.iterations(), r.seconds(), objective);
      }
    }
  }
}
