package org.corridor.solve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.corridor.policy.DataSet;
import org.corridor.io.DataSetLoader;
import org.corridor.model.Node;
import org.corridor.model.SourceRef;
import org.corridor.model.Validity;
import org.corridor.policy.CapacityChange;
import org.corridor.policy.Scenario;
import org.corridor.policy.ScenarioResolver;
import org.junit.jupiter.api.Test;

/**
 * A node closed by bounds on the base program is the program the resolver and the formulation build for
 * "capacity of the node × 0": same shape, and every bound equal to the last bit, for every node of the
 * bundled data set (28 with a throughput capacity, the rest closed link by link) in four scenarios. So the
 * sweep's answer is the one a rebuild solved in place gave.
 */
class NodeClosedTest {
  @Test
  void boundsEqualTheRebuiltProgramForEveryNodeAndScenario() throws Exception {
    DataSet data = DataSetLoader.load(Path.of("../data/eurasia"), true).dataSet();
    ScenarioResolver resolver = new ScenarioResolver(data);
    int withCapacity = 0;
    int compared = 0;
    // Four scenarios keep the test short; a strike (a capacity change) and sanctions packages are among them.
    for (String name : data.scenarios().keySet().stream().sorted().limit(4).toList()) {
      Scenario scenario = resolver.scenario(name);
      TransitFormulation base = TransitFormulation.build(resolver.resolve(scenario));
      for (Node n : data.network().nodes().values()) {
        TransitFormulation rebuilt = TransitFormulation.build(resolver.resolve(scenario.plus("without " + n.id(),
            List.of(new CapacityChange("n-1", null, n.id(), 0, Validity.ALWAYS, "", SourceRef.estimate("test"))))));
        LinearProgram closed = ScenarioSweep.nodeClosed(base, n.id());
        assertThat(ScenarioSweep.sameShape(rebuilt.lp(), base.lp())).as(name + " " + n.id()).isTrue();
        for (int j = 0; j < closed.columns(); j++) {
          assertThat(bits(closed.colLower(j), closed.colUpper(j)))
              .as(name + " " + n.id() + " " + base.columnName(j))
              .isEqualTo(bits(rebuilt.lp().colLower(j), rebuilt.lp().colUpper(j)));
        }
        for (int i = 0; i < closed.rows(); i++) {
          assertThat(bits(closed.rowLower(i), closed.rowUpper(i)))
              .as(name + " " + n.id() + " " + base.rowName(i))
              .isEqualTo(bits(rebuilt.lp().rowLower(i), rebuilt.lp().rowUpper(i)));
        }
        compared++;
        withCapacity += n.capacity() != null ? 1 : 0;
      }
    }
    assertThat(compared).isGreaterThan(400);
    assertThat(withCapacity).isGreaterThan(0);
  }

  private static String bits(double lo, double up) {
    return Double.doubleToLongBits(lo) + ".." + Double.doubleToLongBits(up);
  }
}
