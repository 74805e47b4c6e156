package org.corridor.solve.ortools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.stream.Stream;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.corridor.api.Corridor;
import org.corridor.api.RunOptions;
import org.corridor.io.DataSetLoader;
import org.corridor.policy.DataSet;
import org.corridor.policy.ScenarioResolver;
import org.corridor.solve.FlowResult;
import org.corridor.solve.Progress;
import org.corridor.solve.SolveOptions;
import org.corridor.solve.TransitModel;

/**
 * The pass-through detector on small random networks: two exporters' fields feed a transit hub and a direct link
 * each, to two markets, with random supplies, capacities, costs, demands and prices (seeded, the seed in the
 * sample):
 * <pre>
 *   F_KZ (KZ) ──┬── L_KZ_HUB ──▶ HUB (RU) ──L_HUB_W──▶ M_W (XW)
 *               └── L_KZ_CN ───────────────────────────▶ M_CN (CN)
 *   F_UZ (UZ) ──┬── L_UZ_HUB ──▶ HUB
 *               └── L_UZ_CN ───▶ M_CN
 * </pre>
 * A test claim whose figure is KZ's exports, when KZ's supply binds and no capacity or demand binds, is the value
 * of that supply bound, so it must be flagged with it. (When a capacity binds too the vertex is degenerate and a
 * 1% step need not move the claim: limit (1) of docs/analyses.md, left out by the assumption.)
 */
class PassThroughProperties {
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
  private static final String EST = "estimate: random test network";

  @Property(tries = 25, maxDiscardRatio = 20)
  void aClaimThatIsABindingSupplyIsFlaggedWithIt(@ForAll long seed) throws Exception {
    Path dir = Files.createTempDirectory("pass-through");
    try {
      DataSet data = DataSetLoader.load(write(dir, new Random(seed)), true).dataSet();
      FlowResult base = new TransitModel(new OrToolsSolver(), SolveOptions.DEFAULT)
          .solve(new ScenarioResolver(data, CLOCK).resolve(null, null));
      Assume.that(base.isOptimal());
      FlowResult.SupplyUse kz = base.supplies().stream().filter(s -> s.node().equals("F_KZ")).findFirst().orElseThrow();
      boolean supplyBinds = kz.available() > 0 && kz.used() >= kz.available() * (1 - 1e-6);
      boolean otherBinds = base.capacityPrices().stream().anyMatch(c -> c.used() >= c.capacity() * (1 - 1e-6))
          || base.snapshot().demand().stream().anyMatch(d -> delivered(base, d.node()) >= d.quantity() * (1 - 1e-6));
      Assume.that(supplyBinds && !otherBinds);

      var claims = new Corridor(data, new OrToolsSolver(), CLOCK, Progress.NONE, Executors::newFixedThreadPool)
          .check(null, new RunOptions(SolveOptions.DEFAULT, 1)).table("claims");
      int col = claims.columns().stream().map(c -> c.name()).toList().indexOf("pass_through");
      assertThat(claims.rows().get(0).get(col)).as("seed %d", seed).isEqualTo("supply F_KZ/crude");
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }

  private static double delivered(FlowResult r, String node) {
    return r.deliveries().stream().filter(d -> d.node().equals(node)).mapToDouble(FlowResult.Delivery::quantity).sum();
  }

  private static Path write(Path dir, Random rnd) throws IOException {
    file(dir, "sources.csv", "id,title,publisher,date,address,note\nfixture,Fixture,Test,2024-01-01,https://example.org/,\n");
    file(dir, "countries.csv", "code,name,kind,sources\nKZ,Kazakhstan,state,fixture\nUZ,Uzbekistan,state,fixture\n"
        + "RU,Russia,state,fixture\nCN,China,state,fixture\nXW,World,region,fixture\n");
    file(dir, "commodities.csv", "id,name,unit,value,sources\ncrude,Crude oil,Mt,500," + EST + "\n");
    file(dir, "nodes.csv", "id,name,country,kind,lat,lon,capacity,capacity_unit,aggregate,sources\n"
        + "F_KZ,Field,KZ,field,46,53,,,," + EST + "\nF_UZ,Field,UZ,field,41,64,,,," + EST + "\n"
        + "HUB,Hub,RU,hub,44,37,,,," + EST + "\nM_W,World,XW,market,40,20,,,," + EST + "\n"
        + "M_CN,China,CN,market,44,84,,,," + EST + "\n");
    StringBuilder links = new StringBuilder("id,name,from,to,mode,commodities,capacity,capacity_unit,sharing,direction,"
        + "cost,tariff,tariff_country,status,operator,valid_from,valid_to,via,corridor,sources\n");
    String[][] arcs = {{"L_KZ_HUB", "F_KZ", "HUB"}, {"L_KZ_CN", "F_KZ", "M_CN"}, {"L_UZ_HUB", "F_UZ", "HUB"},
        {"L_UZ_CN", "F_UZ", "M_CN"}, {"L_HUB_W", "HUB", "M_W"}};
    for (String[] a : arcs) {
      links.append(String.format(Locale.ROOT, "%s,%s,%s,%s,pipeline,crude,%s,Mt,,forward,%s,0,,operating,,,,,,%s%n",
          a[0], a[0], a[1], a[2], num(1 + rnd.nextDouble() * 150), num(rnd.nextDouble() * 20), EST));
    }
    file(dir, "links.csv", links.toString());
    file(dir, "supply.csv", "node,commodity,quantity,cost,sources\n"
        + "F_KZ,crude," + num(1 + rnd.nextDouble() * 40) + "," + num(rnd.nextDouble() * 50) + "," + EST + "\n"
        + "F_UZ,crude," + num(1 + rnd.nextDouble() * 40) + "," + num(rnd.nextDouble() * 50) + "," + EST + "\n");
    file(dir, "demand.csv", "node,commodity,quantity,price,sources\n"
        + "M_W,crude," + num(5 + rnd.nextDouble() * 200) + "," + num(150 + rnd.nextDouble() * 300) + "," + EST + "\n"
        + "M_CN,crude," + num(5 + rnd.nextDouble() * 200) + "," + num(150 + rnd.nextDouble() * 300) + "," + EST + "\n");
    file(dir, "dataset.yaml", "name: random\ndefault_scenario: base\n");
    file(dir, "scenarios/base.yaml", "name: base\nas_of: 2025-01-01\n");
    file(dir, "claims.yaml", "- id: kz-exports\n  text: KZ exports its whole supply.\n  metric: exports\n  kind: test\n"
        + "  exporter: KZ\n  commodity: crude\n  expect: {min: 0}\n  sources: [fixture]\n");
    return dir;
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static void file(Path dir, String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }
}
