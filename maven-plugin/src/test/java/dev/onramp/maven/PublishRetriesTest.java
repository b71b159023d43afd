package dev.onramp.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.publish.s3.S3Access;
import java.time.Duration;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class PublishRetriesTest {

  @Test
  void theDefaultsAreTheLibrarysAndTheParametersReplaceAttemptsAndTimeoutsOnly()
      throws MojoFailureException {
    assertThat(PublishRetries.of(4, "20s", "2m")).isEqualTo(S3Access.Retries.DEFAULT);

    S3Access.Retries slowUplink = PublishRetries.of(6, "PT90S", "10m");

    assertThat(slowUplink.maxAttempts()).isEqualTo(6);
    assertThat(slowUplink.attemptTimeout()).isEqualTo(Duration.ofSeconds(90));
    assertThat(slowUplink.callTimeout()).isEqualTo(Duration.ofMinutes(10));
    assertThat(slowUplink.baseDelay()).isEqualTo(S3Access.Retries.DEFAULT.baseDelay());
    assertThat(slowUplink.maxBackoff()).isEqualTo(S3Access.Retries.DEFAULT.maxBackoff());
  }

  @Test
  void refusesWhatCouldNeverWorkSayingWhy() {
    assertThatThrownBy(() -> PublishRetries.of(0, "20s", "2m"))
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "cfn.publish.maxAttempts 0 is not between 1 and 10\n"
                + "  fix: give the attempts per S3 request, the first included (default 4)");
    assertThatThrownBy(() -> PublishRetries.of(4, "0s", "2m"))
        .hasMessage(
            "cfn.publish.attemptTimeout '0s' is not a positive duration\n"
                + "  fix: write it as 20s or 2m");
    assertThatThrownBy(() -> PublishRetries.of(4, "soon", "2m"))
        .hasMessageStartingWith("cfn.publish.attemptTimeout 'soon' is not a duration\n");
    assertThatThrownBy(() -> PublishRetries.of(4, "1m", "30s"))
        .hasMessage(
            "cfn.publish.requestTimeout 30s is shorter than cfn.publish.attemptTimeout 1m, so no"
                + " attempt could use its time\n"
                + "  fix: allow a request at least one attempt's time, and room for the retries");
  }
}
