package dev.onramp.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.scan.Checkov;
import dev.onramp.scan.ScannerAudit;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * checkov's CloudFormation checks over every template this build generated for the sample vendor
 * (issue 11, item 5), as a customer's security team would run them: nothing fails; what is skipped
 * is waived in the sample's blueprints, with its reason, and needed.
 */
class SampleTemplatesAreScannerCleanIT {
  private final Path generated =
      Paths.get(System.getProperty("basedir", ".")).toAbsolutePath().resolve("target/cfn");

  @TempDir Path work;

  @Test
  void everyGeneratedTemplateIsScannerClean() throws IOException {
    List<Path> templates = ScannerAudit.templatesUnder(generated);
    assertThat(templates).as("templates under " + generated).hasSizeGreaterThanOrEqualTo(10);

    Checkov checkov = Checkov.locate();
    ScannerAudit.Report report = ScannerAudit.audit(checkov, templates, work);

    System.out.println("checkov " + checkov.version() + ": " + report.summary());
    report.assertClean();
    assertThat(report.waivers()).as("acme-finops's Cost and Usage Report waivers").isNotEmpty();
  }
}
