package org.corridor.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.corridor.server.CorridorServer;
import org.corridor.server.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the web page and the JSON API on a data set (docs/api.md). The data folder is read once "
        + "and never written; a what-if lives in one request.",
    footer = {"", "Examples:", "  corridor serve data/eurasia", "  corridor serve data/eurasia --host 0.0.0.0 --token SECRET"})
final class ServeCommand implements Callable<Integer> {
  @Mixin DataOptions data;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerConfig.LOOPBACK,
      description = "Address to listen on (default ${DEFAULT-VALUE}); one beyond loopback needs --token.")
  String host;

  @Option(names = "--port", paramLabel = "N", defaultValue = "7070",
      description = "Port (default ${DEFAULT-VALUE}; 0: any free port, printed at start).")
  int port;

  @Option(names = "--token", paramLabel = "SECRET", description = "Bearer token every API request must carry.")
  String token;

  @Option(names = "--max-solves", paramLabel = "N", defaultValue = "2", description = "Questions solved at once; "
      + "questions that run sweeps (leverage, chokepoints, timeline, analysis, report) have half as many places of "
      + "their own, at least 1.")
  int maxSolves;

  @Option(names = "--queue", paramLabel = "N", defaultValue = "4",
      description = "Questions that may wait; beyond that a request gets 429.")
  int queue;

  @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "30", description = "Time limit of each solve.")
  double timeLimit;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    ServerConfig config = new ServerConfig(host, port, token, ServerConfig.MAX_BODY_BYTES, timeLimit, maxSolves, queue);
    CorridorServer server = CorridorServer.create(Front.corridor(data, spec.commandLine().getErr()), config).start();
    String shown = host.contains(":") ? "[" + host + "]" : host;
    spec.commandLine().getOut().printf("Corridor serves %s at http://%s:%d/ (Ctrl-C stops it)%n", data.folder, shown,
        server.port());
    spec.commandLine().getOut().flush();
    Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
    new CountDownLatch(1).await();
    return ExitCodes.OK;
  }
}
