package dev.onramp.iam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigurationSecretsTest {
  @Test
  void anActionIsFoundIgnoringCaseWithWhatItReveals() {
    ConfigurationSecrets secrets = ConfigurationSecrets.bundled();

    assertThat(secrets.of("LAMBDA:listfunctions"))
        .hasValueSatisfying(
            read -> {
              assertThat(read.action()).isEqualTo("lambda:ListFunctions");
              assertThat(read.reveals()).contains("environment variables");
              assertThat(read.revealedOn(List.of("*"))).isTrue();
            });
    assertThat(secrets.of("lambda:ListAliases")).isEmpty();
  }

  @Test
  void aResourceScopedReadIsRevealedOnlyWhereTheResourcesMayMeet() {
    ConfigurationSecrets.SecretRead keys =
        ConfigurationSecrets.bundled().of("apigateway:GET").get();

    assertThat(keys.revealedOn(List.of("*"))).isTrue();
    assertThat(keys.revealedOn(List.of("arn:${AWS::Partition}:apigateway:*::/apikeys/*"))).isTrue();
    assertThat(keys.revealedOn(List.of("arn:aws:apigateway:us-east-1::/usageplans/*"))).isTrue();
    assertThat(keys.revealedOn(List.of("arn:${AWS::Partition}:apigateway:*::/restapis*")))
        .isFalse();
    assertThat(keys.revealedOn(List.of("arn:aws:apigateway:*::/usageplans"))).isFalse();
    // A NotResource list may reach anything.
    assertThat(keys.revealedOn(List.of("* except [arn:aws:apigateway:*::/restapis]"))).isTrue();
  }

  @Test
  void aLineThatIsNotThreeColumnsIsRefusedWithItsNumber() {
    assertThatThrownBy(() -> ConfigurationSecrets.parse("# comment\nlambda:ListFunctions\t*\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2");
    assertThatThrownBy(() -> ConfigurationSecrets.parse("a:B\t*\tx\nA:b\t*\ty\n"))
        .hasMessageContaining("line 2 lists A:b a second time");
  }

  @Test
  void patternsOverlapWhenOneTextMatchesBoth() {
    assertThat(Wildcards.mayOverlap("arn:*:b/*", "arn:aws:*")).isTrue();
    assertThat(Wildcards.mayOverlap("a*c", "ab*")).isTrue();
    assertThat(Wildcards.mayOverlap("a?c", "abc")).isTrue();
    assertThat(Wildcards.mayOverlap("/restapis/*", "/apikeys")).isFalse();
    assertThat(Wildcards.mayOverlap("/usageplans", "/usageplans/*/keys")).isFalse();
    assertThat(Wildcards.mayOverlap("/usageplans*", "/usageplans/*/keys")).isTrue();
    assertThat(Wildcards.mayOverlap("*", "")).isTrue();
    assertThat(Wildcards.mayOverlap("a", "A")).isFalse();
  }
}
