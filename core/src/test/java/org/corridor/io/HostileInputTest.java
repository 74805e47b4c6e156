package org.corridor.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.corridor.policy.DataSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Inputs a fuzz campaign found to crash, hang or mislead the loader; each test holds the minimal
 * reproducer. Whatever the input, loading ends quickly with located problems, never an exception.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class HostileInputTest {
  @TempDir
  Path tmp;

  private static List<Problem> problems(ExampleCopy copy) {
    InvalidModelException e = catchThrowableOfType(InvalidModelException.class,
        () -> DataSetLoader.load(copy.dir(), false));
    assertThat(e).as("expected the data set to be invalid").isNotNull();
    return e.problems();
  }

  private static List<Problem> errors(ExampleCopy copy) {
    return problems(copy).stream().filter(Problem::isError).toList();
  }

  private static Problem only(List<Problem> problems) {
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  // 1. File system: only regular files inside the folder, at most the size limit as read.

  @Test
  void aFifoInPlaceOfATableIsRefusedWithoutWaiting() throws Exception {
    ExampleCopy copy = ExampleCopy.in(tmp.resolve("data")).delete("supply.csv");
    Process p;
    try {
      p = new ProcessBuilder("mkfifo", copy.dir().resolve("supply.csv").toString()).start();
    } catch (IOException e) {
      assumeTrue(false, "mkfifo is not available here");
      return;
    }
    assumeTrue(p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0, "mkfifo failed");
    assertThat(only(errors(copy)).toString()).isEqualTo("supply.csv (whole file): is not a regular file (a pipe, a device or "
        + "another special file); replace it with an ordinary file");
  }

  @Test
  void aLinkToDevZeroIsRefusedWithoutReadingIt() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/zero")));
    ExampleCopy copy = ExampleCopy.in(tmp.resolve("data")).delete("supply.csv");
    Files.createSymbolicLink(copy.dir().resolve("supply.csv"), Path.of("/dev/zero"));
    Problem p = only(errors(copy));
    assertThat(p.file()).isEqualTo("supply.csv");
    assertThat(p.message()).contains("outside the data folder");
  }

  @Test
  void aLinkToAFileOutsideTheFolderIsNotRead(@TempDir Path elsewhere) throws Exception {
    Path secret = Files.writeString(elsewhere.resolve("secret.csv"), "node,commodity,quantity,sources\nSECRET,x,1,y\n");
    ExampleCopy copy = ExampleCopy.in(tmp.resolve("data")).delete("supply.csv");
    Files.createSymbolicLink(copy.dir().resolve("supply.csv"), secret);
    Problem p = only(errors(copy));
    assertThat(p.toString()).startsWith("supply.csv (whole file): is a link to `").contains("which is outside the data folder")
        .doesNotContain("SECRET");
  }

  @Test
  void aLinkThatStaysInsideTheFolderIsFollowed() throws Exception {
    ExampleCopy copy = ExampleCopy.in(tmp.resolve("data"));
    Files.move(copy.dir().resolve("supply.csv"), copy.dir().resolve("supply-2024.csv"));
    Files.createSymbolicLink(copy.dir().resolve("supply.csv"), Path.of("supply-2024.csv"));
    assertThat(DataSetLoader.load(copy.dir(), true).dataSet().network().supply()).isNotEmpty();
  }

  @Test
  void theSizeLimitCountsTheBytesActuallyRead() throws Exception {
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        return 0;
      }
    };
    assertThat(DataFiles.readAtMost(endless, 1000)).isNull();
    assertThat(DataFiles.readAtMost(new ByteArrayInputStream(new byte[1000]), 1000)).hasSize(1000);
    assertThat(DataFiles.readAtMost(new ByteArrayInputStream(new byte[1001]), 1000)).isNull();
  }

  // 2. Encoding.

  @Test
  void aByteOrderMarkBeforeAKeyedTableIsDropped() throws Exception {
    ExampleCopy copy = ExampleCopy.in(tmp);
    copy.write("sources.csv", "\uFEFF" + copy.read("sources.csv"));
    DataSet d = DataSetLoader.load(copy.dir(), true).dataSet();
    assertThat(d.network().sources()).containsKey("seed-report");
  }

  @Test
  void aByteThatIsNotUtf8IsLocatedWithAFix() throws Exception {
    ExampleCopy copy = ExampleCopy.in(tmp);
    byte[] latin1 = "KZ2,Kaz\u00e4khstan,state,seed-report\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(copy.dir().resolve("countries.csv"), latin1, java.nio.file.StandardOpenOption.APPEND);
    Problem p = problems(copy).get(0);
    assertThat(p.file()).isEqualTo("countries.csv");
    assertThat(p.line()).isEqualTo(10);
    assertThat(p.message()).isEqualTo("byte 0xE4 is not UTF-8 text");
    assertThat(p.hint()).startsWith("save the file as UTF-8");
  }

  // 3. Bad ids are located problems; a bad id never reaches a suggestion ("did you mean").

  @ParameterizedTest
  @ValueSource(strings = {"\u00c4", "-X", "X;Y", "\"\""})
  void aBadIdIsALocatedProblemNotACrash(String id) {
    List<Problem> ps = errors(ExampleCopy.in(tmp).replace("nodes.csv", "NOVO,Novorossiysk", id + ",Novorossiysk"));
    assertThat(ps).anySatisfy(p -> {
      assertThat(p.file()).isEqualTo("nodes.csv");
      assertThat(p.line()).isEqualTo(6);
      assertThat(p.field()).isEqualTo("id");
    });
    if (!id.equals("\"\"")) {
      assertThat(ps).anySatisfy(p -> assertThat(p.hint()).contains("an id starts with an ASCII letter or digit"));
    }
  }

  @Test
  void aBadIdInASourcesTableDoesNotLoseTheOtherProblems() {
    List<Problem> ps = errors(ExampleCopy.in(tmp).replace("sources.csv", "seed-report,", "\u00c4,")
        .replace("supply.csv", "OILFIELD,crude,60", "OILFIELD,crude,-60"));
    assertThat(ps).extracting(Problem::toString).contains("sources.csv:2: id: `\u00c4` is not a valid id; an id "
        + "starts with an ASCII letter or digit and holds only ASCII letters, digits, `_`, `-` and `.` (no spaces, "
        + "no `;`, no accents)");
    assertThat(ps).anyMatch(p -> p.file().equals("supply.csv") && p.field().equals("quantity"));
  }

  // 4. Header problems: one clear problem per file, located on the header line.

  @Test
  void anEmptyHeaderNameIsLocated() {
    ExampleCopy copy = ExampleCopy.in(tmp);
    copy.write("supply.csv", copy.read("supply.csv").replaceFirst("sources\n", "sources,\n"));
    assertThat(only(errors(copy)).toString()).isEqualTo("supply.csv:1: column 6 of the header has no name; "
        + "remove the comma at the end of the header line");
  }

  @Test
  void aRenamedHeaderNamesTheColumnToRename() {
    Problem p = only(errors(ExampleCopy.in(tmp).replace("supply.csv", "node,commodity", "nod,commodity")));
    assertThat(p.toString()).isEqualTo("supply.csv:1: node: required column `node` is missing from the header; "
        + "the header has `nod`; rename it to `node`");
  }

  @Test
  void aShiftedHeaderIsOneProblemAndNoRowErrors() {
    List<Problem> ps = errors(ExampleCopy.in(tmp).replace("nodes.csv", "id,name,", "name,"));
    assertThat(ps).allMatch(p -> p.file().equals("nodes.csv") && p.line() == 1);
    assertThat(ps).extracting(Problem::message).containsExactly("required column `id` is missing from the header",
        "the header names 9 columns but the rows have 10");
  }

  @Test
  void aSemicolonSeparatedFileIsSaidSo() {
    ExampleCopy copy = ExampleCopy.in(tmp);
    copy.write("supply.csv", "node;commodity;quantity;cost;sources\nOILFIELD;crude;60;150;seed-report\n"
        + "RU_OIL;crude;30;180;seed-report\n");
    assertThat(only(errors(copy)).toString()).isEqualTo("supply.csv:1: the columns are separated by `;`, but a data "
        + "set's CSV files are separated by commas; save the file as comma-separated CSV "
        + "(in Excel: \"CSV UTF-8 (Comma delimited)\")");
  }

  @Test
  void aMisspeltOptionalColumnIsAnErrorNotASilentDefault() {
    Problem p = only(errors(ExampleCopy.in(tmp).replace("supply.csv", ",cost,", ",costs,")));
    assertThat(p.toString()).isEqualTo("supply.csv:1: costs: unknown column `costs`: its values would be ignored; "
        + "did you mean `cost`?");
  }

  @Test
  void anExtraColumnFarFromAnyKnownNameStaysAWarning() throws Exception {
    ExampleCopy copy = ExampleCopy.in(tmp);
    copy.write("supply.csv", copy.read("supply.csv").replaceFirst("sources\n", "sources,remark\n")
        .replace("example data set\n", "example data set,x\n"));
    var result = DataSetLoader.load(copy.dir(), false);
    assertThat(result.warnings()).extracting(Problem::toString).containsExactly(
        "supply.csv:1: remark: unknown column is ignored");
  }

  // 5. A missing required table comes first, without its follow-on problems.

  @Test
  void aMissingNodesTableIsTheFirstAndOnlyProblem() {
    List<Problem> ps = problems(ExampleCopy.in(tmp).delete("nodes.csv"));
    assertThat(ps).hasSize(1);
    assertThat(ps.get(0).toString()).startsWith("nodes.csv (whole file): file is missing; every data set needs nodes.csv")
        .endsWith("follow-on problems (references to nodes) not listed");
  }

  @Test
  void aMissingTableIsListedBeforeOtherFilesProblems() {
    List<Problem> ps = errors(ExampleCopy.in(tmp).delete("nodes.csv")
        .replace("commodities.csv", "crude,Crude oil,Mt", "crude,Crude oil,MT"));
    assertThat(ps).extracting(Problem::file).containsExactly("nodes.csv", "commodities.csv");
  }

  // 6.-10. YAML.

  @Test
  void deeplyNestedYamlIsALocatedProblem() {
    String deep = "name: deep\nas_of: 2024-01-01\ndescription: " + "[".repeat(2000) + "]".repeat(2000) + "\n";
    Problem p = only(errors(ExampleCopy.in(tmp).write("scenarios/deep.yaml", deep)));
    assertThat(p.toString()).isEqualTo("scenarios/deep.yaml:3: YAML is nested more than 64 levels deep; "
        + "a data set's YAML needs a few levels; check the indentation and brackets");
  }

  @Test
  void longRunsOfEmojiAreRead() throws Exception {
    String emoji = "\uD83D\uDE00".repeat(511);
    ExampleCopy copy = ExampleCopy.in(tmp).write("scenarios/emoji.yaml", "# " + emoji + emoji + "\nname: emoji\n"
        + "description: \"" + emoji + "\"\nas_of: 2024-01-01\n");
    DataSet d = DataSetLoader.load(copy.dir(), true).dataSet();
    assertThat(d.scenarios().get("emoji").description()).isEqualTo(emoji);
  }

  @Test
  void aFailureInsideTheYamlLibraryIsALocatedProblem() {
    // With its default buffer the library throws IndexOutOfBoundsException on this text.
    String text = "name: x\ndescription: \"" + "\uD83D\uDE00".repeat(511) + "\"\n";
    Problems problems = new Problems();
    assertThat(YamlTree.parse(text, "scenarios/x.yaml", problems, 1024)).isEmpty();
    Problem p = only(problems.list());
    assertThat(p.file()).isEqualTo("scenarios/x.yaml");
    assertThat(p.line()).isPositive();
    assertThat(p.message()).startsWith("the YAML reader failed after line " + p.line() + " (IndexOutOfBoundsException");
  }

  @Test
  void yamlIsCheckedEvenWhenATableHasErrors() {
    List<Problem> ps = errors(ExampleCopy.in(tmp).replace("supply.csv", "OILFIELD,crude,60", "OILFIELD,crude,-60")
        .append("policies.yaml", "- id: bad\n  kind: transit_ban\n  actor: RUS\n  sources: [seed-report]\n"));
    assertThat(ps).extracting(Problem::toString).containsExactly(
        "policies.yaml:21: actor: unknown country or bloc `RUS`; did you mean `RU`?",
        "supply.csv:2: quantity: `-60` is negative: quantities and capacities per year run from 0 to 1e9; use a value "
            + "from 0 to 1e9");
  }

  @Test
  void scenarioChainProblemsNameTheLineOfExtends() {
    List<Problem> ps = errors(ExampleCopy.in(tmp)
        .write("scenarios/loop-a.yaml", "name: loop-a\nas_of: 2024-01-01\nextends: loop-b\n")
        .write("scenarios/loop-b.yaml", "name: loop-b\n\n\nextends: loop-a\n")
        .write("scenarios/orphan.yaml", "name: orphan\nextends: basee-2024\n"));
    assertThat(ps).extracting(Problem::toString).containsExactly(
        "scenarios/loop-a.yaml:3: extends: scenario `loop-a` extends itself through `loop-a`; break the loop of `extends`",
        "scenarios/loop-b.yaml:4: extends: scenario `loop-b` extends itself through `loop-b`; break the loop of `extends`",
        "scenarios/orphan.yaml:1: as_of: no as_of date here or in the scenarios it extends",
        "scenarios/orphan.yaml:2: extends: unknown scenario `basee-2024`; did you mean `base-2024`?");
  }

  @Test
  void yamlAndYmlOfOneScenarioCollideAndUpperCaseExtensionsAreRead() throws Exception {
    ExampleCopy copy = ExampleCopy.in(tmp);
    Files.move(copy.dir().resolve("scenarios/cpc-outage.yaml"), copy.dir().resolve("scenarios/cpc-outage.YAML"));
    Files.move(copy.dir().resolve("policies.yaml"), copy.dir().resolve("policies.Yml"));
    assertThat(DataSetLoader.load(copy.dir(), true).dataSet().scenarios()).containsKey("cpc-outage");
    copy.write("scenarios/grain-war.yml", copy.read("scenarios/grain-war.yaml"));
    assertThat(only(errors(copy)).toString()).isEqualTo("scenarios/grain-war.yml (whole file): name: scenario `grain-war` is also "
        + "defined by scenarios/grain-war.yaml, which is read instead; keep one of the two files");
  }

  @Test
  void twoPolicyFilesCollide() {
    ExampleCopy copy = ExampleCopy.in(tmp);
    copy.write("policies.yml", copy.read("policies.yaml"));
    assertThat(only(errors(copy)).toString()).isEqualTo("policies.yml (whole file): defines the same as policies.yaml, which is "
        + "read instead; keep one of the two files");
  }
}
