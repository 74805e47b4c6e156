package org.corridor.cli;

import java.io.PrintWriter;
import org.corridor.solve.Progress;

/** A one-line progress bar on the terminal; silent when output is piped or redirected. */
final class ProgressBar implements Progress {
  private final PrintWriter err;
  private final boolean enabled;
  private String last = "";

  ProgressBar(PrintWriter err) {
    this.err = err;
    this.enabled = System.console() != null;
  }

  @Override
  public synchronized void update(String task, int done, int total) {
    if (!enabled || total <= 0) {
      return;
    }
    int width = 30;
    int filled = (int) Math.round(width * Math.min(1.0, (double) done / total));
    String line = String.format("\r%-12s [%s%s] %d/%d", task, "#".repeat(filled), ".".repeat(width - filled), done, total);
    if (!line.equals(last)) {
      err.print(line);
      if (done >= total) {
        err.print("\r" + " ".repeat(line.length()) + "\r");
      }
      err.flush();
      last = line;
    }
  }
}
