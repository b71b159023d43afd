package dev.onramp.review.baseline;

import static dev.onramp.review.baseline.SideTemplates.role;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.review.AccessVerdict;
import dev.onramp.review.report.BlueprintDiff;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sides read from the file system (folders and single files), how they pair, their errors. */
class SidesTest {
  @TempDir Path project;

  private Side.Project project() {
    return new Side.Project(
        project, project.resolve("src/main/blueprints"), List.of(), Optional.empty());
  }

  private Path write(String path, String text) throws Exception {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void aFolderWithTheOutputLayoutIsReadByNameWithItsFiles() throws Exception {
    Path acme = write("before/acme/template.yaml", role("s3:GetObject"));
    Path beta = write("before/beta/template.json", "{\"Resources\": {}}");
    write("before/notes/readme.txt", "not a template");

    Side side = Sides.resolve("before", project());

    assertThat(side.description()).isEqualTo("directory before");
    assertThat(side.oneFile()).isFalse();
    assertThat(side.templates()).extracting(SideTemplate::name).containsExactly("acme", "beta");
    assertThat(side.template("acme").orElseThrow().file()).contains(acme);
    assertThat(side.template("beta").orElseThrow().file()).contains(beta);
    assertThat(side.template("acme").orElseThrow().template().resources()).containsKey("AppRole");
  }

  @Test
  void oneTemplateFileIsNamedByItsFileNameWithoutExtension() throws Exception {
    for (String name : List.of("app.yaml", "app.yml", "app.json", "app.template")) {
      write("t/" + name, role("s3:GetObject"));

      Side side = Sides.resolve("t/" + name, project());

      assertThat(side.description()).isEqualTo("file t/" + name);
      assertThat(side.oneFile()).isTrue();
      assertThat(side.templates()).extracting(SideTemplate::name).containsExactly("app");
    }
  }

  @Test
  void twoSingleFilesAreComparedWithEachOtherUnderTheCurrentName() throws Exception {
    write("vendor-original.yaml", role("s3:GetObject"));
    Path after = write("generated.json", role("s3:GetObject", "s3:PutObject"));

    PolicyReview.Comparison comparison =
        PolicyReview.compare(
            Sides.resolve("generated.json", project()),
            Sides.resolve("vendor-original.yaml", project()));

    assertThat(comparison.baseline()).isEqualTo("file vendor-original.yaml");
    assertThat(comparison.diffs()).hasSize(1);
    BlueprintDiff diff = comparison.diffs().get(0);
    assertThat(diff.blueprint()).isEqualTo("generated");
    assertThat(diff.status()).isEqualTo(BlueprintDiff.Status.CHANGED);
    assertThat(diff.diff().verdict()).isEqualTo(AccessVerdict.ESCALATION);
    assertThat(comparison.currentFile("generated")).contains(after);
  }

  @Test
  void aFileTakesTheNameOfTheOtherSidesOnlyTemplateButNotOfOneAmongSeveral() throws Exception {
    write("one/acme/template.yaml", role("s3:GetObject"));
    write("two/acme/template.yaml", role("s3:GetObject"));
    write("two/beta/template.yaml", role("s3:GetObject"));
    write("hand-written.yaml", role("s3:GetObject"));

    PolicyReview.Comparison matched =
        PolicyReview.compare(
            Sides.resolve("hand-written.yaml", project()), Sides.resolve("one", project()));
    assertThat(matched.diffs())
        .extracting(BlueprintDiff::blueprint, BlueprintDiff::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("acme", BlueprintDiff.Status.UNCHANGED));

    PolicyReview.Comparison unmatched =
        PolicyReview.compare(
            Sides.resolve("hand-written.yaml", project()), Sides.resolve("two", project()));
    assertThat(unmatched.diffs())
        .extracting(BlueprintDiff::blueprint, BlueprintDiff::status)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("acme", BlueprintDiff.Status.REMOVED),
            org.assertj.core.groups.Tuple.tuple("beta", BlueprintDiff.Status.REMOVED),
            org.assertj.core.groups.Tuple.tuple("hand-written", BlueprintDiff.Status.ADDED));
  }

