package dev.onramp.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Onramp#diff} and {@link Onramp#report} on sides other than the build's blueprints: no
 * blueprint directory is needed, SARIF points at the current side's files, and a diff of the
 * blueprints with themselves is refused.
 */
class DiffSidesTest {
  private static final String TEMPLATE =
      """
      Resources:
        AppRole:
          Type: AWS::IAM::Role
          Properties:
            AssumeRolePolicyDocument:
              Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: sts:AssumeRole}]
            Policies:
              - PolicyName: app
                PolicyDocument:
                  Statement: [{Effect: Allow, Action: [%s], Resource: '*'}]
      """;

  @TempDir Path project;

  private ProjectBlueprints withoutBlueprints() {
    return new ProjectBlueprints(
        project,
        project.resolve("src/main/blueprints"),
        List.of(),
        VendorSettings.NONE,
        getClass().getClassLoader());
  }

  private void write(String path, String actions) throws Exception {
    Path file = project.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, TEMPLATE.formatted(actions));
  }

  @Test
  void twoFoldersAreComparedWithoutBlueprintsAndSarifPointsAtTheCurrentFiles() throws Exception {
    write("before/acme/template.yaml", "s3:GetObject");
    write("after/acme/template.yaml", "s3:GetObject, s3:PutObject");
    Path review = project.resolve("target/cfn-review");

    DiffResult result =
        new Onramp()
            .diff(
                new DiffRequest(
                    withoutBlueprints(),
                    "before",
                    "escalation",
                    review,
                    project.resolve("target/cfn"),
                    "after"));

    assertThat(result.current()).isEqualTo("directory after");
    assertThat(result.baseline()).isEqualTo("directory before");
    assertThat(result.fails()).isTrue();
    assertThat(result.lines().get(0).text()).startsWith("acme: changed");
    assertThat(Files.readString(review.resolve("policy-diff.sarif")))
        .contains("after/acme/template.yaml");
  }

  @Test
  void theInventoryOfATemplateFileIsWrittenWithoutBlueprints() throws Exception {
    write("cfn/app.yaml", "s3:GetObject");
    Path review = project.resolve("review");

    ReportResult result =
        new Onramp().report(new ReportRequest(withoutBlueprints(), review, "cfn/app.yaml"));

    assertThat(result.inventories())
        .extracting(ReportResult.Inventory::blueprint)
        .containsExactly("app");
    assertThat(review.resolve("app/permissions.md")).isRegularFile();
    assertThat(review.resolve("app/permissions.json")).isRegularFile();
  }

  @Test
  void theBlueprintsAgainstThemselvesAreRefused() {
    assertThatThrownBy(
            () ->
                new Onramp()
                    .diff(
                        new DiffRequest(
                            withoutBlueprints(),
                            "blueprints",
                            "escalation",
                            project.resolve("r"),
                            project.resolve("o"))))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e -> {
              assertThat(e.setting()).isEqualTo(Setting.BASELINE);
              assertThat(e.problem()).contains("already the side compared");
            });
  }

  @Test
  void aBadCurrentSideBlamesItsOwnSettingAndTheBlueprintsAreStillRequiredWhenNamed() {
    assertThatThrownBy(
            () ->
                new Onramp()
                    .diff(
                        new DiffRequest(
                            withoutBlueprints(),
                            "before",
                            "escalation",
                            project.resolve("r"),
                            project.resolve("o"),
                            "missing.yaml")))
        .isInstanceOfSatisfying(
            ConfigurationException.class,
            e -> assertThat(e.setting()).isEqualTo(Setting.DIFF_CURRENT));
    assertThatThrownBy(
            () ->
                new Onramp()
                    .diff(
                        new DiffRequest(
                            withoutBlueprints(),
                            "before",
                            "escalation",
                            project.resolve("r"),
                            project.resolve("o"))))
        .isInstanceOf(NoBlueprintsException.class);
  }
}
