package dev.onramp.cdk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.template.Fn;
import dev.onramp.template.JsonTemplateWriter;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateEvaluator;
import dev.onramp.template.TemplateReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SynthesizedTemplatesTest {

  /** What {@code cdk synth} writes for one role, with everything the CDK adds on its own. */
  private static final String SYNTHESIZED =
      """
      {
        "Resources": {
          "ReaderRole": {
            "Type": "AWS::IAM::Role",
            "Properties": {
              "AssumeRolePolicyDocument": {
                "Statement": [{
                  "Action": "sts:AssumeRole",
                  "Effect": "Allow",
                  "Principal": {"AWS": {"Fn::Join": ["", ["arn:", {"Ref": "AWS::Partition"}, ":iam::111122223333:root"]]}}
                }],
                "Version": "2012-10-17"
              },
              "MaxSessionDuration": 3600
            },
            "Metadata": {
              "aws:cdk:path": "Onboarding/ReaderRole",
              "Onramp": {"PolicySet": "read-only"}
            }
          },
          "CDKMetadata": {
            "Type": "AWS::CDK::Metadata",
            "Properties": {"Analytics": "v2:deflate64:H4sIAAAAAAAA/zPSMzQ0"},
            "Metadata": {"aws:cdk:path": "Onboarding/CDKMetadata/Default"},
            "Condition": "CDKMetadataAvailable"
          }
        },
        "Conditions": {
          "CDKMetadataAvailable": {"Fn::Or": [
            {"Fn::Equals": [{"Ref": "AWS::Region"}, "us-east-1"]},
            {"Fn::Equals": [{"Ref": "AWS::Region"}, "eu-west-1"]}
          ]},
          "InChina": {"Fn::Equals": [{"Ref": "AWS::Partition"}, "aws-cn"]}
        },
        "Parameters": {
          "BootstrapVersion": {
            "Type": "AWS::SSM::Parameter::Value<String>",
            "Default": "/cdk-bootstrap/hnb659fds/version",
            "Description": "Version of the CDK Bootstrap resources in this environment, automatically retrieved from SSM Parameter Store. [cdk:skip]"
          }
        },
        "Rules": {
          "CheckBootstrapVersion": {
            "Assertions": [{
              "Assert": {"Fn::Not": [{"Fn::Contains": [["1", "2", "3", "4", "5"], {"Ref": "BootstrapVersion"}]}]},
              "AssertDescription": "CDK bootstrap stack version 6 required. Please run 'cdk bootstrap' with a recent version of the CDK CLI."
            }]
          }
        }
      }
      """;

  private static Template golden(String scenario) {
    String path = "/scenarios/valid/" + scenario + "/expected/template.yaml";
    try (InputStream in = SynthesizedTemplatesTest.class.getResourceAsStream(path)) {
      assertThat(in).as(path).isNotNull();
      return TemplateReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Nested
  class Normalize {

    @Test
    void removesWhatTheCdkAddsOnItsOwn() {
      Template normalized = SynthesizedTemplates.normalize(SYNTHESIZED);

      assertThat(normalized.resources()).containsOnlyKeys("ReaderRole");
      assertThat(normalized.resources().get("ReaderRole").metadata()).containsOnlyKeys("Onramp");
      assertThat(normalized.conditions()).containsOnlyKeys("InChina");
      assertThat(normalized.parameters()).isEmpty();
      assertThat(normalized.rules()).isEmpty();
    }

    @Test
    void keepsTheMetadataConditionWhenTheAuthorUsesItToo() {
      String json =
          """
          {
            "Conditions": {"CDKMetadataAvailable": {"Fn::Equals": [{"Ref": "AWS::Region"}, "us-east-1"]}},
            "Resources": {
              "CDKMetadata": {"Type": "AWS::CDK::Metadata", "Condition": "CDKMetadataAvailable",
                              "Properties": {"Analytics": "v2:deflate64:x"}},
              "Topic": {"Type": "AWS::SNS::Topic", "Condition": "CDKMetadataAvailable",
                        "Metadata": {"aws:cdk:path": "S/Topic/Resource", "aws:asset:path": "asset.1"}}
            }
          }
          """;

      Template normalized = SynthesizedTemplates.normalize(json);

      assertThat(normalized.conditions()).containsOnlyKeys("CDKMetadataAvailable");
      assertThat(normalized.resources()).containsOnlyKeys("Topic");
      assertThat(normalized.resources().get("Topic").metadata()).isEmpty();
    }
  }

  @Nested
  class Differences {
    private final Template expected =
        TemplateReader.read(
            """
            Conditions:
              InChina: !Equals [!Ref AWS::Partition, aws-cn]
            Resources:
              ReaderRole:
                Type: AWS::IAM::Role
                Metadata:
                  Onramp: {PolicySet: read-only}
                Properties:
                  MaxSessionDuration: '3600'
                  AssumeRolePolicyDocument:
                    Version: '2012-10-17'
                    Statement:
                      - Sid: TrustVendor
                        Effect: Allow
                        Principal:
                          AWS: !Sub arn:${AWS::Partition}:iam::111122223333:root
                        Action: sts:AssumeRole
            """);

    @Test
    void equivalentTemplatesHaveNone() {
      // A Sid, a Join for a Sub, a number for its text: the same stack.
      assertThat(
              SynthesizedTemplates.differences(
                  expected, SynthesizedTemplates.normalize(SYNTHESIZED)))
          .isEmpty();
    }

    @Test
    void aPolicyRewrittenWithTheSameGrantsIsEqual() {
      Template before =
          TemplateReader.read(
              """
              Resources:
                P:
                  Type: AWS::IAM::ManagedPolicy
                  Properties:
                    Roles: [!Ref R]
                    PolicyDocument:
                      Version: '2012-10-17'
                      Statement:
                        - {Sid: A, Effect: Allow, Action: s3:GetObject, Resource: '*'}
                        - {Sid: B, Effect: Allow, Action: s3:ListBucket, Resource: '*'}
                R: {Type: AWS::IAM::Role, Properties: {AssumeRolePolicyDocument: {Statement: []}}}
              """);
      Template after =
          SynthesizedTemplates.normalize(
              """
              {"Resources": {
                "R": {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {"Statement": []}}},
                "P": {"Type": "AWS::IAM::ManagedPolicy", "Properties": {
                  "PolicyDocument": {"Statement": [
                    {"Action": ["s3:ListBucket", "s3:GetObject"], "Effect": "Allow", "Resource": "*"}
                  ], "Version": "2012-10-17"},
                  "Roles": [{"Ref": "R"}]}}
              }}
              """);

      assertThat(SynthesizedTemplates.differences(before, after)).isEmpty();
    }

    @Test
    void aWiderGrantIsAnIamDifferenceNotAPropertyOne() {
      Template wider =
          SynthesizedTemplates.normalize(
              SYNTHESIZED.replace("\"Action\": \"sts:AssumeRole\"", "\"Action\": \"sts:*\""));

      List<String> differences = SynthesizedTemplates.differences(expected, wider);

      assertThat(differences).isNotEmpty().allMatch(line -> line.startsWith("IAM: "));
      assertThat(String.join("\n", differences)).contains("sts:");
    }

    @Test
    void eachDifferenceNamesItsPlaceAndBothValues() {
      String json =
          """
          {
            "Conditions": {"InChina": {"Fn::Equals": [{"Ref": "AWS::Partition"}, "aws"]}},
            "Resources": {
              "ReaderRole": {
                "Type": "AWS::IAM::Role",
                "Condition": "InChina",
                "DependsOn": ["Extra"],
                "DeletionPolicy": "Retain",
                "Properties": {
                  "AssumeRolePolicyDocument": {"Statement": [{"Action": "sts:AssumeRole", "Effect": "Allow",
                    "Principal": {"AWS": {"Fn::Sub": "arn:${AWS::Partition}:iam::111122223333:root"}}}]},
                  "MaxSessionDuration": 7200,
                  "Path": "/onramp/"
                }
              },
              "Extra": {"Type": "AWS::SNS::Topic"}
            },
            "Outputs": {"RoleArn": {"Value": {"Fn::GetAtt": ["ReaderRole", "Arn"]}}}
          }
          """;

      List<String> differences =
          SynthesizedTemplates.differences(expected, SynthesizedTemplates.normalize(json));

      assertThat(differences)
          .filteredOn(line -> !line.startsWith("IAM: "))
          .containsExactly(
              "condition InChina: Fn::Equals[1]: expected \"aws-cn\", actual \"aws\"",
              "resource ReaderRole: Condition: expected none, actual InChina",
              "resource ReaderRole: DeletionPolicy: expected none, actual Retain",
              "resource ReaderRole: DependsOn: unexpected [Extra]",
              "resource ReaderRole: Properties.MaxSessionDuration: expected \"3600\", actual 7200",
              "resource ReaderRole: Properties.Path: unexpected \"/onramp/\"",
              "resource Extra: unexpected (AWS::SNS::Topic)",
              "output RoleArn: unexpected");
      // The role now exists only under InChina: the review says so too.
      assertThat(differences)
          .anyMatch(line -> line.startsWith("IAM: ") && line.contains("InChina"));
    }

    @Test
    void aMissingResourceAndAChangedTypeAreSaidOnce() {
      Template actual =
          SynthesizedTemplates.normalize(
              """
              {"Resources": {"ReaderRole": {"Type": "AWS::IAM::User"}}}
              """);
      Template withTopic =
          new Template(
              null,
              Map.of(),
              Map.of(),
              Map.of(),
              Map.of(),
              Map.of(
                  "ReaderRole",
                  Template.Resource.of("AWS::IAM::Role", Map.of()),
                  "Topic",
                  Template.Resource.of("AWS::SNS::Topic", Map.of())),
              Map.of());

      assertThat(SynthesizedTemplates.differences(withTopic, actual))
          .filteredOn(line -> !line.startsWith("IAM: "))
          .containsExactlyInAnyOrder(
              "resource ReaderRole: Type: expected AWS::IAM::Role, actual AWS::IAM::User",
              "resource Topic: missing (AWS::SNS::Topic)");
    }

    @Test
    void aRefIsNotTheLiteralTextOfItsVariable() {
      Template ref = topic(new Fn.Ref("AWS::Region"));
      Template literal = topic("${AWS::Region}");
      Template sub = topic(new Fn.Sub("${AWS::Region}"));

      assertThat(SynthesizedTemplates.differences(ref, sub)).isEmpty();
      assertThat(SynthesizedTemplates.differences(ref, literal))
          .containsExactly(
              "resource Topic: Properties.TopicName: expected !Ref AWS::Region, actual"
                  + " \"${AWS::Region}\"");
    }

    @Test
    void aSubWithoutVariablesIsItsText() {
      assertThat(
              SynthesizedTemplates.differences(
                  topic(new Fn.Sub("cost-${!Literal}")), topic("cost-${Literal}")))
          .isEmpty();
    }

    @Test
    void aPolicyTheInventoryDoesNotReadComparesAsWritten() {
      Template one = catalogPolicy("glue:GetTable");
      Template other = catalogPolicy("glue:DeleteTable");

      assertThat(SynthesizedTemplates.differences(one, other))
          .containsExactly(
              "resource CatalogPolicy: Properties.PolicyInJson.Statement[0].Action: expected"
                  + " \"glue:GetTable\", actual \"glue:DeleteTable\"");
    }

    @Test
    void aTopicPolicyAlsoComparesByWhatItGrants() {
      Template one = topicPolicy("sns:Publish");
      Template other = topicPolicy("sns:Subscribe");

      assertThat(SynthesizedTemplates.differences(one, other))
          .containsExactly(
              "resource TopicPolicy: Properties.PolicyDocument.Statement[0].Action: expected"
                  + " \"sns:Publish\", actual \"sns:Subscribe\"",
              "IAM: ESCALATION ACTIONS_ADDED topic policy of ${Topic}, principal Service"
                  + " s3.amazonaws.com: allows sns:Subscribe (Write) on *",
              "IAM: NARROWING ACTIONS_REMOVED topic policy of ${Topic}, principal Service"
                  + " s3.amazonaws.com: no longer allows sns:Publish (Write) on *");
    }

    private static Template topic(Object name) {
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("TopicName", name);
      return new Template(
          null,
          Map.of(),
          Map.of(),
          Map.of(),
          Map.of(),
          Map.of("Topic", Template.Resource.of("AWS::SNS::Topic", properties)),
          Map.of());
    }

    /** A Glue catalog's resource policy, a type the inventory lists as not reviewed. */
    private static Template catalogPolicy(String action) {
      return TemplateReader.read(
          """
          Resources:
            CatalogPolicy:
              Type: AWS::Glue::ResourcePolicy
              Properties:
                PolicyInJson:
                  Statement:
                    - {Effect: Allow, Principal: {AWS: '111122223333'}, Action: %s, Resource: '*'}
          """
              .formatted(action));
    }

    private static Template topicPolicy(String action) {
      return TemplateReader.read(
          """
          Resources:
            TopicPolicy:
              Type: AWS::SNS::TopicPolicy
              Properties:
                Topics: [!Ref Topic]
                PolicyDocument:
                  Statement:
                    - {Effect: Allow, Principal: {Service: s3.amazonaws.com}, Action: %s, Resource: '*'}
          """
              .formatted(action));
    }
  }

  @Test
  void anEvaluatedGoldenRenderedTheCdkWayHasNoDifferences() {
    Template evaluated =
        TemplateEvaluator.evaluate(
            golden("org-self-managed"),
            Map.of(
                "ExternalId", "vendor-external-id",
                "AccountIds", List.of("111111111111"),
                "PermissionsBoundaryArn", "arn:aws:iam::aws:policy/PowerUserAccess"));
    String json = JsonTemplateWriter.write(evaluated);
    // What a synthesis adds, spliced into the same template.
    String synthesized =
        json.replaceFirst(
            "\"Resources\"\\s*:\\s*\\{",
            """
            "Parameters": {"BootstrapVersion": {"Type": "AWS::SSM::Parameter::Value<String>",
              "Default": "/cdk-bootstrap/hnb659fds/version"}},
            "Resources": {
              "CDKMetadata": {"Type": "AWS::CDK::Metadata", "Properties": {"Analytics": "v2:deflate64:x"},
                "Metadata": {"aws:cdk:path": "Stack/CDKMetadata/Default"}},
            """);

    Template normalized = SynthesizedTemplates.normalize(synthesized);

    assertThat(normalized.resources()).doesNotContainKey("CDKMetadata");
    assertThat(SynthesizedTemplates.differences(evaluated, normalized)).isEmpty();
  }
}
