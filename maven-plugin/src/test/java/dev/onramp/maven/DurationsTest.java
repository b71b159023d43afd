package dev.onramp.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class DurationsTest {

  @Test
  void readsShortAndIsoForms() throws MojoFailureException {
    assertThat(Durations.parse("12h", "p")).isEqualTo(Duration.ofHours(12));
    assertThat(Durations.parse(" 7D ", "p")).isEqualTo(Duration.ofDays(7));
    assertThat(Durations.parse("30m", "p")).isEqualTo(Duration.ofMinutes(30));
    assertThat(Durations.parse("45s", "p")).isEqualTo(Duration.ofSeconds(45));
    assertThat(Durations.parse("PT1H30M", "p")).isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void refusesOtherTextWithTheForms() {
    assertThatThrownBy(() -> Durations.parse("a week", "cfn.links.presign"))
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "cfn.links.presign 'a week' is not a duration\n"
                + "  fix: write it as 12h, 7d, 30m or in ISO-8601 such as PT12H");
  }
}
