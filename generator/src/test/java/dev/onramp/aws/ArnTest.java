package dev.onramp.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArnTest {
  @Test
  void readsTheSixPartsKeepingColonsOfTheResource() {
    assertThat(Arn.parse("arn:aws:iam::111122223333:role/acme/Collector"))
        .contains(new Arn("aws", "iam", "", "111122223333", "role/acme/Collector"));
    assertThat(
            Arn.parse("arn:aws:logs:us-east-1:111122223333:log-group:/x:*")
                .orElseThrow()
                .resource())
        .isEqualTo("log-group:/x:*");
  }

  @Test
  void neverSplitsATemplateVariable() {
    Arn arn =
        Arn.parse("arn:${AWS::Partition}:sns:${AWS::Region}:${AWS::AccountId}:topic").orElseThrow();

    assertThat(arn.partitionIsVariable()).isTrue();
    assertThat(arn.region()).isEqualTo("${AWS::Region}");
    assertThat(arn.account()).isEqualTo("${AWS::AccountId}");
    assertThat(arn.resource()).isEqualTo("topic");
  }

  @Test
  void refusesTextThatIsNotAWholeArn() {
    assertThat(Arn.parse("arn:aws:s3")).isEmpty();
    assertThat(Arn.parse("role/x")).isEmpty();
    assertThat(Arn.parse(null)).isEmpty();
  }

  @Test
  void aPatternMayEndAfterTheService() {
    assertThat(Arn.serviceOf("arn:aws:logs:*")).contains("logs");
    assertThat(Arn.serviceOf("arn:${AWS::Partition}:s3:::bucket/*")).contains("s3");
    assertThat(Arn.serviceOf("arn:aws:logs")).isEmpty();
  }

  @Test
  void knowsThePartitionsOnrampDeploysTo() {
    assertThat(Arn.parse("arn:aws-cn:s3:::b").flatMap(Arn::knownPartition))
        .contains(Partition.AWS_CN);
    Arn iso = Arn.parse("arn:aws-iso:s3:::b").orElseThrow();
    assertThat(iso.knownPartition()).isEqualTo(Optional.empty());
    assertThat(iso.partitionIsAnyPartition()).isTrue();
    assertThat(Arn.parse("arn:gcp:s3:::b").orElseThrow().partitionIsAnyPartition()).isFalse();
  }

  @Test
  void findsPartitionLiteralsAndAccountIds() {
    assertThat(Partition.LITERAL_IN_ARN.matcher("x arn:aws-us-gov:iam::").find()).isTrue();
    assertThat(Partition.LITERAL_IN_ARN.matcher("arn:${AWS::Partition}:iam::").find()).isFalse();
    assertThat(AccountId.isAccountId("011122223333")).isTrue();
    assertThat(AccountId.isAccountId("11122223333")).isFalse();
    assertThat(Partition.isRegion("us-gov-west-1")).isTrue();
    assertThat(Partition.isRegion("moon-1")).isFalse();
  }

  @Test
  void parseIamRoleAcceptsWhatTheRoleArnPatternDescribes() {
    for (String accepted :
        java.util.List.of(
            "arn:aws:iam::111122223333:role/a",
            "arn:aws-us-gov:iam::111122223333:role/path/to/a",
            "arn:aws-cn:iam::011122223333:role/a+b=c,d.e@f_g-h")) {
      assertThat(Arn.parseIamRole(accepted)).as(accepted).isPresent();
      assertThat(accepted.matches(Arn.IAM_ROLE_REGEX)).as(accepted).isTrue();
    }
    for (String refused :
        java.util.List.of(
            "arn:aws:iam::11112222333:role/a",
            "arn:aws-iso:iam::111122223333:role/a",
            "arn:aws:iam::111122223333:user/a",
            "arn:aws:iam:us-east-1:111122223333:role/a",
            "arn:aws:iam::111122223333:role/" + "a".repeat(65),
            "arn:aws:iam::111122223333:role/a:b",
            "arn:${AWS::Partition}:iam::111122223333:role/a")) {
      assertThat(Arn.parseIamRole(refused)).as(refused).isEmpty();
      assertThat(refused.matches(Arn.IAM_ROLE_REGEX)).as(refused).isFalse();
    }
    assertThat(Arn.parseIamRole("arn:aws-cn:iam::011122223333:role/x/y").orElseThrow().account())
        .isEqualTo("011122223333");
  }

  @Test
  void aPartitionsRegionPatternMatchesTheRegionsOfThatPartition() {
    for (String region :
        java.util.List.of(
            "us-east-1",
            "eu-west-3",
            "us-gov-west-1",
            "cn-north-1",
            "cn-northwest-1",
            "us-iso-east-1",
            "moon-1",
            "us-gov-1")) {
      for (Partition partition : Partition.values()) {
        assertThat(region.matches(partition.regionRegex()))
            .as("%s in %s", region, partition)
            .isEqualTo(Partition.isRegion(region) && Partition.ofRegion(region) == partition);
      }
    }
  }
}
