package org.corridor.solve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.corridor.model.Supply;
import org.corridor.policy.Snapshot;

/**
 * Which origin countries get flow classes of their own (docs/formulation.md, *Merged origins*).
 *
 * <p>Tagging flows by origin is what makes origin bans exact and what every per-origin answer reads (exports,
 * welfare per country, dependency shares). But where no rule in force tells two origins apart, their flows
 * obey the same rows and bounds and earn the same costs, so a program with one class for both has the same
 * optimal welfare, the same capacity prices and the same flows per link and commodity in sum as some optimum of
 * the program with a class each: any flow of the merged class splits, path by path, into flows of the origins
 * whose supply it carries. With {@code merge}, a class per origin is kept only where a rule in force names that
 * origin (as actor, listed origin or quota holder; per commodity for a rule limited to some), or where
 * {@code kept} lists it; the other origins of a commodity ship as one class whose origin is {@link #MERGED}. The
 * price is the per-origin split of those flows, which the answer then does not give.
 *
 * @param merge whether origins no rule tells apart share a class
 * @param kept origins that keep their class anyway, e.g. those a report names
 */
public record OriginTags(boolean merge, Set<String> kept) {
  /** Every origin ships as its own class: what every analysis reads. */
  public static final OriginTags EVERY = new OriginTags(false, Set.of());
  /** Only origins a rule in force tells apart keep their class; the rest of each commodity ship as one. */
  public static final OriginTags DISTINGUISHED = new OriginTags(true, Set.of());

  /** The origin of a class that merges the origins no rule tells apart, in classes and results. */
  public static final String MERGED = "*";

  public OriginTags {
    kept = Set.copyOf(kept);
  }

  /** These tags, with {@code origins} also kept apart. */
  public OriginTags keeping(java.util.Collection<String> origins) {
    Set<String> all = new HashSet<>(kept);
    all.addAll(origins);
    return new OriginTags(merge, all);
  }

  /**
   * "commodity|origin" of every origin that ships in its commodity's merged class: the origins of a
   * commodity's supplies that no rule tells apart, where there are two or more (a merged class of one origin
   * would save nothing and hide its name).
   */
  public Set<String> merged(Snapshot snapshot) {
    if (!merge) {
      return Set.of();
    }
    Distinguished tagged = Distinguished.of(snapshot);
    Map<String, Set<String>> untagged = new HashMap<>();
    for (Supply s : snapshot.supply()) {
      String origin = snapshot.network().countryOf(s.node());
      if (!kept.contains(origin) && !tagged.tagged(s.commodity(), origin)) {
        untagged.computeIfAbsent(s.commodity(), c -> new HashSet<>()).add(origin);
      }
    }
    Set<String> out = new HashSet<>();
    untagged.forEach((c, origins) -> {
      if (origins.size() > 1) {
        origins.forEach(o -> out.add(c + "|" + o));
      }
    });
    return out;
  }

  /**
   * The origins the rules of one snapshot tell apart. A transit or import ban treats its actor and the origins
   * it lists differently from the rest; an export ban its actor; a quota its holder's country. Any origin none
   * of these names is treated like every other unnamed one by every rule, which is what makes merging exact.
   */
  public record Distinguished(Set<String> anyCommodity, Set<String> perCommodity) {
    public static Distinguished of(Snapshot s) {
      Set<String> any = new HashSet<>();
      Set<String> per = new HashSet<>();
      for (Snapshot.TransitRule r : s.transitRules()) {
        name(r.commodities(), r.actor(), any, per);
        name(r.commodities(), r.origins(), any, per);
      }
      for (Snapshot.ImportRule r : s.importRules()) {
        name(r.commodities(), r.actor(), any, per);
        name(r.commodities(), r.origins(), any, per);
      }
      for (Snapshot.ExportRule r : s.exportRules()) {
        name(r.commodities(), r.actor(), any, per);
      }
      for (Snapshot.Quota q : s.quotas()) {
        any.add(q.node() ? s.network().countryOf(q.shipper()) : q.shipper());
      }
      return new Distinguished(Set.copyOf(any), Set.copyOf(per));
    }

    /** A rule limited to some commodities names its countries for those only. */
    private static void name(Set<String> commodities, Set<String> countries, Set<String> any, Set<String> per) {
      if (commodities.isEmpty()) {
        any.addAll(countries);
        return;
      }
      for (String c : commodities) {
        countries.forEach(country -> per.add(c + "|" + country));
      }
    }

    public boolean tagged(String commodity, String origin) {
      return anyCommodity.contains(origin) || perCommodity.contains(commodity + "|" + origin);
    }
  }
}
