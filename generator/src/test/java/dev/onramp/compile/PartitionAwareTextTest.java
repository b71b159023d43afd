package dev.onramp.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.template.Fn;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PartitionAwareTextTest {

  @Test
  void plainTextStaysPlain() {
    assertThat(PartitionAwareText.of("*", Set.of())).isEqualTo("*");
  }

  @Test
  void everyPartitionLiteralBecomesThePseudoParameter() {
    for (String partition : new String[] {"aws", "aws-cn", "aws-us-gov"}) {
      assertThat(PartitionAwareText.of("arn:" + partition + ":s3:::bucket/*", Set.of()))
          .isEqualTo(Fn.sub("arn:${AWS::Partition}:s3:::bucket/*"));
    }
  }

  @Test
  void iamVariablesAreEscapedAndParametersKept() {
    assertThat(
            PartitionAwareText.of(
                "arn:aws:s3:::${Bucket}/${aws:username}/${AWS::Region}", Set.of("Bucket")))
        .isEqualTo(Fn.sub("arn:${AWS::Partition}:s3:::${Bucket}/${!aws:username}/${AWS::Region}"));
  }

  @Test
  void onlyIamVariablesNeedNoSub() {
    assertThat(PartitionAwareText.of("home/${aws:username}", Set.of()))
        .isEqualTo("home/${aws:username}");
  }
}
