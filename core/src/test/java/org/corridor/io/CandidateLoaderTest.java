package org.corridor.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.corridor.model.Candidate;
import org.corridor.model.Link;
import org.corridor.policy.AsBuilt;
import org.corridor.policy.DataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** candidates.csv: projects load with their line, every bad row is a located problem, and AsBuilt builds them. */
class CandidateLoaderTest {
  private static final String HEAD = "id,name,expands,capacity_added,capex,online,status,sources\n";

  @TempDir
  Path tmp;

  private int copies;

  private ExampleCopy candidates(String rows) {
    return ExampleCopy.in(tmp.resolve("copy" + copies++)).write("candidates.csv", HEAD + rows);
  }

  private List<String> errors(ExampleCopy copy) {
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class,
        () -> DataSetLoader.load(copy.dir(), false));
    assertThat(e).as("expected the data set to be invalid").isNotNull();
    return e.problems().stream().filter(Problem::isError).map(Problem::toString).toList();
  }

  @Test
  void projectsLoadWithTheirFieldsAndLine() throws Exception {
    DataSet data = DataSetLoader.load(candidates("CASPIAN_MORE,More tankers,CASPIAN;ATYRAU_AKTAU,5,120,2027-01-01,"
        + "announced,estimate: test\nSECOND_KCP,Second line to China,PROPOSED_LINK,,900,2026-06-01,plan,estimate: test\n")
        .dir(), true).dataSet();
    assertThat(data.network().candidates()).extracting(Candidate::id, Candidate::expands, Candidate::capacityAdded,
        Candidate::capex, Candidate::online, Candidate::status, Candidate::line).containsExactly(
        org.assertj.core.groups.Tuple.tuple("CASPIAN_MORE", List.of("CASPIAN", "ATYRAU_AKTAU"), 5.0, 120.0,
            LocalDate.of(2027, 1, 1), Candidate.Status.ANNOUNCED, 2),
        org.assertj.core.groups.Tuple.tuple("SECOND_KCP", List.of("PROPOSED_LINK"), 0.0, 900.0,
            LocalDate.of(2026, 6, 1), Candidate.Status.PLAN, 3));
  }

  @Test
  void asBuiltAddsCapacityAndBringsAPlannedLinkIntoForce() throws Exception {
    DataSet data = DataSetLoader.load(candidates("CASPIAN_MORE,More tankers,CASPIAN,5,120,2027-01-01,announced,"
        + "estimate: test\nSECOND_KCP,Second line to China,PROPOSED_LINK,,900,2026-06-01,plan,estimate: test\n")
        .dir(), true).dataSet();
    DataSet built = AsBuilt.of(data, data.network().candidates());
    Link caspian = built.network().links().get("CASPIAN");
    Link proposed = built.network().links().get("PROPOSED_LINK");
    assertThat(caspian.capacity()).isEqualTo(data.network().links().get("CASPIAN").capacity() + 5);
    assertThat(proposed.status()).isEqualTo(Link.Status.OPERATING);
    assertThat(proposed.validity().contains(LocalDate.of(2000, 1, 1))).isTrue();
    assertThat(proposed.capacity()).isEqualTo(data.network().links().get("PROPOSED_LINK").capacity());
    assertThat(data.network().links().get("PROPOSED_LINK").status()).isEqualTo(Link.Status.PROPOSED);
    assertThat(AsBuilt.of(data, List.of())).isSameAs(data);
  }

  @Test
  void everyBadRowIsNamedByFileLineAndField() {
    assertThat(errors(candidates("A,Typo,CASPAN,5,100,2027-01-01,plan,estimate: test\n"
        + "B,Node without capacity,ATYRAU,5,100,2027-01-01,plan,estimate: test\n"
        + "C,Nothing,CASPIAN,0,100,2027-01-01,plan,estimate: test\n"
        + "E,Twice,CASPIAN;CASPIAN,5,100,2027-01-01,plan,estimate: test\n"))).containsExactly(
        "candidates.csv:2: expands: unknown link or node `CASPAN`; did you mean `CASPIAN`?",
        "candidates.csv:3: expands: node `ATYRAU` has no capacity to expand; give the node a capacity in nodes.csv, "
            + "or expand the links at it instead",
        "candidates.csv:4: capacity_added: project `C` changes nothing: it adds no capacity and every link it lists "
            + "already operates; give the capacity it adds, or list the planned link it builds",
        "candidates.csv:5: expands: `CASPIAN` is listed twice; list each link or node once");
  }

  @Test
  void capexAboveZeroAndAKnownStatusAreRequired() {
    assertThat(errors(candidates("D,Free,CASPIAN,5,0,2027-01-01,plan,estimate: test\n")))
        .singleElement().asString().startsWith("candidates.csv:2: capex: ").contains("0 (excluded) to 1e6");
    assertThat(errors(candidates("F,Status,CASPIAN,5,100,2027-01-01,maybe,estimate: test\n")))
        .singleElement().asString().startsWith("candidates.csv:2: status: ").contains("maybe");
    assertThat(errors(candidates("A,One,CASPIAN,5,100,2027-01-01,plan,estimate: test\nA,Again,CASPIAN,5,100,"
        + "2027-01-01,plan,estimate: test\n"))).singleElement().asString().startsWith("candidates.csv:3: id: ");
  }
}
