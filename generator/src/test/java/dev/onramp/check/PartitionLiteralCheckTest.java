package dev.onramp.check;

import static dev.onramp.check.CheckFixtures.document;
import static dev.onramp.check.CheckFixtures.map;
import static dev.onramp.check.CheckFixtures.rendered;
import static dev.onramp.check.CheckFixtures.resource;
import static dev.onramp.check.CheckFixtures.sub;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.diagnostic.SourceLocation;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.Fn;
import dev.onramp.template.JsonTemplateWriter;
import dev.onramp.template.Template;
import dev.onramp.template.YamlTemplateWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartitionLiteralCheckTest {
  private final PartitionLiteralCheck check = new PartitionLiteralCheck();

  @Test
  void blueprintArnsAreCompiledPartitionAware() throws Exception {
    CompiledTemplate compiled =
        CheckFixtures.compile(
            """
            apiVersion: onramp.dev/v1
            kind: Blueprint
            metadata: {name: acme}
            vendor: {roleArn: "arn:aws:iam::111122223333:role/Collector", principal: account-root-narrowed}
            roles:
              - id: VendorRole
                managedPolicies: [ReadOnlyAccess]
                statements:
                  - {action: s3:GetObject, resource: "arn:aws:s3:::acme-exports/*"}
            """);
    assertThat(check.check(compiled)).isEmpty();
  }

  @Test
  void everyLiteralIsReportedWithItsTemplatePath() {
    Template.Resource policy =
        resource(
            "AWS::IAM::ManagedPolicy",
            "PolicyDocument",
            document(
                map(
                    "Effect",
                    "Allow",
                    "Action",
                    "s3:GetObject",
                    "Resource",
                    List.of("arn:aws:s3:::exports/*", sub("arn:${AWS::Partition}:s3:::ok/*")))));
    Template.Output output =
        new Template.Output(
            null,
            new Fn.If("InChina", sub("arn:aws-cn:iam::${AWS::AccountId}:root"), "none"),
            null,
            null);
    Template template =
        new Template(
            "test",
            Map.of(),
            Map.of(
                "Boundary",
                new Template.Parameter(
                    "String",
                    null,
                    "arn:aws-us-gov:iam::aws:policy/ReadOnlyAccess",
                    null,
                    null,
                    null,
                    false,
                    null,
                    null)),
            Map.of(),
            Map.of(),
            Map.of("ExportsPolicy", policy),
            Map.of("RootArn", output));
    CompiledTemplate compiled =
        new CompiledTemplate(
            "test",
            "test.yaml",
            template,
            YamlTemplateWriter.write(template),
            JsonTemplateWriter.write(template),
            Map.of("ExportsPolicy", new SourceLocation("test.yaml", 9, 7, "roles[0].statements")));
    assertThat(rendered(check.check(compiled)))
        .isEqualTo(
            "test.yaml: error ONR505 at Parameters.Boundary: Parameters.Boundary.Default"
                + " holds the partition literal 'arn:aws-us-gov:', so the template deploys in that"
                + " partition only\n"
                + "  fix: write the ARN as !Sub 'arn:${AWS::Partition}:…' (blueprint statements and"
                + " vendor.roleArn are rewritten for you; remove ARNs from descriptions)\n"
                + "test.yaml:9:7: error ONR505 at roles[0].statements:"
                + " Resources.ExportsPolicy.Properties.PolicyDocument.Statement[0].Resource[0]"
                + " holds the partition literal 'arn:aws:', so the template deploys in that"
                + " partition only\n"
                + "  fix: write the ARN as !Sub 'arn:${AWS::Partition}:…' (blueprint statements and"
                + " vendor.roleArn are rewritten for you; remove ARNs from descriptions)\n"
                + "test.yaml: error ONR505 at Outputs.RootArn: Outputs.RootArn.Value.Fn::If[1].Fn::Sub holds the"
                + " partition literal 'arn:aws-cn:', so the template deploys in that partition"
                + " only\n"
                + "  fix: write the ARN as !Sub 'arn:${AWS::Partition}:…' (blueprint statements and"
                + " vendor.roleArn are rewritten for you; remove ARNs from descriptions)");
  }
}
