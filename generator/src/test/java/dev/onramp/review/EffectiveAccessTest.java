package dev.onramp.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.template.TemplateReader;
import org.junit.jupiter.api.Test;

/**
 * The verdict of a diff follows IAM's evaluation rules, not the policies' text: each case is a
 * before and an after role whose difference a textual comparison gets wrong.
 */
class EffectiveAccessTest {

  private static final String ROLE =
      """
      Parameters:
        ExternalId: {Type: String, MinLength: 2}
      Conditions:
        IsProd: !Equals [!Ref Env, prod]
      Resources:
        R:
          Type: AWS::IAM::Role
          Properties:
            AssumeRolePolicyDocument:
              Statement:
                - Effect: Allow
                  Principal: {AWS: arn:aws:iam::111122223333:root}
                  Action: sts:AssumeRole
                  Condition: {StringEquals: {sts:ExternalId: !Ref ExternalId}}
            Policies:
              - PolicyName: p
                PolicyDocument:
                  Statement:
      """;

  private static AccessVerdict verdict(String before, String after) {
    return PolicyDiff.between(inventory(before), inventory(after)).verdict();
  }

  private static PolicyInventory inventory(String statements) {
    return PolicyInventory.of(TemplateReader.read(ROLE + statements.indent(12)));
  }

  private static String allow(String action, String resource) {
    return "- {Effect: Allow, Action: " + action + ", Resource: '" + resource + "'}\n";
  }

  @Test
  void aPartitionLiteralAndThePartitionVariableAreTheSameResource() {
    assertThat(
            verdict(
                allow("s3:GetObject", "arn:aws:s3:::b/*"),
                allow("s3:GetObject", "arn:${AWS::Partition}:s3:::b/*")))
        .isEqualTo(AccessVerdict.EQUAL);
  }

  @Test
  void aWildcardAtTheEndOfTheBucketNameMatchesOtherBuckets() {
    assertThat(
            verdict(
                allow("s3:GetObject", "arn:aws:s3:::b/*"),
                allow("s3:GetObject", "arn:aws:s3:::b*")))
        .isEqualTo(AccessVerdict.ESCALATION);
  }

  @Test
  void aWildcardRegionAndAccountCoverTheEmptyOnes() {
    assertThat(
            verdict(
                allow("s3:GetObject", "arn:aws:s3:::b/*"),
                allow("s3:GetObject", "arn:aws:s3:*:*:b/*")))
        .isEqualTo(AccessVerdict.ESCALATION);
    assertThat(
            verdict(
                allow("s3:GetObject", "arn:aws:s3:*:*:b/*"),
                allow("s3:GetObject", "arn:aws:s3:::b/*")))
        .isEqualTo(AccessVerdict.REDUCTION);
  }

  @Test
  void aDenyOfWhatWasNeverAllowedChangesNothing() {
    String allowed = allow("s3:GetObject", "*");
    assertThat(
            verdict(
                allowed + "- {Effect: Deny, Action: s3:DeleteBucket, Resource: '*'}\n", allowed))
        .isEqualTo(AccessVerdict.EQUAL);
    assertThat(
            verdict(
                allowed
                    + "- {Effect: Deny, Action: s3:GetObject, Resource: 'arn:aws:s3:::secret/*'}\n",
                allowed))
        .isEqualTo(AccessVerdict.ESCALATION);
  }

  @Test
  void anActionThatDoesNotExistGrantsNothing() {
    assertThat(verdict(allow("s3:GetObject", "*"), allow("[s3:GetObject, s3:GetObjekt]", "*")))
        .isEqualTo(AccessVerdict.EQUAL);
  }

  @Test
  void conditionOperatorsCompareByMeaning() {
    String like =
        "- {Effect: Allow, Action: s3:GetObject, Resource: '*', Condition: {StringLike: {aws:SourceVpc: vpc-1}}}\n";
    String equals =
        "- {Effect: Allow, Action: s3:GetObject, Resource: '*', Condition: {StringEquals: {aws:SourceVpc: vpc-1}}}\n";
    String ifExists =
        "- {Effect: Allow, Action: s3:GetObject, Resource: '*', Condition: {StringEqualsIfExists: {aws:SourceVpc: vpc-1}}}\n";
    assertThat(verdict(like, equals)).isEqualTo(AccessVerdict.EQUAL);
    assertThat(verdict(equals, ifExists)).isEqualTo(AccessVerdict.ESCALATION);
  }

  @Test
  void cidrRangesCompareByTheAddressesTheyHold() {
    String whole =
        "- {Effect: Allow, Action: s3:GetObject, Resource: '*', Condition: {IpAddress: {aws:SourceIp: 10.0.0.0/23}}}\n";
    String halves =
        "- {Effect: Allow, Action: s3:GetObject, Resource: '*', Condition: {IpAddress: {aws:SourceIp: [10.0.0.0/24, 10.0.1.0/24]}}}\n";
    String wider =
        "- {Effect: Allow, Action: s3:GetObject, Resource: '*', Condition: {IpAddress: {aws:SourceIp: 10.0.0.0/22}}}\n";
    assertThat(verdict(whole, halves)).isEqualTo(AccessVerdict.EQUAL);
    assertThat(verdict(halves, wider)).isEqualTo(AccessVerdict.ESCALATION);
  }

