package dev.onramp.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/**
 * The names of language 1.1 that the golden scenarios do not show one by one: the role-name lengths
 * read from a parameter's constraints, the created name parameters, tag values from parameters, the
 * default stack name and the key prefix of tag-write-back.
 */
class BlueprintLanguageNamesTest {
  private static final String HEAD =
      """
      apiVersion: onramp.dev/v1
      kind: Blueprint
      metadata: {name: acme}
      vendor: {accountId: "111122223333", principal: account-root}
      """;

  @Test
  void theLongestNameComesFromMaxLengthOrABoundedPattern() {
    assertThat(RoleNamingChecks.longest(string(null, 40))).hasValue(40);
    assertThat(RoleNamingChecks.longest(string("^[\\w+=,.@-]{1,30}$", null))).hasValue(30);
    assertThat(RoleNamingChecks.longest(string("^[A-Za-z]{8}$", null))).hasValue(8);
    assertThat(RoleNamingChecks.longest(string("^[a-z]{1,50}$", 20))).hasValue(20);
    assertThat(RoleNamingChecks.longest(string("^acme-[a-z]{1,20}$", null)))
        .isEqualTo(OptionalInt.empty());
    assertThat(RoleNamingChecks.longest(string(null, null))).isEqualTo(OptionalInt.empty());
  }

  @Test
  void aPrefixParameterLeavesRoomForTheLongestNameItPrefixes() throws BlueprintException {
    Template template =
        compile(
            HEAD
                + """
                roles:
                  - {id: A, naming: prefix-parameter, nameParameter: Prefix, name: Short}
                  - {id: B, naming: prefix-parameter, nameParameter: Prefix, name: MuchLongerName}
                """);
    Template.Parameter prefix = template.parameters().get("Prefix");
    assertThat(prefix.maxLength()).isEqualTo(64 - "MuchLongerName".length());
    assertThat(prefix.allowedPattern()).isEqualTo("^[\\w+=,.@-]{0,50}$");
    assertThat(template.resources().get("B").properties().get("RoleName"))
        .isEqualTo(Fn.sub("${Prefix}MuchLongerName"));
  }

  @Test
  void aDeclaredNameParameterWithRoomEnoughIsAccepted() throws BlueprintException {
    Template template =
        compile(
            HEAD
                + """
                parameters:
                  - {name: RoleName, maxLength: 64, default: AcmeReader}
                roles:
                  - {id: A, naming: parameter, nameParameter: RoleName}
                """);
    assertThat(template.resources().get("A").properties().get("RoleName"))
        .isEqualTo(Fn.ref("RoleName"));
    assertThat(template.parameters().get("RoleName").maxLength()).isEqualTo(64);
  }

  @Test
  void tagValuesComeFromParametersAndConstantsInKeyOrder() throws BlueprintException {
    Template template =
        compile(
            HEAD
                + """
                parameters:
                  - {name: Team, default: platform}
                roles:
                  - id: A
                    tags: {Team: {parameter: Team}, Owner: acme}
                """);
    assertThat(template.resources().get("A").properties().get("Tags"))
        .isEqualTo(
            List.of(
                Map.of("Key", "Owner", "Value", "acme"),
                Map.of("Key", "Team", "Value", Fn.ref("Team"))));
  }

  @Test
  void theKeyPrefixReplacesOnrampInEveryTagKeyCondition() throws BlueprintException {
    Template template =
        compile(
            HEAD
                + """
                roles:
                  - id: A
                    policySets: [{set: tag-write-back, keyPrefix: "nimbus:"}]
                """);
    String policy = String.valueOf(template.resources().get("ATagWriteBackPolicy").properties());
    assertThat(policy).contains("nimbus:*").contains("'nimbus:'").doesNotContain("onramp:");
  }

  @Test
  void theDefaultStackNameIsTheBlueprintNameUnlessMetadataNamesOne() throws BlueprintException {
    String roles = "roles: [{id: A}]\n";
    assertThat(facts(HEAD + roles).stackName()).isEqualTo("acme");
    assertThat(
            facts(HEAD.replace("{name: acme}", "{name: acme, stackName: AcmeOnboarding}") + roles)
                .stackName())
        .isEqualTo("AcmeOnboarding");
  }

  @Test
  void aNoEchoParameterIsNeverATagValue() {
    assertThat(
            errors(
                HEAD
                    + """
                    parameters:
                      - {name: Token, noEcho: true}
                    roles:
                      - id: A
                        tags: {Token: {parameter: Token}}
                    """))
        .containsExactly(
            "ONR212 at roles[0].tags.Token.parameter: parameter 'Token' is NoEcho, and a tag"
                + " shows its value to anyone who may list the role's tags");
  }

  @Test
  void aNameParameterHasNoOtherMeaning() {
    assertThat(
            errors(
                HEAD
                    + """
                    roles:
                      - {id: A, regionsParameter: Regions}
                      - {id: B, naming: parameter, nameParameter: Regions}
                      - {id: C, naming: parameter, nameParameter: A}
                    """))
        .containsExactly(
            "ONR212 at roles[1].nameParameter: parameter 'Regions' is also the region list of role"
                + " A",
            "ONR212 at roles[2].nameParameter: parameter 'A' is also the logical id of role A");
  }

  @Test
  void withoutTheStandardPropertiesTheRoleIsSentAsAProperty() {
    assertThat(
            errors(
                HEAD
                    + """
                    roles: [{id: A}]
                    notify:
                      topicArn: arn:aws:sns:us-east-1:111122223333:onboarding
                      role: A
                      standardProperties: false
                      properties: {Product: connector}
                    """))
        .containsExactly(
            "ONR214 at notify.role: notify.role names the role of the standard property RoleArn,"
                + " which standardProperties: false leaves out");
  }

  private static ParameterSpec string(String pattern, Integer maxLength) {
    return new ParameterSpec(
        "P", null, null, null, null, null, null, pattern, null, null, null, maxLength);
  }

  private static dev.onramp.template.TemplateFacts facts(String yaml) throws BlueprintException {
    return generate(yaml).facts();
  }

  private static Template compile(String yaml) throws BlueprintException {
    return generate(yaml).template();
  }

  private static dev.onramp.template.CompiledTemplate generate(String yaml)
      throws BlueprintException {
    return new Generator()
        .compileAll(
            List.of(new BlueprintSource("acme.yaml", yaml.getBytes(StandardCharsets.UTF_8))),
            Optional.empty())
        .templates()
        .get(0);
  }

  private static List<String> errors(String yaml) {
    BlueprintException failure =
        assertThrows(BlueprintException.class, () -> compile(yaml), "the blueprint is refused");
    return failure.errors().stream()
        .map(d -> d.code().id() + " at " + d.location().yamlPath() + ": " + d.message())
        .toList();
  }
}
