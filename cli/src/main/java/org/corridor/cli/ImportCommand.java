package org.corridor.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.corridor.io.dimacs.DimacsImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code corridor import FORMAT ...}: data of other formats as Corridor data sets. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Turn a file of another format into a Corridor data set.",
    subcommands = {ImportCommand.Dimacs.class})
final class ImportCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "dimacs", mixinStandardHelpOptions = true,
      description = {"A DIMACS min-cost-flow file (c, p min, n and a lines) as a data set of one commodity: "
          + "nodes N1.., links A1.. in file order, supplies and demands at price P.",
          "Its optimal cost is P·D − welfare (printed below; docs/performance.md, *DIMACS files and NETGEN*)."})
  static final class Dimacs implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "the DIMACS .min file")
    Path file;

    @Parameters(index = "1", paramLabel = "DIR", description = "the data set folder to write (new or empty)")
    Path folder;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
      if (!Files.isRegularFile(file)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "`" + file + "` is not a readable file");
      }
      DimacsImport.Result r = DimacsImport.importFile(file, folder);
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "%s: %d nodes, %d links; P = %d, D = %d; min cost = %d·%d − welfare.%n",
          r.folder(), r.nodes(), r.arcs(), r.price(), r.totalDemand(), r.price(), r.totalDemand());
      if (r.capped()) {
        out.println("P is capped at Corridor's largest price (1e6), below (nodes − 1)·max cost + 1: the formula holds "
            + "when the solve delivers all of D (see the deliveries).");
      }
      out.flush();
      return ExitCodes.OK;
    }
  }
}
