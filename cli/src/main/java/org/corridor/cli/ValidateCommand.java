package org.corridor.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.corridor.io.DataSetLoader;
import org.corridor.io.Problem;
import org.corridor.policy.DataSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check a data set: every problem is listed with file, line, field and a hint. Exits 3 if invalid.")
final class ValidateCommand implements Callable<Integer> {
  @Mixin
  DataOptions data;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    DataSetLoader.Result result = data.load();
    PrintWriter out = spec.commandLine().getOut();
    for (Problem p : result.warnings()) {
      out.println("warning: " + p);
    }
    DataSet d = result.dataSet();
    out.printf("%s is valid: %d countries, %d nodes, %d links, %d commodities, %d sources, %d policies, "
            + "%d scenarios%s.%n", data.folder, d.network().countries().size(), d.network().nodes().size(),
        d.network().links().size(), d.network().commodities().size(), d.network().sources().size(),
        d.policies().size(), d.scenarios().size(),
        result.warnings().isEmpty() ? "" : ", " + result.warnings().size() + " warning(s)");
    out.flush();
    return ExitCodes.OK;
  }
}
