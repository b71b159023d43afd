package dev.onramp.guide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The guide says when the stack adopts an existing report of its report's name, and only then. */
class ReportAdoptionTest {
  private static final String BLUEPRINT =
      """
      apiVersion: onramp.dev/v1
      kind: Blueprint
      metadata: {name: acme-payer}
      vendor: {roleArn: "arn:aws:iam::111122223333:role/AcmeOnboarding"}
      roles:
        - id: FinOpsRole
          policySets: [billing-read]
      costReport:
        report: {name: acme-cur%s}
      """;

  @Test
  void theGuideWarnsThatAnExistingReportIsAdopted() throws Exception {
    String guide = guide(", adoptExisting: true");

    assertThat(GuideAssertions.section(guide, "Before you start"))
        .contains(
            "**An existing report of the same name is adopted**: if the account already has a"
                + " report (or CUR 2.0 export) of the name the stack uses, the stack takes it over:"
                + " it sends the report to the stack's bucket and prefix, and deletes it when the"
                + " stack is deleted.");
  }

  @Test
  void withoutAdoptionTheGuideSaysNothingOfIt() throws Exception {
    assertThat(guide("")).doesNotContain("adopted");
  }

  private static String guide(String extra) throws Exception {
    return new OnboardingGuide()
        .renderAll(OnboardingGuideTest.compile(BLUEPRINT.formatted(extra)))
        .get("acme-payer");
  }
}
