package dev.onramp.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ResourcePatternsTest {
  @Test
  void aWildcardCoversWhatItMatches() {
    assertThat(ResourcePatterns.covers("*", "arn:aws:s3:::b")).isTrue();
    assertThat(ResourcePatterns.covers("${B.Arn}/*", "${B.Arn}/cur/*")).isTrue();
    assertThat(ResourcePatterns.covers("${B.Arn}/cur/*", "${B.Arn}/*")).isFalse();
    assertThat(ResourcePatterns.covers("arn:aws:s3:::b", "arn:aws:s3:::b/*")).isFalse();
    assertThat(ResourcePatterns.covers("arn:aws:s3:::B*", "arn:aws:s3:::b1")).isFalse();
    assertThat(ResourcePatterns.covers("arn:aws:s3:::b?", "arn:aws:s3:::b1")).isTrue();
    assertThat(ResourcePatterns.covers("*", "* except [x]")).isTrue();
    assertThat(ResourcePatterns.covers("* except [x]", "arn:aws:s3:::b")).isFalse();
  }

  @Test
  void minimalDropsCoveredPatterns() {
    assertThat(ResourcePatterns.minimal(List.of("arn:b/cur/*", "*", "arn:b"))).containsExactly("*");
    assertThat(ResourcePatterns.minimal(List.of("arn:b/cur/*", "arn:b/*", "arn:b", "arn:b")))
        .containsExactly("arn:b", "arn:b/*");
  }

  @Test
  void servicesComeFromArnsOnly() {
    assertThat(
            ResourcePatterns.services(
                List.of("arn:${AWS::Partition}:sqs:${AWS::Region}:1:q", "arn:aws:SNS:r:1:t")))
        .containsExactly("sns", "sqs");
    assertThat(ResourcePatterns.services(List.of("arn:aws:s3:::b", "*"))).isEmpty();
    assertThat(ResourcePatterns.services(List.of("${Bucket.Arn}"))).isEmpty();
    assertThat(ResourcePatterns.services(List.of("arn:aws:${Service}:::x"))).isEmpty();
  }
}
