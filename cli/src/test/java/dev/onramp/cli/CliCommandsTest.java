package dev.onramp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each command once succeeding and once failing, run in this JVM through the tool's entry point in
 * a copy of a fixture project (the plugin's invoker ITs' projects): the exit code, the result lines
 * on stdout, every located problem once on stderr and the one-line failure after it. The S3 cases
 * of publish and links are in {@link CliS3Test}.
 */
class CliCommandsTest {

  @TempDir Path dir;

  @Test
  void generateWritesTheTemplates() {
    Path project = CliRun.fixture("acme", dir);
    CliRun run = CliRun.in(project, "generate");
    assertThat(run.code()).as(run.toString()).isEqualTo(Exit.OK);
    assertThat(run.out()).as(run.toString()).contains("acme: ").contains("-> target/cfn/acme");
    assertThat(project.resolve("target/cfn/acme/template.yaml")).isRegularFile();
    assertThat(run.err()).doesNotContain("error");
  }

  @Test
  void generateReportsEachLocatedErrorOnceOnStderr() {
    Path project = CliRun.fixture("generate-bad-blueprint", dir);
    CliRun run = CliRun.in(project, "generate");
    assertThat(run.code()).as(run.toString()).isEqualTo(Exit.FAILED);
    assertThat(run.errCount("src/main/blueprints/bad.yaml:10:5: error ONR101 at roles[0].nmae"))
        .as(run.toString())
        .isEqualTo(1);
    assertThat(run.errCount("fix: did you mean 'name'?")).isEqualTo(1);
    assertThat(run.err())
        .endsWith(
            "onramp generate: 3 errors in 2 blueprints, see above; nothing was written"
                + System.lineSeparator());
    assertThat(run.out()).isEmpty();
    assertThat(project.resolve("target/cfn")).doesNotExist();
  }

  @Test
  void plainPropertiesOfThePluginWork() {
    Path project = CliRun.fixture("acme", dir);
    CliRun run =
        CliRun.in(project, "generate", "-Dcfn.outputDirectory=out", "-Dcfn.tenants=ignored.csv");
    assertThat(run.code()).as(run.toString()).isEqualTo(Exit.OK);
    assertThat(project.resolve("out/acme/template.yaml")).isRegularFile();
    assertThat(run.err())
        .contains("warning: -Dcfn.tenants is no option of onramp generate; ignored");
  }

  @Test
  void validatePassesTheGeneratedTemplates() {
    Path project = CliRun.fixture("acme", dir);
    assertThat(CliRun.in(project, "generate").code()).isEqualTo(Exit.OK);
    CliRun run = CliRun.in(project, "validate", "--lint-engine", "local");
    assertThat(run.code()).as(run.toString()).isEqualTo(Exit.OK);
    assertThat(run.out()).as(run.toString()).contains("Reports: target/cfn-reports");
    assertThat(project.resolve("target/cfn-reports/cfn-validate.sarif")).isRegularFile();
  }

  @Test
  void validateFailsOnAWarningWithFailOnWarning() {
    Path project = CliRun.fixture("validate-fail-on-warning", dir);
    assertThat(CliRun.in(project, "generate").code()).isEqualTo(Exit.OK);
    CliRun run = CliRun.in(project, "validate", "--lint-engine=local", "--fail-on-warning");
    assertThat(run.code()).as(run.toString()).isEqualTo(Exit.FAILED);
    assertThat(run.err())
        .as(run.toString())
        .contains("(--fail-on-warning is on); see the findings above or");
  }

  @Test
  void validateRefusesAnUnknownEngine() {
    Path project = CliRun.fixture("acme", dir);
    CliRun run = CliRun.in(project, "validate", "-Dcfn.lint.engine=podman");
    assertThat(run.code()).as(run.toString()).isEqualTo(Exit.USAGE);
    assertThat(run.err()).contains("--lint-engine: 'podman' is not a lint engine");
  }

