package dev.onramp.compile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PrincipalArnPatternTest {
  @Test
  void theRolePartIsTestedInTheTrustedAccountAndTheStacksPartition() {
    PrincipalArnPattern pattern = PrincipalArnPattern.parse("role/scanner-*").orElseThrow();
    assertThat(pattern.account()).isNull();
    assertThat(pattern.accountHasWildcard()).isFalse();
    assertThat(pattern.arnIn("${VendorAccountId}"))
        .isEqualTo("arn:${AWS::Partition}:iam::${VendorAccountId}:role/scanner-*");
  }

  @Test
  void aWholeArnKeepsItsAccountForTheChecks() {
    PrincipalArnPattern pattern =
        PrincipalArnPattern.parse("arn:aws:iam::111122223333:role/acme/scan?er").orElseThrow();
    assertThat(pattern.account()).isEqualTo("111122223333");
    assertThat(pattern.resource()).isEqualTo("role/acme/scan?er");
    assertThat(
            PrincipalArnPattern.parse("arn:aws:iam::*:role/x").orElseThrow().accountHasWildcard())
        .isTrue();
    assertThat(
            PrincipalArnPattern.parse("arn:aws:iam::1111?2223333:role/x")
                .orElseThrow()
                .accountHasWildcard())
        .isTrue();
  }

  @Test
  void onlyRolePatternsAreAccepted() {
    assertThat(PrincipalArnPattern.parse("*")).isEmpty();
    assertThat(PrincipalArnPattern.parse("user/bob")).isEmpty();
    assertThat(PrincipalArnPattern.parse("role/")).isEmpty();
    assertThat(PrincipalArnPattern.parse("role/has space")).isEmpty();
    assertThat(PrincipalArnPattern.parse("arn:aws:sts::111122223333:assumed-role/x/y")).isEmpty();
    assertThat(PrincipalArnPattern.parse(null)).isEmpty();
  }
}
