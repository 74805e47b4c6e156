package org.corridor.io;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.corridor.model.Allocation;
import org.corridor.model.Network;
import org.corridor.model.Supply;

/**
 * Checks of {@code allocations.csv} against the built network: the link exists, the shipper is an origin
 * country of some supply or a node with a supply row (not both), periods of one (link, shipper) do not
 * overlap, and the shares of one link on any day add up to at most 1. Each problem names its line.
 */
final class AllocationChecks {
  private final Network net;
  private final List<Located<Allocation>> rows;
  private final Problems problems;

  AllocationChecks(Network net, List<Located<Allocation>> rows, Problems problems) {
    this.net = net;
    this.rows = rows;
    this.problems = problems;
  }

  void run() {
    Set<String> origins = new LinkedHashSet<>();
    Set<String> supplyNodes = new LinkedHashSet<>();
    for (Supply s : net.supply()) {
      supplyNodes.add(s.node());
      if (net.nodes().containsKey(s.node())) {
        origins.add(net.countryOf(s.node()));
      }
    }
    Map<String, List<Located<Allocation>>> byLink = new LinkedHashMap<>();
    for (Located<Allocation> row : rows) {
      Allocation a = row.record();
      boolean ok = true;
      if (!net.links().containsKey(a.link())) {
        if (!problems.skipsReference("link")) {
          problems.error(row.file(), row.line(), "link", a.link(), "unknown link `" + a.link() + "`",
              Problems.didYouMean(a.link(), net.links().keySet()));
        }
        ok = false;
      }
      ok &= checkShipper(row, origins, supplyNodes);
      if (ok) {
        byLink.computeIfAbsent(a.link(), k -> new ArrayList<>()).add(row);
      }
    }
    byLink.values().forEach(this::checkOverlaps);
    byLink.values().forEach(this::checkSum);
  }

  private boolean checkShipper(Located<Allocation> row, Set<String> origins, Set<String> supplyNodes) {
    String shipper = row.record().shipper();
    boolean country = origins.contains(shipper);
    boolean node = supplyNodes.contains(shipper);
    if (country && node) {
      problems.error(row.file(), row.line(), "shipper", shipper, "shipper `" + shipper + "` is both a country "
          + "code and a supply node id", "rename the node in nodes.csv so that a shipper names one of them");
      return false;
    }
    if (!country && !node) {
      if (problems.skipsReference("supply")) {
        return false;
      }
      Set<String> known = new LinkedHashSet<>(origins);
      known.addAll(supplyNodes);
      String guess = Problems.didYouMean(shipper, known);
      problems.error(row.file(), row.line(), "shipper", shipper, "shipper `" + shipper + "` is neither the "
          + "country of a supply row nor a node with a supply row", "a shipper is a country code such as "
          + String.join(", ", origins.stream().limit(3).toList()) + ", or a supply node id"
          + (guess == null ? "" : "; " + guess));
      return false;
    }
    return true;
  }

  /** Two periods of one (link, shipper) may not overlap: which share would apply? */
  private void checkOverlaps(List<Located<Allocation>> ofLink) {
    for (int i = 0; i < ofLink.size(); i++) {
      for (int j = i + 1; j < ofLink.size(); j++) {
        Allocation a = ofLink.get(i).record();
        Allocation b = ofLink.get(j).record();
        if (a.shipper().equals(b.shipper()) && overlap(a, b)) {
          Located<Allocation> second = ofLink.get(j);
          problems.error(second.file(), second.line(), "valid_from", String.valueOf(b.validity().from()),
              "the period " + b.validity() + " of " + b.link() + " for " + b.shipper() + " overlaps the period "
                  + a.validity() + " on line " + ofLink.get(i).line(), "periods of one link and shipper may not "
                  + "overlap; end the earlier one (valid_to) the day before the later one starts");
        }
      }
    }
  }

  private static boolean overlap(Allocation a, Allocation b) {
    LocalDate aFrom = a.validity().from() == null ? LocalDate.MIN : a.validity().from();
    LocalDate bFrom = b.validity().from() == null ? LocalDate.MIN : b.validity().from();
    LocalDate aTo = a.validity().to() == null ? LocalDate.MAX : a.validity().to();
    LocalDate bTo = b.validity().to() == null ? LocalDate.MAX : b.validity().to();
    return !aFrom.isAfter(bTo) && !bFrom.isAfter(aTo);
  }

  /**
   * The shares of one link in force on one day add up to at most 1. The sum can only rise on a day some
   * period starts, so those days are the ones checked; the first day over 1 is reported, once per link.
   */
  private void checkSum(List<Located<Allocation>> ofLink) {
    Set<LocalDate> starts = new java.util.TreeSet<>();
    ofLink.forEach(r -> starts.add(r.record().validity().from() == null ? Schema.FIRST_DATE
        : r.record().validity().from()));
    for (LocalDate day : starts) {
      List<Located<Allocation>> inForce = ofLink.stream().filter(r -> r.record().validity().contains(day)).toList();
      double sum = inForce.stream().mapToDouble(r -> r.record().share()).sum();
      if (sum > 1 + 1e-9) {
        Located<Allocation> last = inForce.get(inForce.size() - 1);
        problems.error(last.file(), last.line(), "share", String.valueOf(last.record().share()), "the shares of link "
            + last.record().link() + " on " + day + " add up to " + round(sum) + ", more than 1 (lines "
            + inForce.stream().map(r -> String.valueOf(r.line())).collect(Collectors.joining(", ")) + ")",
            "a link cannot allocate more than its capacity; lower the shares or end a period earlier");
        return;
      }
    }
  }

  private static String round(double d) {
    return new java.math.BigDecimal(d).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
  }
}
