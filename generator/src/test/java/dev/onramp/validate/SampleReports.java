package dev.onramp.validate;

import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.ExternalRule;
import dev.onramp.diagnostic.Severity;
import dev.onramp.diagnostic.SourceLocation;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The report every writer test renders: three blueprints, given out of order, with their findings
 * out of order too. acme-portal has cfn-lint findings with and without a blueprint origin (one with
 * markup characters in its message) and one of Onramp's; acme-identity is clean and came from the
 * cache; acme-billing has a finding without line or column.
 */
final class SampleReports {
  static final String ENGINE = "container onramp/cfn-lint:1.51.0";
  static final String CFN_LINT_VERSION = "1.51.0";

  private static final String PORTAL_TEMPLATE = "target/cfn/acme-portal/template.yaml";
  private static final String PORTAL_BLUEPRINT = "src/main/blueprints/acme-portal.yaml";

  private SampleReports() {}

  static ValidationReport sample() {
    return new ValidationReport(ENGINE, CFN_LINT_VERSION, List.of(portal(), identity(), billing()));
  }

  static TemplateReport portal() {
    return new TemplateReport(
        "acme-portal",
        Path.of("acme-portal", "template.yaml"),
        PORTAL_BLUEPRINT,
        false,
        List.of(
            cfnLint(
                    Severity.WARNING,
                    "W3005",
                    new SourceLocation(
                        PORTAL_TEMPLATE, 88, 7, "Resources.AcmeAccessRolePolicyBillingRead"),
                    "Obsolete DependsOn on resource (AcmeAccessRole), dependency already"
                        + " enforced by a \"Ref\" at"
                        + " Resources/AcmeAccessRolePolicyBillingRead/Properties/Roles/0/Ref")
                .withOrigin(new SourceLocation(PORTAL_BLUEPRINT, 31, 9, "roles[0].policySets[3]")),
            new Diagnostic(
                Severity.WARNING,
                DiagnosticCode.TEMPLATE_NEEDS_S3,
                new SourceLocation(PORTAL_BLUEPRINT, 1, 1, ""),
                "the template is 53120 bytes, over the 51200 bytes CloudFormation accepts inline",
                "publish it to S3 and deploy it by URL (quick-create links do this)"),
            cfnLint(
                Severity.ERROR,
                "E3012",
                new SourceLocation(PORTAL_TEMPLATE, 12, 5, "Parameters.SessionSeconds.Default"),
                "'<3600>' is not of type 'integer' & cannot be converted"),
            cfnLint(
                    Severity.INFO,
                    "I3011",
                    new SourceLocation(PORTAL_TEMPLATE, 40, 3, "Resources.AcmeAccessRole"),
                    "The default action when replacing/removing a resource is to delete it."
                        + " Set explicit values for stateful resource")
                .withOrigin(new SourceLocation(PORTAL_BLUEPRINT, 14, 5, "roles[0]"))));
  }

  static TemplateReport identity() {
    return new TemplateReport(
        "acme-identity",
        Path.of("acme-identity", "template.yaml"),
        "src/main/blueprints/acme-identity.yaml",
        true,
        List.of());
  }

  static TemplateReport billing() {
    return new TemplateReport(
        "acme-billing",
        Path.of("acme-billing", "template.yaml"),
        "src/main/blueprints/acme-billing.yaml",
        false,
        List.of(
            Diagnostic.error(
                DiagnosticCode.TEMPLATE_TOO_LARGE,
                SourceLocation.ofFile("src/main/blueprints/acme-billing.yaml"),
                "the template is 1048577 bytes; CloudFormation accepts at most 1000000",
                "split the blueprint into several stacks")));
  }

  static Diagnostic cfnLint(
      Severity severity, String rule, SourceLocation location, String message) {
    return new Diagnostic(
        severity, new ExternalRule("cfn-lint", rule), location, message, "", Optional.empty());
  }
}
