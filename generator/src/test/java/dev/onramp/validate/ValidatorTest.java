package dev.onramp.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.diagnostic.Severity;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.GenerateRequest;
import dev.onramp.generate.Generator;
import dev.onramp.iam.AccessLevel;
import dev.onramp.iam.ActionCatalog;
import dev.onramp.lint.LintEngine;
import dev.onramp.lint.LocalCfnLintEngine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Validation of generated output with the real local cfn-lint and Onramp's own checks. */
class ValidatorTest {
  @TempDir Path project;

  @Test
  void cleanTemplatesPassAndASecondRunComesFromTheCache() throws Exception {
    List<BlueprintSource> sources = List.of(source("small", 1));
    generate(sources);
    try (LintEngine engine = localEngine()) {
      ValidationReport first = Validator.validate(request(sources), engine);
      assertThat(first.templates()).hasSize(1);
      assertThat(first.templates().get(0).findings()).isEmpty();
      assertThat(first.templates().get(0).cached()).isFalse();
      assertThat(first.cfnLintVersion()).matches("\\d+\\.\\d+\\.\\d+");

      ValidationReport second = Validator.validate(request(sources), engine);
      assertThat(second.templates().get(0).cached()).isTrue();
      assertThat(second.templates().get(0).findings()).isEmpty();
    }
  }

  @Test
  void aNewerCatalogChecksTheReadOnlyWildcards() throws Exception {
    List<BlueprintSource> sources = List.of(source("small", 1));
    generate(sources);
    ActionCatalog bundled = ActionCatalog.bundled();
    Map<String, Set<AccessLevel>> actions = new LinkedHashMap<>();
    bundled.expand("*").forEach(action -> actions.put(action, bundled.accessLevels(action)));
    actions.put("ec2:DescribeAndReplaceRoutes", Set.of(AccessLevel.WRITE));
    ValidateRequest plain = request(sources);
    ValidateRequest request =
        new ValidateRequest(
            sources,
            plain.outputDirectory(),
            Optional.empty(),
            plain.cacheDirectory(),
            project,
            Optional.of(ActionCatalog.of(actions, "9.9.9")));
    try (LintEngine engine = localEngine()) {
      ValidationReport report = Validator.validate(request, engine);

      assertThat(report.templates().get(0).findings())
          .singleElement()
          .satisfies(
              finding ->
                  assertThat(finding.render())
                      .contains("error ONR508")
                      .contains("with iam-data 9.9.9")
                      .contains("would grant ec2:DescribeAndReplaceRoutes (Write)"));
      assertThat(report.fails(false)).isTrue();
    }
  }

  @Test
  void compilerWarningsAreReportedWithTheTemplate() throws Exception {
    List<BlueprintSource> sources = List.of(source("large", 6));
    generate(sources);
    try (LintEngine engine = localEngine()) {
      ValidationReport report = Validator.validate(request(sources), engine);
      assertThat(report.count(Severity.WARNING)).isEqualTo(1);
      assertThat(report.templates().get(0).findings().get(0).render())
          .startsWith("src/main/blueprints/large.yaml:1:1: warning ONR303");
      assertThat(report.fails(false)).isFalse();
      assertThat(report.fails(true)).isTrue();
    }
  }

  @Test
  void cfnLintFindingsAreReportedAndASuppressionWithItsReasonSilencesThem() throws Exception {
    String unused = "parameters:\n  - name: Unused\n    default: x\n";
    List<BlueprintSource> noisy = List.of(withExtra(source("unused", 1), unused));
    generate(noisy);
    try (LintEngine engine = localEngine()) {
      ValidationReport report = Validator.validate(request(noisy), engine);
      assertThat(report.templates().get(0).findings())
          .extracting(finding -> finding.code().tool() + " " + finding.code().id())
          .containsOnly("cfn-lint W2001");
      assertThat(report.templates().get(0).findings().get(0).render())
          .startsWith("target/cfn/unused/template.")
          .contains("warning W2001 at Parameters.Unused: Parameter Unused not used.");
    }

    String suppressed =
        unused
            + "suppressions:\n  - rule: W2001\n    reason: Kept for the vendor's callback, read"
            + " outside the template.\n";
    List<BlueprintSource> quiet = List.of(withExtra(source("unused", 1), suppressed));
    generate(quiet);
    assertThat(Files.readString(project.resolve("target/cfn/unused/template.yaml")))
        .contains("      - Rule: W2001\n        Reason: 'Kept for the vendor''s callback")
        .contains("  cfn-lint:\n    config:\n      ignore_checks:\n        - W2001\n");
    try (LintEngine engine = localEngine()) {
      assertThat(Validator.validate(request(quiet), engine).templates().get(0).findings())
          .isEmpty();
    }
  }

  @Test
  void aTemplateChangedAfterGenerationIsRefusedBeforeLinting() throws Exception {
    List<BlueprintSource> sources = List.of(source("edited", 1));
    generate(sources);
    Path yaml = project.resolve("target/cfn/edited/template.yaml");
    Files.writeString(yaml, Files.readString(yaml) + "# edited by hand\n");
    try (LintEngine engine = localEngine()) {
      assertThatThrownBy(() -> Validator.validate(request(sources), engine))
          .isInstanceOf(BlueprintException.class)
          .hasMessageContaining(
              "target/cfn/edited/template.yaml: error ONR404: the template differs from what its"
                  + " blueprint generates now\n"
                  + "  fix: run cfn:generate first (validate checks exactly what generate wrote)");
    }
  }

  private ValidateRequest request(List<BlueprintSource> sources) {
    return new ValidateRequest(
        sources,
        project.resolve("target/cfn"),
        Optional.empty(),
        project.resolve("target/cfn-lint-cache"),
        project);
  }

  private void generate(List<BlueprintSource> sources) throws BlueprintException {
    new Generator().generate(new GenerateRequest(sources, project.resolve("target/cfn")));
  }

  private static LintEngine localEngine() {
    return LocalCfnLintEngine.find(Optional.empty())
        .orElseThrow(() -> new AssertionError("cfn-lint must be on PATH (pip install cfn-lint)"));
  }

  private static BlueprintSource withExtra(BlueprintSource source, String yaml) {
    byte[] text =
        (new String(source.content(), StandardCharsets.UTF_8) + yaml)
            .getBytes(StandardCharsets.UTF_8);
    return new BlueprintSource(source.displayName(), text);
  }

  private static BlueprintSource source(String name, int roles) {
    StringBuilder text =
        new StringBuilder(
            "apiVersion: onramp.dev/v1\nkind: Blueprint\nmetadata:\n  name: "
                + name
                + "\nvendor:\n  roleArn: arn:aws:iam::111122223333:role/AcmeOnboarding\nroles:\n");
    for (int i = 0; i < roles; i++) {
      text.append("  - id: Role").append(i).append("\n    policySets: [read-only]\n");
    }
    return new BlueprintSource(
        "src/main/blueprints/" + name + ".yaml", text.toString().getBytes(StandardCharsets.UTF_8));
  }
}
