package dev.onramp.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.blueprint.BlueprintReader;
import dev.onramp.compile.TemplateCompiler;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.diagnostic.ExternalRule;
import dev.onramp.diagnostic.Severity;
import dev.onramp.diagnostic.SourceLocation;
import dev.onramp.template.CompiledTemplate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** cfn-lint findings on a compiled template, shown as diagnostics that point at the blueprint. */
class LintFindingsTest {
  private static final String BLUEPRINT =
      """
      apiVersion: onramp.dev/v1
      kind: Blueprint
      metadata:
        name: acme
        version: 1.0.0
      vendor:
        roleArn: arn:aws:iam::111122223333:role/AcmeOnboarding
      roles:
        - id: AcmeReadOnlyRole
          policySets: [read-only]
      outputs:
        - name: RoleArn
          role: AcmeReadOnlyRole
      """;

  @TempDir Path build;
  CompiledTemplate compiled;
  Path yaml;
  Path json;

  @BeforeEach
  void compile() throws Exception {
    var read =
        BlueprintReader.read(
            "src/main/blueprints/acme.yaml", BLUEPRINT.getBytes(StandardCharsets.UTF_8));
    assertThat(read.problems()).isEmpty();
    compiled = TemplateCompiler.compile(read.blueprint().orElseThrow(), new Diagnostics()).get();
    Path folder = Files.createDirectories(build.resolve("cfn/acme"));
    yaml = Files.writeString(folder.resolve("template.yaml"), compiled.yaml());
    json = Files.writeString(folder.resolve("template.json"), compiled.json());
  }

  private static LintFinding finding(Path template, int line, List<String> path) {
    return new LintFinding(
        "W3005",
        Severity.WARNING,
        template,
        line,
        7,
        "a message",
        "what it checks",
        "https://example.org/W3005",
        path);
  }

  private List<Diagnostic> diagnostics(LintFinding finding) {
    return LintFindings.toDiagnostics(
        List.of(finding), Map.of(yaml, compiled, json, compiled), Optional.of(build));
  }

  private int lineOf(String text, String content) {
    List<String> lines = text.lines().toList();
    int index = lines.indexOf(content);
    assertThat(index).as("line '%s'", content).isNotNegative();
    return index + 1;
  }

  @Test
  void aFindingWithAResourcePathPointsAtTheRoleInTheBlueprint() {
    int line = lineOf(compiled.yaml(), "  AcmeReadOnlyRole:") + 3;
    Diagnostic diagnostic =
        diagnostics(finding(yaml, line, List.of("Resources", "AcmeReadOnlyRole", "Properties")))
            .get(0);

    SourceLocation role = compiled.originOf("AcmeReadOnlyRole").orElseThrow();
    assertThat(role.file()).isEqualTo("src/main/blueprints/acme.yaml");
    assertThat(role.line()).isEqualTo(9);
    assertThat(diagnostic)
        .isEqualTo(
            new Diagnostic(
                    Severity.WARNING,
                    new ExternalRule("cfn-lint", "W3005"),
                    new SourceLocation(
                        "cfn/acme/template.yaml", line, 7, "Resources.AcmeReadOnlyRole.Properties"),
                    "a message",
                    "what it checks (see https://example.org/W3005)")
                .withOrigin(role));
    assertThat(diagnostic.render())
        .isEqualTo(
            "cfn/acme/template.yaml:"
                + line
                + ":7: warning W3005 at Resources.AcmeReadOnlyRole.Properties: a message\n"
                + "  from: src/main/blueprints/acme.yaml:9:5 (roles[0])\n"
                + "  fix: what it checks (see https://example.org/W3005)");
  }

  @Test
  void withoutAPathTheResourceIsFoundByLineInYaml() {
    int line = lineOf(compiled.yaml(), "  AcmeReadOnlyRoleReadOnlyPolicyPart1:") + 4;
    Diagnostic diagnostic = diagnostics(finding(yaml, line, List.of())).get(0);
    assertThat(diagnostic.origin())
        .isEqualTo(compiled.originOf("AcmeReadOnlyRoleReadOnlyPolicyPart1"))
        .hasValueSatisfying(
            origin -> assertThat(origin.yamlPath()).isEqualTo("roles[0].policySets[0]"));
  }

  @Test
  void withoutAPathTheResourceIsFoundByLineInJson() {
    int roleLine = lineOf(compiled.json(), "    \"AcmeReadOnlyRole\": {");
    assertThat(diagnostics(finding(json, roleLine + 2, List.of())).get(0).origin())
        .isEqualTo(compiled.originOf("AcmeReadOnlyRole"));
    int policyLine = lineOf(compiled.json(), "    \"AcmeReadOnlyRoleReadOnlyPolicyPart1\": {");
    assertThat(diagnostics(finding(json, policyLine + 2, List.of())).get(0).origin())
        .isEqualTo(compiled.originOf("AcmeReadOnlyRoleReadOnlyPolicyPart1"));
  }

  @Test
  void aFindingOutsideResourcesHasNoOrigin() {
    int parameters = lineOf(compiled.yaml(), "Parameters:") + 1;
    int outputs = lineOf(compiled.yaml(), "Outputs:") + 1;
    assertThat(diagnostics(finding(yaml, parameters, List.of())).get(0).origin()).isEmpty();
    assertThat(diagnostics(finding(yaml, outputs, List.of("Outputs", "RoleArn"))).get(0).origin())
        .isEmpty();
  }

  @Test
  void aTemplateWithoutItsCompiledModelKeepsThePathAsGiven() {
    Path other = Path.of("elsewhere/template.yaml");
    Diagnostic diagnostic =
        LintFindings.toDiagnostics(
                List.of(finding(other, 3, List.of("Resources", "AcmeReadOnlyRole"))), Map.of())
            .get(0);
    assertThat(diagnostic.location().file()).isEqualTo("elsewhere/template.yaml");
    assertThat(diagnostic.origin()).isEmpty();
  }

  @Test
  void realCfnLintFindingsOnAGeneratedTemplatePointBack() throws Exception {
    // Break the generated role the way a hand edit would: cfn-lint reports it in the resource.
    Path broken =
        Files.writeString(
            yaml,
            compiled
                .yaml()
                .replaceFirst("Type: AWS::IAM::Role", "Type: AWS::IAM::Role\n    Bogus: 1"));
    try (LocalCfnLintEngine engine = LocalCfnLintEngineTest.engine()) {
      List<Diagnostic> diagnostics =
          LintFindings.toDiagnostics(
              engine.lint(List.of(broken)), Map.of(yaml, compiled), Optional.of(build));
      assertThat(diagnostics).isNotEmpty();
      assertThat(diagnostics)
          .allSatisfy(
              diagnostic -> {
                assertThat(diagnostic.code().tool()).isEqualTo("cfn-lint");
                assertThat(diagnostic.location().file()).isEqualTo("cfn/acme/template.yaml");
                assertThat(diagnostic.origin()).isEqualTo(compiled.originOf("AcmeReadOnlyRole"));
              });
    }
  }
}