  @Test
  void aMissingTemplateFileIsNamedAsSuch() {
    assertThatThrownBy(() -> Sides.resolve("cfn/missing.yaml", project()))
        .isInstanceOf(BaselineException.class)
        .hasMessage("template file cfn/missing.yaml does not exist in " + project)
        .satisfies(e -> assertThat(((BaselineException) e).hint()).contains("relative"));
  }

  @Test
  void anUnreadableTemplateIsNamedWithItsLine() throws Exception {
    write("bad.yaml", "Resources:\n  AppRole:\n    Type: [unclosed\n");
    write("cfn/acme/template.yaml", "Resources:\n  AppRole: {Type: X}\n  AppRole: {Type: Y}\n");

    assertThatThrownBy(() -> Sides.resolve("bad.yaml", project()))
        .isInstanceOf(BaselineException.class)
        .hasMessageStartingWith("the template bad.yaml:")
        .hasMessageContaining("cannot be read: not valid YAML: ");
    assertThatThrownBy(() -> Sides.resolve("cfn", project()))
        .isInstanceOf(BaselineException.class)
        .hasMessage(
            "the template cfn/acme/template.yaml:3:3 cannot be read: duplicate key 'AppRole'");
  }

  @Test
  void aFolderWithoutTemplatesIsRefusedAndItsLooseTemplateFilesSuggested() throws Exception {
    Files.createDirectories(project.resolve("empty/sub"));
    write("flat/app.yaml", role("s3:GetObject"));

    assertThatThrownBy(() -> Sides.resolve("empty", project()))
        .isInstanceOf(BaselineException.class)
        .hasMessage("folder empty holds no <name>/template.yaml or <name>/template.json")
        .satisfies(e -> assertThat(((BaselineException) e).hint()).contains("target/cfn"));
    assertThatThrownBy(() -> Sides.resolve("flat", project()))
        .isInstanceOf(BaselineException.class)
        .hasMessageContaining("(it holds app.yaml)")
        .satisfies(
            e ->
                assertThat(((BaselineException) e).hint())
                    .isEqualTo("give one template file, such as flat/app.yaml"));
  }

  @Test
  void aFileThatIsNoTemplateIsRefused() throws Exception {
    write("notes.txt", "hello");

    assertThatThrownBy(() -> Sides.resolve("notes.txt", project()))
        .isInstanceOf(BaselineException.class)
        .hasMessage("file notes.txt is not a template file")
        .satisfies(e -> assertThat(((BaselineException) e).hint()).contains(".template"));
  }

  @Test
  void nothingOrTheBuildsBlueprintsAreNotForTheResolver() throws Exception {
    assertThatThrownBy(() -> Sides.resolve("  ", project()))
        .isInstanceOf(BaselineException.class)
        .hasMessage("no templates were named");
    assertThat(Side.isBlueprints(" blueprints ")).isTrue();
    assertThat(Side.isBlueprints("./blueprints")).isFalse();
    assertThatThrownBy(() -> Sides.resolve("blueprints", project()))
        .isInstanceOf(IllegalArgumentException.class);

    write("blueprints/acme/template.yaml", role("s3:GetObject"));
    assertThat(Sides.resolve("./blueprints", project()).description())
        .isEqualTo("directory ./blueprints");
  }

  @Test
  void somethingThatIsNoneOfTheKindsIsRefusedWithTheChoices() {
    assertThatThrownBy(() -> Sides.resolve("no-such-thing", project()))
        .isInstanceOf(BaselineException.class)
        .hasMessageStartingWith("'no-such-thing' is not a folder, not a template file")
        .satisfies(
            e ->
                assertThat(((BaselineException) e).hint())
                    .contains("git ref")
                    .contains("<ref>:<path>")
                    .contains("manifest"));
  }
}
