package dev.onramp.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.DiagnosticCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CloudFormation's and IAM's limits, and what happens to earlier output when input is bad. */
class LimitsAndOutputSafetyTest {
  @TempDir Path output;

  @Test
  void aTemplateOverTheInlineLimitGeneratesWithAWarning() throws Exception {
    GenerateResult result = generate(blueprint("big", 6, "[read-only]"));
    assertThat(result.blueprints().get(0).jsonBytes()).isGreaterThan(51_200);
    assertThat(result.warnings())
        .extracting(Diagnostic::code)
        .containsExactly(DiagnosticCode.TEMPLATE_NEEDS_S3);
    assertThat(result.warnings().get(0).render())
        .startsWith("big.yaml:1:1: warning ONR303: the template is ")
        .contains("publish it to S3");
  }

  @Test
  void moreThan500ResourcesIsAnError() {
    assertThatThrownBy(() -> generate(blueprint("huge", 251, "[resource-tags-read]")))
        .isInstanceOf(BlueprintException.class)
        .hasMessageContaining(
            "error ONR305 at roles: the template would have 502 resources; CloudFormation"
                + " allows 500");
    assertThat(output).isEmptyDirectory();
  }

  @Test
  void moreThanTenManagedPoliciesOnARoleIsAnError() {
    String sets =
        "[read-only, resource-tags-read, billing-read, tag-write-back, identity-center-read,"
            + " organizations-read, security-audit]";
    String text =
        blueprint("crowded", 1, sets)
            .replace(
                "    policySets:",
                "    managedPolicies: [ReadOnlyAccess, SecurityAudit, job-function/ViewOnlyAccess,"
                    + " AWSBillingReadOnlyAccess]\n    policySets:");
    assertThatThrownBy(() -> generate(text))
        .isInstanceOf(BlueprintException.class)
        .hasMessageContaining(
            "crowded.yaml:8:5: error ONR302 at roles[0]: role Role0 would have 12 managed"
                + " policies attached; IAM allows 10 by default");
  }

  @Test
  void aBadBlueprintLeavesEarlierOutputUntouched() throws Exception {
    GenerateResult first = generate(blueprint("keep", 1, "[read-only]"));
    Path template = first.blueprints().get(0).directory().resolve(Generator.YAML_FILE);
    byte[] before = Files.readAllBytes(template);
    FileTime stamp = Files.getLastModifiedTime(template);

    String broken = blueprint("keep", 1, "[read-only]").replace("policySets:", "polcySets:");
    assertThatThrownBy(() -> generate(broken)).isInstanceOf(BlueprintException.class);

    assertThat(Files.readAllBytes(template)).isEqualTo(before);
    assertThat(Files.getLastModifiedTime(template)).isEqualTo(stamp);
    try (var entries = Files.list(output)) {
      assertThat(entries.map(p -> p.getFileName().toString()).toList())
          .as("no staging folder left behind")
          .containsExactly("keep");
    }
  }

  @Test
  void regeneratingReplacesTheWholeFolderAndLeavesNoStagingBehind() throws Exception {
    generate(blueprint("swap", 1, "[read-only]"));
    Path folder = output.resolve("swap");
    Files.writeString(folder.resolve("stale.txt"), "from an older generator");
    generate(blueprint("swap", 2, "[read-only]"));
    try (var entries = Files.list(folder)) {
      assertThat(entries.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly(Generator.JSON_FILE, Generator.YAML_FILE);
    }
    assertThat(Files.readString(folder.resolve(Generator.YAML_FILE))).contains("Role1:");
    try (var entries = Files.list(output)) {
      assertThat(entries.count()).isEqualTo(1);
    }
  }

  @Test
  void anErrorInTheLastBlueprintWritesNothingOfTheOnesStagedBefore(@TempDir Path project)
      throws Exception {
    // Each blueprint is staged as soon as it compiles; the error comes after two were staged.
    Path target = project.resolve("target");
    Path cfn = target.resolve("cfn");
    List<BlueprintSource> sources =
        List.of(
            source(blueprint("first", 1, "[read-only]")),
            source(blueprint("second", 1, "[billing-read]")),
            source(blueprint("third", 1, "[read-only]").replace("policySets:", "polcySets:")));

    assertThatThrownBy(() -> new Generator().generate(new GenerateRequest(sources, cfn)))
        .isInstanceOf(BlueprintException.class)
        .hasMessageContaining("third.yaml");

    assertThat(cfn).doesNotExist();
    try (var entries = Files.list(target)) {
      assertThat(entries.map(p -> p.getFileName().toString()).toList())
          .as("no staging directory left beside the output")
          .isEmpty();
    }
    GenerateResult fixed =
        new Generator().generate(new GenerateRequest(sources.subList(0, 2), cfn));
    assertThat(fixed.blueprints())
        .extracting(GeneratedBlueprint::name)
        .containsExactly("first", "second");
    try (var entries = Files.list(target)) {
      assertThat(entries.map(p -> p.getFileName().toString()).sorted().toList())
          .containsExactly("cfn");
    }
  }

  private GenerateResult generate(String text) throws BlueprintException {
    return new Generator().generate(new GenerateRequest(List.of(source(text)), output));
  }

  private static BlueprintSource source(String text) {
    String name = text.lines().filter(l -> l.startsWith("  name: ")).findFirst().orElseThrow();
    return new BlueprintSource(
        name.substring("  name: ".length()) + ".yaml", text.getBytes(StandardCharsets.UTF_8));
  }

  /** A blueprint with {@code roles} roles, each with the given policy sets. */
  private static String blueprint(String name, int roles, String policySets) {
    StringBuilder text =
        new StringBuilder(
            "apiVersion: onramp.dev/v1\nkind: Blueprint\nmetadata:\n  name: "
                + name
                + "\nvendor:\n  roleArn: arn:aws:iam::111122223333:role/AcmeOnboarding\nroles:\n");
    for (int i = 0; i < roles; i++) {
      text.append("  - id: Role").append(i).append('\n');
      text.append("    policySets: ").append(policySets).append('\n');
    }
    return text.toString();
  }
}