  @Test
  void reportWritesTheInventory() {
    Path project = CliRun.fixture("acme", dir);
    CliRun run = CliRun.in(project, "report");
    assertThat(run.code()).as(run.toString()).isEqualTo(Exit.OK);
    assertThat(run.out()).contains("acme: ").contains("-> target/cfn-review/acme/permissions.md");
    assertThat(project.resolve("target/cfn-review/acme/permissions.json")).isRegularFile();
  }

  @Test
  void reportWithoutBlueprintsSaysWhatToGive() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    CliRun run = CliRun.in(empty, "report");
    assertThat(run.code()).as(run.toString()).isEqualTo(Exit.USAGE);
    assertThat(run.err())
        .contains("No blueprints to generate: ")
        .contains("fix: create src/main/blueprints, or set --blueprint-directory")
        .contains("or report other templates: --templates");
  }

  @Test
  void diffAgainstTheSameTemplatesPasses() {
    Path project = CliRun.fixture("acme", dir);
    assertThat(CliRun.in(project, "generate", "--output-directory", "baseline").code())
        .isEqualTo(Exit.OK);
    CliRun run = CliRun.in(project, "diff", "--baseline", "baseline");
    assertThat(run.code()).as(run.toString()).isEqualTo(Exit.OK);
    assertThat(run.out())
        .contains("Policy diff against directory baseline: target/cfn-review/policy-diff.md");
    assertThat(project.resolve("target/cfn-review/policy-diff.md")).isRegularFile();
  }

  @Test
  void diffFailsOnAnEscalation() {
    Path project = CliRun.fixture("diff-escalation", dir);
    CliRun run = CliRun.in(project, "diff", "--baseline", "baseline");
    assertThat(run.code()).as(run.toString()).isEqualTo(Exit.FAILED);
    assertThat(run.err())
        .contains("has changes that --fail-on escalation does not accept")
        .contains("set --fail-on any or none");
  }

  @Test
  void diffNeedsABaseline() {
    Path project = CliRun.fixture("acme", dir);
    CliRun run = CliRun.in(project, "diff");
    assertThat(run.code()).as(run.toString()).isEqualTo(Exit.USAGE);
    assertThat(run.err()).contains("--baseline is required").contains("-Dcfn.baseline=");
  }

  @Test
  void guideWritesTheGuides() {
    Path project = CliRun.fixture("acme", dir);
    CliRun run = CliRun.in(project, "guide");
    assertThat(run.code()).as(run.toString()).isEqualTo(Exit.OK);
    assertThat(run.out())
        .contains("acme: onboarding guide -> target/cfn-guides/acme/onboarding-guide.md");
  }

  @Test
  void guideWithABrokenTemplateFails() {
    Path project = CliRun.fixture("guide-bad-template", dir);
    CliRun run = CliRun.in(project, "guide", "--guide-template-directory", "src/guide");
    assertThat(run.code()).as(run.toString()).isEqualTo(Exit.USAGE);
    assertThat(run.err())
        .as(run.toString())
        .contains("onramp guide: --guide-template-directory: template guide.ftl failed");
    assertThat(run.err()).doesNotContain("Exception");
  }

  @Test
  void linksWritesEveryTenantsLink() {
    Path project = CliRun.fixture("acme", dir);
    CliRun run = CliRun.in(project, "links", "--tenants", "tenants.csv");
    assertThat(run.code()).as(run.toString()).isEqualTo(Exit.OK);
    assertThat(project.resolve("target/cfn-links/acme/links.csv")).isRegularFile();
    assertThat(run.out() + run.err()).doesNotContain(CliRun.SECRET);
  }

  @Test
  void linksReportsTheTenantFilesErrorsLocated() {
    Path project = CliRun.fixture("acme", dir);
    CliRun run = CliRun.in(project, "links", "--tenants", "bad-tenants.csv");
    assertThat(run.code()).as(run.toString()).isEqualTo(Exit.FAILED);
    assertThat(run.err()).as(run.toString()).contains("bad-tenants.csv:1:");
    assertThat(run.err()).contains("see above; nothing was written");
  }

  @Test
  void linksWithoutTheSecretSaysWhereToPutIt() {
    Path project = CliRun.fixture("acme", dir);
    CliRun run =
        CliRun.run(
            Map.of(), "links", "--base-directory", project.toString(), "--tenants", "tenants.csv");
    assertThat(run.code()).as(run.toString()).isEqualTo(Exit.USAGE);
    assertThat(run.err())
        .contains("--secret-env: environment variable ONRAMP_TENANT_SECRET is not set");
  }

  @Test
  void publishDryRunPrintsThePlanWithoutS3() {
    Path project = CliRun.fixture("acme", dir);
    CliRun run = CliRun.in(project, "publish", "--dry-run");
    assertThat(run.code()).as(run.toString()).isEqualTo(Exit.OK);
    assertThat(run.out()).as(run.toString()).contains("acme-templates-us-east-1");
    // Not validated: a dry run shows the refusal as a warning.
    assertThat(run.err()).contains("warning: onramp publish would refuse this release");
  }

  @Test
  void importWritesTheDraft() {
    Path project = CliRun.fixture("import-good", dir);
    CliRun run =
        CliRun.in(
            project,
            "import",
            "--template",
            "vendor/larkspur-onboarding.yaml",
            "--name",
            "larkspur");
    assertThat(run.code()).as(run.toString()).isEqualTo(Exit.OK);
    assertThat(run.out()).contains("Blueprint: src/main/blueprints/larkspur.yaml");
    assertThat(project.resolve("src/main/blueprints/larkspur.yaml")).isRegularFile();
    assertThat(CliRun.in(project, "generate").code()).isEqualTo(Exit.OK);
  }

  @Test
  void importRefusesADraftThatGrantsMore() {
    Path project = CliRun.fixture("import-escalation", dir);
    CliRun run =
        CliRun.in(
            project,
            "import",
            "-Dcfn.import.template=vendor/acme-onboarding.yaml",
            "-Dcfn.import.name=acme");
    assertThat(run.code()).as(run.toString()).isEqualTo(Exit.FAILED);
    assertThat(run.err())
        .contains("The draft of acme was not written to src/main/blueprints")
        .contains("--accept-escalation");
    assertThat(project.resolve("src/main/blueprints/acme.yaml")).doesNotExist();
  }

  @Test
  void initScaffoldsABlueprintThatGenerates() throws Exception {
    Path project = java.nio.file.Files.createDirectories(dir.resolve("init-good"));
    CliRun run =
        CliRun.in(
            project,
            "init",
            "--name",
            "acme-portal",
            "--role-arn",
            "arn:aws:iam::111122223333:role/AcmeOnboarding",
            "--policy-sets",
            "read-only,billing-read");
    assertThat(run.code()).as(run.toString()).isEqualTo(Exit.OK);
    assertThat(run.out()).contains("Blueprint: src/main/blueprints/acme-portal.yaml");
    assertThat(CliRun.in(project, "generate").code()).isEqualTo(Exit.OK);
  }

  @Test
  void initRefusesAnExistingFileNamingTheOption() throws Exception {
    Path project = java.nio.file.Files.createDirectories(dir.resolve("init-existing"));
    Path existing =
        java.nio.file.Files.createDirectories(project.resolve("src/main/blueprints"))
            .resolve("acme.yaml");
    java.nio.file.Files.writeString(existing, "# mine\n");
    CliRun run =
        CliRun.in(
            project,
            "init",
            "-Dcfn.init.name=acme",
            "-Dcfn.init.roleArn=arn:aws:iam::111122223333:role/AcmeOnboarding");
    assertThat(run.code()).as(run.toString()).isEqualTo(Exit.USAGE);
    assertThat(run.err())
        .contains(
            "--name: src/main/blueprints/acme.yaml exists; cfn:init never replaces a blueprint");
    assertThat(java.nio.file.Files.readString(existing)).isEqualTo("# mine\n");
  }
}
