package org.corridor.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.corridor.model.Country;
import org.corridor.policy.DataSet;
import org.corridor.solve.FlowResult;

/**
 * The (exporter, commodity) pairs reports lead with: the data set's own {@code focus} when it names one,
 * else, for each commodity, the state that exports most of it in the solved scenario (its transit country
 * left open: reports then take the country crossed most). So a data set with no focus still gets findings.
 */
public final class FocusPairs {
  private FocusPairs() {}

  public static List<DataSet.Focus> of(DataSet data, FlowResult base) {
    if (!data.focus().isEmpty() || !base.isOptimal()) {
      return data.focus();
    }
    Outcome o = new Outcome(base);
    Set<String> commodities = new LinkedHashSet<>();
    base.snapshot().supply().forEach(s -> commodities.add(s.commodity()));
    List<DataSet.Focus> out = new ArrayList<>();
    for (String c : commodities) {
      String best = null;
      double most = FlowResult.EPS;
      for (Country x : base.snapshot().network().countries().values()) {
        double e = x.isRegion() ? 0 : o.exports(x.code(), c);
        if (e > most) {
          most = e;
          best = x.code();
        }
      }
      if (best != null) {
        out.add(new DataSet.Focus(best, c, null));
      }
    }
    return out;
  }

  /** Whether the pairs were chosen by {@link #of} rather than named by the data set. */
  public static boolean derived(DataSet data) {
    return data.focus().isEmpty();
  }
}
