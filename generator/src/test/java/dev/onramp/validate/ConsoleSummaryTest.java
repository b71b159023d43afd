package dev.onramp.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.diagnostic.Severity;
import dev.onramp.diagnostic.SourceLocation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleSummaryTest {

  @Test
  void printsEachTemplateWithItsFindingsThenTheTotal() throws IOException {
    List<String> lines = ConsoleSummary.lines(SampleReports.sample());

    GoldenFiles.assertMatches("console.txt", String.join("\n", lines) + "\n");
    assertThat(lines)
        .startsWith(
            "acme-billing: 1 error, 0 warnings, 0 info",
            "src/main/blueprints/acme-billing.yaml: error ONR304: the template is 1048577 bytes;"
                + " CloudFormation accepts at most 1000000",
            "  fix: split the blueprint into several stacks",
            "acme-identity: 0 errors, 0 warnings, 0 info (cached)",
            "acme-portal: 1 error, 2 warnings, 1 info")
        .contains(
            "target/cfn/acme-portal/template.yaml:88:7: warning W3005 at"
                + " Resources.AcmeAccessRolePolicyBillingRead: Obsolete DependsOn on resource"
                + " (AcmeAccessRole), dependency already enforced by a \"Ref\" at"
                + " Resources/AcmeAccessRolePolicyBillingRead/Properties/Roles/0/Ref",
            "  from: src/main/blueprints/acme-portal.yaml:31:9 (roles[0].policySets[3])")
        .endsWith(
            "Validated 3 templates with container onramp/cfn-lint:1.51.0 (cfn-lint 1.51.0):"
                + " 2 errors, 2 warnings, 1 info");
  }

  @Test
  void findingsAreListedByFileLineColumnRuleAndMessage() {
    List<String> lines = ConsoleSummary.lines(SampleReports.sample());

    assertThat(lines.stream().filter(line -> line.startsWith("target/") || line.startsWith("src/")))
        .containsExactly(
            "src/main/blueprints/acme-billing.yaml: error ONR304: the template is 1048577 bytes;"
                + " CloudFormation accepts at most 1000000",
            "src/main/blueprints/acme-portal.yaml:1:1: warning ONR303: the template is 53120"
                + " bytes, over the 51200 bytes CloudFormation accepts inline",
            "target/cfn/acme-portal/template.yaml:12:5: error E3012 at"
                + " Parameters.SessionSeconds.Default: '<3600>' is not of type 'integer' & cannot"
                + " be converted",
            "target/cfn/acme-portal/template.yaml:40:3: info I3011 at Resources.AcmeAccessRole:"
                + " The default action when replacing/removing a resource is to delete it. Set"
                + " explicit values for stateful resource",
            "target/cfn/acme-portal/template.yaml:88:7: warning W3005 at"
                + " Resources.AcmeAccessRolePolicyBillingRead: Obsolete DependsOn on resource"
                + " (AcmeAccessRole), dependency already enforced by a \"Ref\" at"
                + " Resources/AcmeAccessRolePolicyBillingRead/Properties/Roles/0/Ref");
  }

  @Test
  void theTotalCountsInSingularAndLeavesOutInfoWhenThereIsNone() {
    ValidationReport report =
        new ValidationReport(
            SampleReports.ENGINE,
            SampleReports.CFN_LINT_VERSION,
            List.of(
                SampleReports.identity(),
                new TemplateReport(
                    "acme-portal",
                    Path.of("acme-portal/template.yaml"),
                    "src/main/blueprints/acme-portal.yaml",
                    false,
                    List.of(
                        SampleReports.cfnLint(
                            Severity.WARNING,
                            "W2001",
                            new SourceLocation("acme-portal/template.yaml", 7, 3, ""),
                            "Parameter Unused not used")))));

    assertThat(ConsoleSummary.lines(report))
        .containsExactly(
            "acme-identity: 0 errors, 0 warnings, 0 info (cached)",
            "acme-portal: 0 errors, 1 warning, 0 info",
            "acme-portal/template.yaml:7:3: warning W2001: Parameter Unused not used",
            "Validated 2 templates with container onramp/cfn-lint:1.51.0 (cfn-lint 1.51.0):"
                + " 0 errors, 1 warning");
  }

  @Test
  void anEmptyReportStillSaysWhatRan() {
    assertThat(ConsoleSummary.lines(new ValidationReport("local cfn-lint", "1.51.0", List.of())))
        .containsExactly(
            "Validated 0 templates with local cfn-lint (cfn-lint 1.51.0): 0 errors, 0 warnings");
  }

  @Test
  void eachFindingLineHasTheFindingsLevelAndTheCountsAreInfo() {
    List<ConsoleSummary.Line> lines = ConsoleSummary.levelled(SampleReports.sample());

    assertThat(lines)
        .contains(
            new ConsoleSummary.Line(Severity.INFO, "acme-billing: 1 error, 0 warnings, 0 info"),
            new ConsoleSummary.Line(
                Severity.ERROR,
                "src/main/blueprints/acme-billing.yaml: error ONR304: the template is 1048577"
                    + " bytes; CloudFormation accepts at most 1000000"),
            new ConsoleSummary.Line(
                Severity.ERROR, "  fix: split the blueprint into several stacks"),
            new ConsoleSummary.Line(
                Severity.WARNING,
                "  from: src/main/blueprints/acme-portal.yaml:31:9 (roles[0].policySets[3])"));
    assertThat(lines.get(lines.size() - 1).level()).isEqualTo(Severity.INFO);
    assertThat(lines.stream().map(ConsoleSummary.Line::text).toList())
        .isEqualTo(ConsoleSummary.lines(SampleReports.sample()));
  }

  @Test
  void isTheSameOnEveryRun() {
    assertThat(ConsoleSummary.lines(SampleReports.sample()))
        .isEqualTo(ConsoleSummary.lines(SampleReports.sample()));
  }
}
