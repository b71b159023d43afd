package dev.onramp.compile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.blueprint.BlueprintReader;
import dev.onramp.compile.section.MemberTemplates;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.Diagnostics;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The names a blueprint writes that generation checks against Onramp's bundled catalogs: IAM
 * actions (ONR241) and regions (ONR242), each with its waiver for a name newer than the catalog;
 * and list parameters in Fn::Sub (ONR243). The invalid scenarios unknown-actions, unknown-regions
 * and list-parameter-in-sub show the full messages.
 */
class CatalogNameChecksTest {
  private static final String HEAD =
      """
      apiVersion: onramp.dev/v1
      kind: Blueprint
      metadata:
        name: acme
      vendor:
        roleArn: arn:aws:iam::111122223333:role/AcmeOnboarding
      """;

  private static final String NEW_ACTION =
      """
      roles:
        - id: AcmeRole
          statements:
            - action: [ec2:DescribeInstancesOfTomorrow, S3:getobject, "ec2:describe*"]
              resource: "*"
      """;

  private static final String NEW_REGION =
      """
      regions: [eu-west-1, eu-west-9, il-central-1, cn-northwest-1]
      roles:
        - id: AcmeRole
          policySets: [read-only]
      """;

  private static final String WAIVER =
      """
      suppressions:
        - rule: %s
          reason: AWS announced it after Onramp's catalog was made.
      """;

  @Test
  void anUnknownActionIsAnErrorWhateverItsCaseAndAWaiverLetsANewOnePass() {
    List<Diagnostic> found = compile(HEAD + NEW_ACTION);
    assertThat(found)
        .extracting(diagnostic -> diagnostic.code().id() + " " + diagnostic.location().yamlPath())
        .containsExactly("ONR241 roles[0].statements[0].action[0]");

    assertThat(compile(HEAD + NEW_ACTION + WAIVER.formatted("ONR241"))).isEmpty();
  }

  @Test
  void anUnknownRegionIsAnErrorOptInRegionsAreRegionsAndAWaiverLetsANewOnePass() {
    List<Diagnostic> found = compile(HEAD + NEW_REGION);
    assertThat(found)
        .extracting(diagnostic -> diagnostic.code().id() + " " + diagnostic.location().yamlPath())
        .containsExactly("ONR242 regions[1]");
    assertThat(found.get(0).hint()).contains("did you mean eu-west-1?", "me-central-1");

    assertThat(compile(HEAD + NEW_REGION + WAIVER.formatted("ONR242"))).isEmpty();
  }

  @Test
  void aListParameterMayBeReferencedWhereAListGoesButNotInsideSub() {
    String blueprint =
        HEAD
            + """
            parameters:
              - name: Buckets
                type: CommaDelimitedList
                default: "a,b"
            roles:
              - id: AcmeRole
            resources:
              Listed:
                type: AWS::SSM::Parameter
                properties:
                  Type: StringList
                  Value: {Fn::Join: [",", {Ref: Buckets}]}
              Named:
                type: AWS::SSM::Parameter
                properties:
                  Type: String
                  Value: {Fn::Sub: "the buckets ${Buckets}"}
            """;
    List<Diagnostic> found = compile(blueprint);
    assertThat(found)
        .extracting(diagnostic -> diagnostic.code().id() + " " + diagnostic.location().yamlPath())
        .containsExactly("ONR243 resources.Named.properties.Value.Fn::Sub");
  }

  private static List<Diagnostic> compile(String text) {
    BlueprintReader.Result read =
        BlueprintReader.read("acme.yaml", text.getBytes(StandardCharsets.UTF_8));
    assertThat(read.problems()).isEmpty();
    Diagnostics diagnostics = new Diagnostics();
    TemplateCompiler.compile(read.blueprint().orElseThrow(), MemberTemplates.NONE, diagnostics);
    return diagnostics.sorted().stream().filter(Diagnostic::isError).toList();
  }
}
