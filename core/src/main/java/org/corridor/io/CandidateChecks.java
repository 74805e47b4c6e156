package org.corridor.io;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.corridor.model.Candidate;
import org.corridor.model.Link;
import org.corridor.model.Network;
import org.corridor.model.Node;

/**
 * Checks of {@code candidates.csv} against the network: every element a project expands exists and is listed once, a
 * node has a capacity to add to, and the project changes something (it adds capacity, or brings a link into force
 * that does not operate on every date).
 */
final class CandidateChecks {
  private final Network net;
  private final List<Located<Candidate>> rows;
  private final Problems problems;

  CandidateChecks(Network net, List<Located<Candidate>> rows, Problems problems) {
    this.net = net;
    this.rows = rows;
    this.problems = problems;
  }

  void run() {
    Set<String> known = new TreeSet<>(net.links().keySet());
    known.addAll(net.nodes().keySet());
    for (Located<Candidate> row : rows) {
      Candidate c = row.record();
      Set<String> seen = new HashSet<>();
      boolean activates = false;
      for (String id : c.expands()) {
        if (!seen.add(id)) {
          error(row, id, "`" + id + "` is listed twice", "list each link or node once");
        } else if (net.links().containsKey(id)) {
          activates |= !operatesAlways(net.links().get(id));
        } else if (net.nodes().containsKey(id)) {
          Node n = net.nodes().get(id);
          if (n.capacity() == null) {
            error(row, id, "node `" + id + "` has no capacity to expand",
                "give the node a capacity in nodes.csv, or expand the links at it instead");
          }
        } else if (!problems.skipsReference("link or node")) {
          error(row, id, "unknown link or node `" + id + "`", Problems.didYouMean(id, known));
        }
      }
      if (c.capacityAdded() == 0 && !activates && seen.size() == c.expands().size()) {
        problems.error(row.file(), row.line(), "capacity_added", "0", "project `" + c.id() + "` changes nothing: it "
            + "adds no capacity and every link it lists already operates", "give the capacity it adds, or list the "
            + "planned link it builds");
      }
    }
  }

  /** Whether a link is in force on every date without a project: operating, with no first day. */
  static boolean operatesAlways(Link l) {
    return l.status() == Link.Status.OPERATING && l.validity().from() == null;
  }

  private void error(Located<Candidate> row, String value, String message, String hint) {
    problems.error(row.file(), row.line(), "expands", value, message, hint);
  }
}
