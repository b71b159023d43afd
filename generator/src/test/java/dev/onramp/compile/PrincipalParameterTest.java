package dev.onramp.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.blueprint.model.ParameterSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How strict a declared principal parameter must be, and the parameter created when it is not. */
class PrincipalParameterTest {
  private static ParameterSpec declared(
      ParameterSpec.Type type, String pattern, List<String> allowedValues) {
    return new ParameterSpec(
        "Vendor", type, null, null, null, null, allowedValues, pattern, null, false, null, null);
  }

  private static ParameterSpec withPattern(String pattern) {
    return declared(ParameterSpec.Type.STRING, pattern, null);
  }

  @Test
  void theCreatedParametersAreStrictByTheirOwnMeasure() {
    for (PrincipalParameter kind : PrincipalParameter.values()) {
      ParameterSpec created = kind.created("Vendor", "Group");
      assertThat(kind.weakness(created)).as(kind.name()).isEmpty();
      assertThat(created.allowedPattern()).isEqualTo(kind.pattern());
      assertThat(created.group()).isEqualTo("Group");
    }
  }

  @Test
  void strictEquivalentsOfTheAccountPatternAreAccepted() {
    for (String pattern : List.of("^[0-9]{12}$", "\\d{12}", "^(111122223333|444455556666)$")) {
      assertThat(PrincipalParameter.ACCOUNT_ID.weakness(withPattern(pattern)))
          .as(pattern)
          .isEmpty();
    }
  }

  @Test
  void aLooserAccountPatternIsRefusedWithTheValueItLetsThrough() {
    assertThat(PrincipalParameter.ACCOUNT_ID.weakness(withPattern("[0-9]+")))
        .contains("its allowedPattern accepts '11112222333'");
    assertThat(PrincipalParameter.ACCOUNT_ID.weakness(withPattern("\\d{12}|\\*")))
        .contains("its allowedPattern accepts '*'");
    assertThat(PrincipalParameter.ACCOUNT_ID.weakness(withPattern("\\d{12}\\s?")))
        .contains("its allowedPattern accepts '111122223333 '");
    assertThat(PrincipalParameter.ACCOUNT_ID.weakness(withPattern("\\d{12}(,\\d{12})*")))
        .contains("its allowedPattern accepts '111122223333,444455556666'");
  }

  @Test
  void noPatternABrokenOneOrOneThatRefusesEveryAccountIsRefused() {
    assertThat(PrincipalParameter.ACCOUNT_ID.weakness(withPattern(null)))
        .contains("it has no allowedPattern, so any text is trusted");
    assertThat(PrincipalParameter.ACCOUNT_ID.weakness(withPattern("[0-9")))
        .contains("its allowedPattern is not a regular expression");
    assertThat(PrincipalParameter.ACCOUNT_ID.weakness(withPattern("x")))
        .contains("its allowedPattern refuses an AWS account id such as '111122223333'");
    assertThat(
            PrincipalParameter.ACCOUNT_ID.weakness(
                declared(ParameterSpec.Type.NUMBER, "\\d{12}", null)))
        .contains("it is a Number, not a String");
  }

  @Test
  void allowedValuesMustAllBeValid() {
    assertThat(
            PrincipalParameter.ACCOUNT_ID.weakness(
                declared(ParameterSpec.Type.STRING, null, List.of("111122223333"))))
        .isEmpty();
    assertThat(
            PrincipalParameter.ROLE_ARN.weakness(
                declared(
                    ParameterSpec.Type.STRING,
                    null,
                    List.of(
                        "arn:aws:iam::111122223333:role/A", "arn:aws:iam::111122223333:role/*"))))
        .contains("its allowed value 'arn:aws:iam::111122223333:role/*' is not an IAM role ARN");
  }

  @Test
  void aRoleArnPatternMustRefuseWildcardsInTheAccountAndTheName() {
    assertThat(
            PrincipalParameter.ROLE_ARN.weakness(
                withPattern("^arn:aws:iam::[0-9*]{1,12}:role/[\\w+=,.@-]{1,64}$")))
        .contains("its allowedPattern accepts 'arn:aws:iam::*:role/Scanner'");
    assertThat(PrincipalParameter.ROLE_ARN.weakness(withPattern("^arn:aws:iam::\\d{12}:role/.+$")))
        .contains("its allowedPattern accepts 'arn:aws:iam::111122223333:role/*'");
    assertThat(
            PrincipalParameter.ROLE_ARN.weakness(
                withPattern("^arn:aws:iam::111122223333:role/Scanner$")))
        .isEmpty();
  }

  @Test
  void theCreatedPatternsMatchExactlyTheValidValues() {
    assertThat(PrincipalParameter.ROLE_ARN.isValid("arn:aws-cn:iam::111122223333:role/a/b/C"))
        .isTrue();
    assertThat("arn:aws-cn:iam::111122223333:role/a/b/C")
        .matches(PrincipalParameter.ROLE_ARN.pattern());
    assertThat("arn:aws:iam::111122223333:role/*")
        .doesNotMatch(PrincipalParameter.ROLE_ARN.pattern());
    assertThat("111122223333").matches(PrincipalParameter.ACCOUNT_ID.pattern());
    assertThat("11112222333").doesNotMatch(PrincipalParameter.ACCOUNT_ID.pattern());
  }
}
