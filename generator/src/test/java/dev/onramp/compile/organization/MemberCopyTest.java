package dev.onramp.compile.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import dev.onramp.template.YamlTemplateWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemberCopyTest {
  private static final String PREFIX = "Management";
  private static final String SWITCH = "DeploysToManagementAccount";
  private static final Set<String> ALWAYS_TRUE = Set.of("RegistersInThisRegion");
  private static final Set<String> PARENT_IDS = Set.of("IncludeManagementAccount", SWITCH);

  @TempDir Path directory;

  @Test
  void copiesEveryResourceConditionAndOutputWithReferencesRewritten() {
    MemberCopy.Result copy = copy(member());

    assertThat(YamlTemplateWriter.write(copyAlone(copy)))
        .isEqualTo(
            """
            AWSTemplateFormatVersion: '2010-09-09'
            Conditions:
              ManagementHasExternalId: !And
                - !Condition DeploysToManagementAccount
                - !Not
                  - !Equals
                    - !Ref ExternalId
                    - ''
              ManagementWritesTags: !And
                - !Condition DeploysToManagementAccount
                - !Equals
                  - !Ref TagWriteBack
                  - 'true'
              ManagementTagsRegistration: !And
                - !Condition DeploysToManagementAccount
                - !And
                  - !Condition ManagementWritesTags
                  - !Condition DeploysToManagementAccount
            Resources:
              ManagementVendorRole:
                Type: AWS::IAM::Role
                Condition: DeploysToManagementAccount
                Properties:
                  Description: Role the vendor assumes, registered
                  AssumeRolePolicyDocument:
                    Version: '2012-10-17'
                    Statement:
                      - Effect: Allow
                        Principal:
                          AWS: !Sub arn:${AWS::Partition}:iam::${VendorAccountId}:root
                        Action: sts:AssumeRole
                        Condition: !If
                          - ManagementHasExternalId
                          - StringEquals:
                              sts:ExternalId: !Ref ExternalId
                          - !Ref AWS::NoValue
              ManagementReadPolicy:
                Type: AWS::IAM::ManagedPolicy
                Condition: DeploysToManagementAccount
                Properties:
                  Description: !Sub 'Lets ${ManagementVendorRole} read itself; ${!Literal} stays'
                  Roles:
                    - !Ref ManagementVendorRole
                  PolicyDocument:
                    Version: '2012-10-17'
                    Statement:
                      - Effect: Allow
                        Action: iam:GetRole
                        Resource: !Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${ManagementVendorRole}
              ManagementTagWritePolicy:
                Type: AWS::IAM::ManagedPolicy
                Condition: ManagementWritesTags
                DependsOn:
                  - ManagementReadPolicy
                Properties:
                  Roles:
                    - !Ref ManagementVendorRole
                  PolicyDocument:
                    Version: '2012-10-17'
                    Statement:
                      - Effect: Allow
                        Action: tag:TagResources
                        Resource: '*'
              ManagementRegistration:
                Type: Custom::Registration
                Condition: DeploysToManagementAccount
                Metadata:
                  RoleName: !Ref ManagementVendorRole
                Properties:
                  ServiceToken: !Sub arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:onramp-register
                  RoleArn: !GetAtt ManagementVendorRole.Arn
                  RoleId: !Sub ${ManagementVendorRole.RoleId}
                  Tags: !If
                    - ManagementTagsRegistration
                    - tagged
                    - !Ref AWS::NoValue
            Outputs:
              ManagementVendorRoleArn:
                Description: ARN of the vendor role
                Condition: DeploysToManagementAccount
                Value: !GetAtt ManagementVendorRole.Arn
              ManagementTagWritePolicyArn:
                Description: ARN of the tag write-back policy
                Condition: ManagementWritesTags
                Value: !Ref ManagementTagWritePolicy
              ManagementRegistrationId:
                Condition: DeploysToManagementAccount
                Value: !Ref ManagementRegistration
                Export:
                  Name: !Sub ${AWS::StackName}-RegistrationId
            """);
    // RegistrationRegion was read only by the always-true condition, which is not copied.
    assertThat(copy.referencedParameters())
        .containsExactly("VendorAccountId", "ExternalId", "TagWriteBack");
    assertThat(copy.renamed())
        .containsExactly(
            Map.entry("VendorRole", "ManagementVendorRole"),
            Map.entry("ReadPolicy", "ManagementReadPolicy"),
            Map.entry("TagWritePolicy", "ManagementTagWritePolicy"),
            Map.entry("Registration", "ManagementRegistration"),
            Map.entry("HasExternalId", "ManagementHasExternalId"),
            Map.entry("WritesTags", "ManagementWritesTags"),
            Map.entry("TagsRegistration", "ManagementTagsRegistration"),
            Map.entry("VendorRoleArn", "ManagementVendorRoleArn"),
            Map.entry("TagWritePolicyArn", "ManagementTagWritePolicyArn"),
            Map.entry("RegistrationId", "ManagementRegistrationId"));
  }

  @Test
  void memberIsUnchangedAndCopyIsImmutable() {
    Template member = member();
    String before = YamlTemplateWriter.write(member);
    MemberCopy.Result copy = copy(member);

    assertThat(YamlTemplateWriter.write(member)).isEqualTo(before);
    assertThatThrownBy(() -> copy.resources().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.conditions().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.outputs().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.referencedParameters().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.renamed().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    Map<?, ?> document =
        (Map<?, ?>) copy.resources().get("ManagementReadPolicy").properties().get("PolicyDocument");
    assertThatThrownBy(() -> document.clear()).isInstanceOf(UnsupportedOperationException.class);
    List<?> statements = (List<?>) document.get("Statement");
    assertThatThrownBy(() -> statements.clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void alwaysTrueIfWithNoValueRemovesTheEntryOrItem() {
    Fn.If noValueWhenTrue = new Fn.If("RegistersInThisRegion", Fn.noValue(), "dropped");
    Template member =
        template(
            Map.of("RegistersInThisRegion", new Fn.Equals(Fn.ref("AWS::Region"), "eu-west-1")),
            resources(
                "Topic",
                Template.Resource.of(
                    "AWS::SNS::Topic",
                    properties(
                        "TopicName", noValueWhenTrue,
                        "DisplayName", Fn.noValue(),
                        "Tags", List.of(noValueWhenTrue, Map.of("Key", "k", "Value", "v"))))),
            Map.of());

    MemberCopy.Result copy = copy(member);

    // The member's own Ref AWS::NoValue stays: only what resolving the Fn::If left is removed.
    assertThat(copy.resources().get("ManagementTopic").properties())
        .isEqualTo(
            properties(
                "DisplayName", Fn.noValue(), "Tags", List.of(Map.of("Key", "k", "Value", "v"))));
    assertThat(copy.conditions()).isEmpty();
  }

  @Test
  void subEscapesAndUnclosedVariablesStayText() {
    Template member =
        template(
            Map.of(),
            resources(
                "Bucket",
                Template.Resource.of(
                    "AWS::S3::Bucket",
                    properties(
                        "BucketName",
                        Fn.sub("${!Bucket}-${Bucket}-${!aws:username}${Bucket.Arn}-${open")))),
            Map.of());

    assertThat(copy(member).resources().get("ManagementBucket").properties().get("BucketName"))
        .isEqualTo(
            Fn.sub(
                "${!Bucket}-${ManagementBucket}-${!aws:username}${ManagementBucket.Arn}-${open"));
  }

  @Test
  void parametersReferencedOnlyInSubAreReported() {
    Template member =
        template(
            Map.of(),
            resources(
                "Topic",
                Template.Resource.of(
                    "AWS::SNS::Topic", properties("TopicName", Fn.sub("${Name}-${AWS::Region}")))),
            Map.of());

    assertThat(copy(member).referencedParameters()).containsExactly("Name");
  }

  @Test
  void idsTakenInTheParentAreAllReported() {
    Set<String> parentIds =
        Set.of("IncludeManagementAccount", SWITCH, "ManagementVendorRole", "ManagementWritesTags");

    assertThatThrownBy(() -> MemberCopy.of(member(), PREFIX, SWITCH, ALWAYS_TRUE, parentIds))
        .isInstanceOfSatisfying(
            MemberCopy.IdCollision.class,
            collision ->
                assertThat(collision.ids())
                    .containsExactly("ManagementVendorRole", "ManagementWritesTags"));
  }

  @Test
  void copyThatWouldBeTheSwitchOrAReferencedParameterCollides() {
    Template member =
        template(
            Map.of("ToManagementAccount", new Fn.Equals(Fn.ref("AWS::Region"), "eu-west-1")),
            resources(
                "Name",
                Template.Resource.of(
                    "AWS::SNS::Topic", properties("TopicName", Fn.ref("DeploysName")))),
            Map.of());

    assertThatThrownBy(() -> MemberCopy.of(member, "Deploys", SWITCH, Set.of(), Set.of()))
        .isInstanceOfSatisfying(
            MemberCopy.IdCollision.class,
            collision -> assertThat(collision.ids()).containsExactly("DeploysName", SWITCH));
  }

  @Test
  void idsMustStayAlphanumericAndShort() {
    Template member =
        template(
            Map.of(),
            resources("R".repeat(250), Template.Resource.of("AWS::SNS::Topic", Map.of())),
            Map.of());

    assertThatThrownBy(() -> copy(member)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MemberCopy.of(member(), "Man-agement", SWITCH, ALWAYS_TRUE, Set.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void referenceToSomethingTheMemberDoesNotDeclareIsRefused() {
    Template member =
        template(
            Map.of(),
            resources(
                "Topic",
                Template.Resource.of(
                    "AWS::SNS::Topic", properties("TopicName", Fn.getAtt("Missing", "Name")))),
            Map.of());

    assertThatThrownBy(() -> copy(member))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Missing");
  }

  static MemberCopy.Result copy(Template member) {
    return MemberCopy.of(member, PREFIX, SWITCH, ALWAYS_TRUE, PARENT_IDS);
  }

  private static Template copyAlone(MemberCopy.Result copy) {
    return new Template(
        null, Map.of(), Map.of(), Map.of(), copy.conditions(), copy.resources(), copy.outputs());
  }

  /**
   * A member template: a vendor role with a managed policy, a policy under a condition built on
   * another, a custom resource under the always-true condition, outputs.
   */
  static Template member() {
    Map<String, Template.Parameter> parameters = new LinkedHashMap<>();
    parameters.put("VendorAccountId", parameter(null, List.of()));
    parameters.put("ExternalId", parameter("", List.of()));
    parameters.put("TagWriteBack", parameter("false", List.of("true", "false")));
    parameters.put("RegistrationRegion", parameter("us-east-1", List.of()));

    Map<String, Object> conditions = new LinkedHashMap<>();
    conditions.put("HasExternalId", new Fn.Not(new Fn.Equals(Fn.ref("ExternalId"), "")));
    conditions.put("WritesTags", new Fn.Equals(Fn.ref("TagWriteBack"), "true"));
    conditions.put(
        "RegistersInThisRegion",
        new Fn.Equals(Fn.ref("RegistrationRegion"), Fn.ref("AWS::Region")));
    conditions.put(
        "TagsRegistration",
        new Fn.And(
            List.of(
                new Fn.ConditionRef("WritesTags"), new Fn.ConditionRef("RegistersInThisRegion"))));

    Map<String, Template.Resource> resources = new LinkedHashMap<>();
    resources.put(
        "VendorRole",
        Template.Resource.of(
            "AWS::IAM::Role",
            properties(
                "Description",
                Fn.ifThen("RegistersInThisRegion", "Role the vendor assumes, registered", "Role"),
                "AssumeRolePolicyDocument",
                policy(
                    properties(
                        "Effect",
                        "Allow",
                        "Principal",
                        Map.of("AWS", Fn.sub("arn:${AWS::Partition}:iam::${VendorAccountId}:root")),
                        "Action",
                        "sts:AssumeRole",
                        "Condition",
                        Fn.ifThen(
                            "HasExternalId",
                            Map.of("StringEquals", Map.of("sts:ExternalId", Fn.ref("ExternalId"))),
                            Fn.noValue()))))));
    resources.put(
        "ReadPolicy",
        Template.Resource.of(
            "AWS::IAM::ManagedPolicy",
            properties(
                "Description",
                Fn.sub("Lets ${VendorRole} read itself; ${!Literal} stays"),
                "Roles",
                List.of(Fn.ref("VendorRole")),
                "PolicyDocument",
                policy(
                    properties(
                        "Effect", "Allow",
                        "Action", "iam:GetRole",
                        "Resource",
                            Fn.sub(
                                "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${VendorRole}"))))));
    resources.put(
        "TagWritePolicy",
        new Template.Resource(
            "AWS::IAM::ManagedPolicy",
            "WritesTags",
            List.of("ReadPolicy"),
            null,
            null,
            Map.of(),
            properties(
                "Roles",
                List.of(Fn.ref("VendorRole")),
                "PolicyDocument",
                policy(
                    properties(
                        "Effect", "Allow", "Action", "tag:TagResources", "Resource", "*")))));
    resources.put(
        "Registration",
        new Template.Resource(
            "Custom::Registration",
            "RegistersInThisRegion",
            List.of(),
            null,
            null,
            Map.of("RoleName", Fn.ref("VendorRole")),
            properties(
                "ServiceToken",
                Fn.sub(
                    "arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:onramp-register"),
                "RoleArn",
                Fn.getAtt("VendorRole", "Arn"),
                "RoleId",
                Fn.sub("${VendorRole.RoleId}"),
                "Tags",
                Fn.ifThen("TagsRegistration", "tagged", Fn.noValue()))));

    Map<String, Template.Output> outputs = new LinkedHashMap<>();
    outputs.put(
        "VendorRoleArn",
        new Template.Output("ARN of the vendor role", Fn.getAtt("VendorRole", "Arn"), null, null));
    outputs.put(
        "TagWritePolicyArn",
        new Template.Output(
            "ARN of the tag write-back policy", Fn.ref("TagWritePolicy"), "WritesTags", null));
    outputs.put(
        "RegistrationId",
        new Template.Output(
            null,
            Fn.ref("Registration"),
            "RegistersInThisRegion",
            Fn.sub("${AWS::StackName}-RegistrationId")));
    return new Template("Member", Map.of(), parameters, Map.of(), conditions, resources, outputs);
  }

  private static Template template(
      Map<String, Object> conditions,
      Map<String, Template.Resource> resources,
      Map<String, Template.Output> outputs) {
    Map<String, Template.Parameter> parameters = new LinkedHashMap<>();
    parameters.put("Name", parameter("n", List.of()));
    parameters.put("DeploysName", parameter("n", List.of()));
    return new Template(null, Map.of(), parameters, Map.of(), conditions, resources, outputs);
  }

  private static Map<String, Template.Resource> resources(String id, Template.Resource resource) {
    return Map.of(id, resource);
  }

  private static Template.Parameter parameter(String defaultValue, List<String> allowed) {
    return new Template.Parameter(
        "String", null, defaultValue, allowed, null, null, false, null, null);
  }

  private static Map<String, Object> policy(Map<String, Object> statement) {
    return properties("Version", "2012-10-17", "Statement", List.of(statement));
  }

  /** An ordered map from alternating keys and values. */
  private static Map<String, Object> properties(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
