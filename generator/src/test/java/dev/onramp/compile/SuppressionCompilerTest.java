package dev.onramp.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import dev.onramp.template.Template;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where each kind of waiver lands in the template: the tool reads it only there. */
class SuppressionCompilerTest {
  private static final String BLUEPRINT =
      """
      apiVersion: onramp.dev/v1
      kind: Blueprint
      metadata:
        name: waivers
        description: Waivers of three tools.
      regions: [us-east-1]
      vendor:
        accountId: "111122223333"
        principal: account-root
      roles:
        - id: FinOpsRole
          policySets: [billing-read]
      costReport:
        mode: native
        report:
          name: acme-cur
      suppressions:
        - rule: W2001
          reason: A cfn-lint rule for the whole template.
        - rule: W3005
          resources: [CostReportBucket]
          reason: A cfn-lint rule on one resource only.
        - rule: CKV_AWS_21
          resources: [CostReportBucket, FinOpsRole]
          reason: A scanner's rule on two resources.
        - rule: ONR504
          reason: Onramp's own check, for the whole template.
      """;

  @Test
  void eachWaiverLandsWhereItsToolReadsIt() throws Exception {
    Template template =
        new Generator()
            .compileAll(
                List.of(
                    new BlueprintSource(
                        "waivers.yaml", BLUEPRINT.getBytes(StandardCharsets.UTF_8))),
                Optional.empty())
            .templates()
            .get(0)
            .template();

    assertThat(template.metadata().get("cfn-lint"))
        .isEqualTo(Map.of("config", Map.of("ignore_checks", List.of("W2001"))));
    @SuppressWarnings("unchecked")
    Map<String, Object> onramp = (Map<String, Object>) template.metadata().get("Onramp");
    assertThat(onramp.get("Suppressions").toString())
        .isEqualTo(
            "[{Rule=W2001, Reason=A cfn-lint rule for the whole template.}, {Rule=W3005,"
                + " Reason=A cfn-lint rule on one resource only., Resources=[CostReportBucket]},"
                + " {Rule=CKV_AWS_21, Reason=A scanner's rule on two resources.,"
                + " Resources=[CostReportBucket, FinOpsRole]}, {Rule=ONR504, Reason=Onramp's own"
                + " check, for the whole template.}]");

    Template.Resource bucket = template.resources().get("CostReportBucket");
    assertThat(bucket.metadata().keySet()).containsExactly("checkov", "cfn-lint");
    assertThat(bucket.metadata().get("checkov"))
        .isEqualTo(
            Map.of(
                "skip",
                List.of(
                    Map.of("id", "CKV_AWS_21", "comment", "A scanner's rule on two resources."))));
    assertThat(bucket.metadata().get("cfn-lint"))
        .isEqualTo(Map.of("config", Map.of("ignore_checks", List.of("W3005"))));

    Template.Resource role = template.resources().get("FinOpsRole");
    assertThat(role.metadata()).containsOnlyKeys("checkov");
    assertThat(template.resources().get("CostReportBucketPolicy").metadata()).isEmpty();
  }
}
