package dev.onramp.blueprints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.blueprint.model.Vendor;
import dev.onramp.generate.BlueprintSources;
import dev.onramp.generate.GenerateRequest;
import dev.onramp.generate.Generator;
import dev.onramp.scan.Checkov;
import dev.onramp.scan.ScannerAudit;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * checkov's CloudFormation checks over every template the shipped blueprints generate, members
 * included (issue 11, item 5): nothing fails; what is skipped is waived in the blueprint, with its
 * reason, and needed.
 */
class ShippedBlueprintsScanIT {
  private static final ClassLoader LOADER = ShippedBlueprintsScanIT.class.getClassLoader();

  @TempDir Path work;

  @Test
  void everyShippedTemplateIsScannerClean() throws Exception {
    Path output = work.resolve("cfn");
    new Generator()
        .generate(
            new GenerateRequest(
                BlueprintSources.select(List.of(), BlueprintSources.builtInNames(LOADER), LOADER),
                output,
                Optional.of(
                    new Vendor(null, "arn:aws:iam::444455556666:role/ExampleOnboarding", null))));
    List<Path> templates = ScannerAudit.templatesUnder(output);
    assertThat(templates)
        .hasSizeGreaterThanOrEqualTo(2 * BlueprintSources.builtInNames(LOADER).size());

    Checkov checkov = Checkov.locate();
    ScannerAudit.Report report = ScannerAudit.audit(checkov, templates, work.resolve("scan"));

    System.out.println("checkov " + checkov.version() + ": " + report.summary());
    report.assertClean();
    assertThat(report.waivers())
        .as("the finops-payer's Cost and Usage Report waivers")
        .isNotEmpty();
  }
}
