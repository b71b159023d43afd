package dev.onramp.review.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArnGlobsTest {

  @Test
  void aPlaceholderIsOneValueOfItsSegment() {
    assertThat(ArnGlobs.split("arn:aws:sqs:${AWS::Region}:${AWS::AccountId}:jobs"))
        .containsExactly("arn", "aws", "sqs", "${AWS::Region}", "${AWS::AccountId}", "jobs");
    assertThat(
            ArnGlobs.matches(
                "arn:aws:sqs:*:*:jobs", "arn:aws:sqs:${AWS::Region}:${AWS::AccountId}:jobs"))
        .isTrue();
  }

  @Test
  void aWildcardDoesNotCrossAColonBeforeTheResourcePart() {
    assertThat(ArnGlobs.matches("arn:aws:s3:*", "arn:aws:s3:::b/key")).isTrue();
    assertThat(ArnGlobs.matches("arn:aws:*:b", "arn:aws:s3:::b")).isFalse();
    assertThat(ArnGlobs.matches("arn:aws:s3:::b*", "arn:aws:s3:::b/key:with:colons")).isTrue();
    assertThat(ArnGlobs.matches("arn:AWS:S3:::b", "arn:aws:s3:::b")).isTrue();
    assertThat(ArnGlobs.matches("arn:aws:s3:::B", "arn:aws:s3:::b")).isFalse();
  }

  @Test
  void witnessesTellApartEveryCombinationSomeArnReaches() {
    List<String> patterns = List.of("arn:aws:s3:::b/*", "arn:aws:s3:::b*");
    List<String> witnesses = ArnGlobs.witnesses(patterns).texts();

    // Neither, only the wider (another bucket), and both (an object of b).
    assertThat(witnesses).hasSize(3);
    assertThat(witnesses)
        .anyMatch(
            w -> !ArnGlobs.matches(patterns.get(0), w) && ArnGlobs.matches(patterns.get(1), w));
  }
}
