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
}
