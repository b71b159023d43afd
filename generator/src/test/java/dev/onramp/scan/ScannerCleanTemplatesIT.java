package dev.onramp.scan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import dev.onramp.generate.Scenarios;
import dev.onramp.template.CompiledTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * checkov's CloudFormation checks over every golden template, the YAML and the JSON of each valid
 * scenario and of its members (issue 11, item 5): nothing fails, and what is skipped is skipped by
 * a waiver written in the blueprint, with its reason, and needed. The other tests show that the
 * audit says no when a waiver is missing, pointless or misplaced.
 */
class ScannerCleanTemplatesIT {
  private static Checkov checkov;

  @TempDir Path work;

  @BeforeAll
  static void locateCheckov() {
    checkov = Checkov.locate();
  }

  @Test
  void everyGoldenTemplateIsScannerClean() throws IOException {
    List<Path> templates = goldenTemplates();
    assertThat(templates).hasSizeGreaterThan(2 * Scenarios.all("valid").size() - 1);

    ScannerAudit.Report report = ScannerAudit.audit(checkov, templates, work);

    report.assertClean();
    assertThat(report.scan().passed()).isNotEmpty();
    assertThat(report.waivers()).isNotEmpty();
    assertThat(report.scan().skipped()).hasSameSizeAs(report.waivers());
    System.out.println("checkov " + checkov.version() + ": " + report.summary());
  }

  @Test
  void whereTheTemplateLiesDoesNotChangeTheVerdict() throws IOException {
    // checkov reads the template's path as one of a Lambda's environment variables, and CKV_AWS_45
    // takes a run of exactly 40 letters, digits and slashes for an AWS secret key: this folder
    // makes the absolute path of the template hold such a run, as a CI checkout once did.
    Path golden =
        Scenarios.all("valid").stream()
            .filter(p -> p.getFileName().toString().equals("cur-names-from-parameters"))
            .findFirst()
            .orElseThrow()
            .resolve("expected/template.yaml");
    Path folder = Files.createDirectories(work.resolve("checkout-" + "a".repeat(37)));
    Path template = Files.copy(golden, folder.resolve("bb.yaml"));

    Checkov.Scan scan = checkov.scan(List.of(template));

    assertThat(scan.all())
        .filteredOn(finding -> finding.checkId().equals("CKV_AWS_45"))
        .isNotEmpty()
        .allSatisfy(
            finding -> {
              assertThat(finding.result()).isEqualTo("PASSED");
              assertThat(finding.file()).isEqualTo(template.toAbsolutePath().normalize());
            });
  }

  @Test
  void aFindingTheBlueprintDoesNotWaiveFails() throws Exception {
    String blueprint = scenarioBlueprint("cur-native");
    String unwaived = blueprint.substring(0, blueprint.indexOf("suppressions:"));

    ScannerAudit.Report report = ScannerAudit.audit(checkov, compiled(unwaived), work);

    assertThat(report.problems())
        .hasSize(4)
        .allMatch(problem -> problem.startsWith("failed: "))
        .anyMatch(p -> p.contains("CKV_AWS_18 (Ensure the S3 bucket has access logging enabled)"))
        .anyMatch(
            p ->
                p.endsWith(
                    "CKV_AWS_21 (Ensure the S3 bucket has versioning enabled) on"
                        + " AWS::S3::Bucket.CostReportBucket"));
  }

  @Test
  void aWaiverThatIsNotNeededOrLandsWhereNoCheckRunsIsReported() throws Exception {
    String blueprint =
        scenarioBlueprint("cur-native")
            + """
              - rule: CKV_AWS_20
                resources: [CostReportBucket]
                reason: The bucket grants no public read; this waiver is not needed.
              - rule: CKV_AWS_115
                resources: [FinOpsRole]
                reason: A Lambda check on a role, where checkov never runs it.
            """;

    ScannerAudit.Report report = ScannerAudit.audit(checkov, compiled(blueprint), work);

    assertThat(report.problems())
        .anyMatch(
            p ->
                p.startsWith("waiver not needed (checkov passes without it")
                    && p.endsWith("template.json: CKV_AWS_20 on CostReportBucket"))
        .anyMatch(
            p ->
                p.startsWith("waiver not applied by checkov")
                    && p.endsWith("template.yaml: CKV_AWS_115 on FinOpsRole"))
        .noneMatch(p -> p.startsWith("failed: "));
  }

  /** Every template.yaml and template.json under the valid scenarios' expected output. */
  static List<Path> goldenTemplates() throws IOException {
    return ScannerAudit.templatesUnder(Scenarios.all("valid").get(0).getParent()).stream()
        .filter(p -> p.getParent().toString().contains("expected"))
        .toList();
  }

  private static String scenarioBlueprint(String name) {
    Path folder =
        Scenarios.all("valid").stream()
            .filter(p -> p.getFileName().toString().equals(name))
            .findFirst()
            .orElseThrow();
    try {
      return Files.readString(folder.resolve("blueprint.yaml"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The blueprint's template, written as template.yaml and template.json into the work folder. */
  private List<Path> compiled(String blueprint) throws IOException, BlueprintException {
    Generator.Compilation compilation =
        new Generator()
            .compileAll(
                List.of(
                    new BlueprintSource(
                        "blueprint.yaml", blueprint.getBytes(StandardCharsets.UTF_8))),
                Optional.empty());
    CompiledTemplate template = compilation.templates().get(0);
    Path folder = Files.createDirectories(work.resolve("compiled"));
    return List.of(
        Files.write(folder.resolve("template.yaml"), template.yamlBytes()),
        Files.write(folder.resolve("template.json"), template.jsonBytes()));
  }
}