  @Test
  void forAllValuesIsNotForAnyValue() {
    String all =
        "- {Effect: Allow, Action: s3:GetObject, Resource: '*', Condition: {ForAllValues:StringEquals: {aws:TagKeys: [a, b]}}}\n";
    String any =
        "- {Effect: Allow, Action: s3:GetObject, Resource: '*', Condition: {ForAnyValue:StringEquals: {aws:TagKeys: [a, b]}}}\n";
    assertThat(verdict(all, any)).isEqualTo(AccessVerdict.MIXED);
  }

  @Test
  void aGrantInBothBranchesOfAnIfIsAGrantAlways() {
    String always = allow("s3:GetObject", "*");
    String branches =
        "- !If [IsProd, {Effect: Allow, Action: s3:GetObject, Resource: '*'}, {Effect: Allow, Action: s3:GetObject, Resource: '*'}]\n";
    String oneBranch =
        "- !If [IsProd, {Effect: Allow, Action: s3:GetObject, Resource: '*'}, !Ref AWS::NoValue]\n";
    assertThat(verdict(always, branches)).isEqualTo(AccessVerdict.EQUAL);
    assertThat(verdict(always, oneBranch)).isEqualTo(AccessVerdict.REDUCTION);
  }

  @Test
  void aRenamedConditionWithTheSameDefinitionDecidesTheSame() {
    String before =
        "- !If [IsProd, {Effect: Allow, Action: s3:GetObject, Resource: '*'}, !Ref AWS::NoValue]\n";
    String after = before.replace("IsProd", "Production") + "";
    PolicyInventory was = inventory(before);
    PolicyInventory is =
        PolicyInventory.of(
            TemplateReader.read((ROLE.replace("IsProd:", "Production:") + after.indent(12))));
    assertThat(PolicyDiff.between(was, is).verdict()).isEqualTo(AccessVerdict.EQUAL);
  }

  @Test
  void aRenamedExternalIdParameterWithTheSameDefinitionIsTheSameParameter() {
    String statements = allow("s3:GetObject", "*");
    PolicyInventory was = inventory(statements);
    PolicyInventory is =
        PolicyInventory.of(
            TemplateReader.read(
                ROLE.replace("ExternalId: {Type", "CustomerExternalId: {Type")
                        .replace("!Ref ExternalId", "!Ref CustomerExternalId")
                    + statements.indent(12)));
    assertThat(PolicyDiff.between(was, is).verdict()).isEqualTo(AccessVerdict.EQUAL);
  }

  @Test
  void anyonePinnedByPrincipalArnIsTheNamedRole() {
    String named =
        """
        Resources:
          B:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: b
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: {AWS: arn:aws:iam::111122223333:role/Reader}
                    Action: s3:GetObject
                    Resource: arn:aws:s3:::b/*
        """;
    String pinned =
        named.replace(
            "Principal: {AWS: arn:aws:iam::111122223333:role/Reader}",
            "Principal: '*'\n"
                + "            Condition: {ArnEquals: {aws:PrincipalArn:"
                + " arn:aws:iam::111122223333:role/Reader}}");
    String account =
        named
            .replace("role/Reader}", "root}")
            .replace(
                "Principal: {AWS: arn:aws:iam::111122223333:root}",
                "Principal: '*'\n            Condition: {StringEquals: {aws:PrincipalAccount: '111122223333'}}");
    PolicyInventory a = PolicyInventory.of(TemplateReader.read(named));
    PolicyInventory b = PolicyInventory.of(TemplateReader.read(pinned));
    PolicyInventory c = PolicyInventory.of(TemplateReader.read(account));
    assertThat(PolicyDiff.between(a, b).verdict()).isEqualTo(AccessVerdict.EQUAL);
    assertThat(PolicyDiff.between(a, c).verdict()).isEqualTo(AccessVerdict.ESCALATION);
  }

  @Test
  void aValueLookedUpInAMapIsTheValueItIs() {
    String mappings =
        """
        Mappings:
          Buckets:
            us-east-1: {Name: logs-a}
            eu-west-1: {Name: logs-b}
          Fixed:
            all: {Name: logs-a}
        """;
    String byRegion =
        "- Effect: Allow\n  Action: s3:GetObject\n  Resource: !Sub\n    - 'arn:aws:s3:::${B}/*'\n"
            + "    - {B: !FindInMap [Buckets, !Ref AWS::Region, Name]}\n";
    String fixed =
        "- Effect: Allow\n  Action: s3:GetObject\n  Resource: !Join ['', ['arn:aws:s3:::', !FindInMap [Fixed, all, Name], '/*']]\n";
    String literal = allow("s3:GetObject", "arn:aws:s3:::logs-a/*");
    PolicyInventory viaMap =
        PolicyInventory.of(TemplateReader.read(mappings + ROLE + fixed.indent(12)));
    assertThat(PolicyDiff.between(inventory(literal), viaMap).verdict())
        .isEqualTo(AccessVerdict.EQUAL);
    PolicyInventory perRegion =
        PolicyInventory.of(TemplateReader.read(mappings + ROLE + byRegion.indent(12)));
    // In eu-west-1 the map gives logs-b: the literal takes that away and grants logs-a instead.
    assertThat(PolicyDiff.between(perRegion, inventory(literal)).verdict())
        .isEqualTo(AccessVerdict.MIXED);
  }
}
