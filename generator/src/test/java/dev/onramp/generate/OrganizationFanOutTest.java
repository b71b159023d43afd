package dev.onramp.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.onramp.diagnostic.BlueprintException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The StackSet of an organization blueprint carries exactly the member blueprint's own output: the
 * same bytes embedded, or the URL of those bytes when they are too large to embed.
 */
class OrganizationFanOutTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path output;

  @Test
  void theEmbeddedMemberTemplateIsByteForByteTheMembersOwnOutput() throws Exception {
    Path scenario = Scenarios.sourceRoot().resolve("valid/org-service-managed");
    GenerateResult result =
        new Generator().generate(new GenerateRequest(Scenarios.sources(scenario), output));
    byte[] member =
        Files.readAllBytes(
            output.resolve("org-service-managed-member").resolve(Generator.YAML_FILE));
    Path parent = output.resolve("org-service-managed");

    String fromJson =
        JSON.readTree(parent.resolve(Generator.JSON_FILE).toFile())
            .at("/Resources/MemberStackSet/Properties/TemplateBody")
            .asText();
    assertThat(fromJson.getBytes(StandardCharsets.UTF_8)).isEqualTo(member);
    assertThat(
            templateBodyOfYaml(parent.resolve(Generator.YAML_FILE))
                .getBytes(StandardCharsets.UTF_8))
        .isEqualTo(member);
    assertThat(result.blueprints())
        .extracting(GeneratedBlueprint::name)
        .containsExactly("org-service-managed", "org-service-managed-member");
  }

  @Test
  void aMemberTooLargeToEmbedIsReferencedByTheHashOfItsOwnOutput() throws Exception {
    Path scenario = Scenarios.sourceRoot().resolve("valid/org-member-over-inline-limit");
    new Generator().generate(new GenerateRequest(Scenarios.sources(scenario), output));
    byte[] member =
        Files.readAllBytes(
            output.resolve("org-member-over-inline-limit-member").resolve(Generator.YAML_FILE));
    assertThat(member.length).isGreaterThan(51_200);
    JsonNode parent =
        JSON.readTree(
            output.resolve("org-member-over-inline-limit").resolve(Generator.JSON_FILE).toFile());
    JsonNode stackSet = parent.at("/Resources/MemberStackSet/Properties");
    assertThat(stackSet.has("TemplateBody")).isFalse();
    String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(member));
    assertThat(stackSet.at("/TemplateURL/Fn::Sub").asText())
        .isEqualTo(
            "https://acme-onramp-templates-${AWS::Region}.s3.${AWS::Region}.${AWS::URLSuffix}"
                + "/releases/onramp/org-member-over-inline-limit-member/3.0.0/"
                + sha256
                + ".yaml");
    assertThat(parent.at("/Metadata/Onramp/MemberTemplate/Sha256").asText()).isEqualTo(sha256);
  }

  @Test
  void theMemberIsCompiledFirstWhateverOrderTheSourcesCome() throws Exception {
    Path scenario = Scenarios.sourceRoot().resolve("valid/org-self-managed");
    List<BlueprintSource> reversed = new ArrayList<>(Scenarios.sources(scenario));
    java.util.Collections.reverse(reversed);
    GenerateResult result = new Generator().generate(new GenerateRequest(reversed, output));
    assertThat(result.blueprints())
        .extracting(GeneratedBlueprint::name)
        .containsExactly("org-self-managed-member", "org-self-managed");
    // Member first, the organization compiles at once; member last, it waits for it: same bytes.
    Path inOrder = output.resolveSibling(output.getFileName() + "-in-order");
    new Generator().generate(new GenerateRequest(Scenarios.sources(scenario), inOrder));
    for (String name : List.of("org-self-managed", "org-self-managed-member")) {
      assertThat(output.resolve(name).resolve(Generator.JSON_FILE))
          .hasSameBinaryContentAs(inOrder.resolve(name).resolve(Generator.JSON_FILE));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // Binding fails: a key the language does not have.
        "apiVersion: onramp.dev/v1\nkind: Blueprint\nmetadata: {name: member}\n"
            + "vendor: {roleArn: \"arn:aws:iam::111122223333:role/AcmeOnboarding\"}\n"
            + "rolez: [{id: Role, policySets: [read-only]}]\n",
        // Reading fails: not YAML at all; the file's name is the member's.
        "apiVersion: onramp.dev/v1\nkind: Blueprint\nmetadata: {name: member\n"
      })
  void aMemberThatCannotBeReadIsNotAlsoReportedMissing(String memberYaml) {
    BlueprintSource parent =
        source(
            "parent.yaml",
            """
            apiVersion: onramp.dev/v1
            kind: Blueprint
            metadata: {name: parent}
            vendor: {roleArn: "arn:aws:iam::111122223333:role/AcmeOnboarding"}
            roles: [{id: Role, policySets: [read-only]}]
            organization: {memberBlueprint: member}
            """);
    BlueprintSource member = source("member.yaml", memberYaml);

    assertThatThrownBy(
            () -> new Generator().generate(new GenerateRequest(List.of(parent, member), output)))
        .isInstanceOf(BlueprintException.class)
        .hasMessageContaining("in blueprints; nothing was written")
        .hasMessageContaining("member.yaml:")
        .hasMessageNotContaining("ONR405");
    assertThat(output).isEmptyDirectory();
  }

  @Test
  void aBrokenMemberReportsItsOwnErrorsOnlyAndNothingIsWritten() {
    BlueprintSource parent =
        source(
            "parent.yaml",
            """
            apiVersion: onramp.dev/v1
            kind: Blueprint
            metadata: {name: parent}
            vendor: {roleArn: "arn:aws:iam::111122223333:role/AcmeOnboarding"}
            roles: [{id: Role, policySets: [read-only]}]
            organization: {memberBlueprint: member}
            """);
    BlueprintSource member =
        source(
            "member.yaml",
            """
            apiVersion: onramp.dev/v1
            kind: Blueprint
            metadata: {name: member}
            vendor: {roleArn: "arn:aws:iam::111122223333:role/AcmeOnboarding"}
            roles: [{id: Role, policySets: [read-onyl]}]
            """);
    assertThatThrownBy(
            () -> new Generator().generate(new GenerateRequest(List.of(parent, member), output)))
        .isInstanceOf(BlueprintException.class)
        .hasMessageStartingWith("1 error in blueprints; nothing was written")
        .hasMessageContaining("member.yaml:5:")
        .hasMessageContaining("read-onyl");
    assertThat(output).isEmptyDirectory();
  }

  @Test
  void fanOutsDoNotNest() {
    String nested =
        """
        apiVersion: onramp.dev/v1
        kind: Blueprint
        metadata: {name: %s}
        vendor: {roleArn: "arn:aws:iam::111122223333:role/AcmeOnboarding"}
        roles: [{id: Role, policySets: [read-only]}]
        organization: {memberBlueprint: %s}
        """;
    assertThatThrownBy(
            () ->
                new Generator()
                    .generate(
                        new GenerateRequest(
                            List.of(
                                source("a.yaml", nested.formatted("a", "b")),
                                source("b.yaml", nested.formatted("b", "a"))),
                            output)))
        .isInstanceOf(BlueprintException.class)
        .hasMessageContaining(
            "a.yaml:6:16: error ONR216 at organization.memberBlueprint: member blueprint 'b' has"
                + " an organization section of its own; fan-outs do not nest")
        .hasMessageContaining("b.yaml:6:16: error ONR216");
  }

  @Test
  void aNamedMemberRoleDeployedToSeveralRegionsIsAWarningAtTheRegions() throws Exception {
    BlueprintSource parent =
        source(
            "parent.yaml",
            """
            apiVersion: onramp.dev/v1
            kind: Blueprint
            metadata: {name: parent}
            vendor: {roleArn: "arn:aws:iam::111122223333:role/AcmeOnboarding"}
            roles: [{id: Role, policySets: [organizations-read]}]
            organization:
              memberBlueprint: member
              regions: [us-east-1, eu-west-1]
            """);
    BlueprintSource member =
        source(
            "member.yaml",
            """
            apiVersion: onramp.dev/v1
            kind: Blueprint
            metadata: {name: member}
            vendor: {roleArn: "arn:aws:iam::111122223333:role/AcmeOnboarding"}
            roles: [{id: Role, naming: fixed, name: AcmeAudit, policySets: [security-audit]}]
            """);
    GenerateResult result =
        new Generator().generate(new GenerateRequest(List.of(parent, member), output));
    assertThat(result.warnings())
        .extracting(dev.onramp.diagnostic.Diagnostic::render)
        .containsExactly(
            "parent.yaml:8:3: warning ONR310 at organization.regions: the member template names"
                + " AWS::IAM::Role Role (RoleName AcmeAudit), and the StackSet deploys it to 2"
                + " regions (us-east-1, eu-west-1): IAM names are global to an account, so the"
                + " stack in every region after the first fails on a name already taken\n"
                + "  fix: let the member's roles use naming: generated (a stack-prefixed name is"
                + " the same in every region), or deploy the member to one region");
  }

  private static BlueprintSource source(String name, String text) {
    return new BlueprintSource(name, text.getBytes(StandardCharsets.UTF_8));
  }

  /** The TemplateBody as a YAML parser reads the literal block, with its tags ignored. */
  private static String templateBodyOfYaml(Path file) throws Exception {
    YAMLFactory factory = new YAMLFactory();
    try (YAMLParser parser = factory.createParser(file.toFile())) {
      while (parser.nextToken() != null) {
        if ("TemplateBody".equals(parser.currentName()) && parser.currentToken().isScalarValue()) {
          return parser.getText();
        }
      }
    }
    throw new AssertionError("no TemplateBody in " + file);
  }

  @Test
  void aManagementStackThatRegistersCarriesItsMemberCopysRoleInItsOneRegistration()
      throws Exception {
    String member =
        """
        apiVersion: onramp.dev/v1
        kind: Blueprint
        metadata: {name: one-registration-member}
        vendor: {roleArn: "arn:aws:iam::111122223333:role/AcmeOnboarding"}
        regions: [us-east-1]
        roles: [{id: MemberRole, policySets: [read-only]}]
        notify: {topicArn: "arn:aws:sns:us-east-1:111122223333:acme-onboarding"}
        """;
    String parent =
        """
        apiVersion: onramp.dev/v1
        kind: Blueprint
        metadata: {name: one-registration}
        vendor: {roleArn: "arn:aws:iam::111122223333:role/AcmeOnboarding"}
        regions: [us-east-1]
        roles: [{id: PayerRole, policySets: [billing-read]}]
        notify: {topicArn: "arn:aws:sns:us-east-1:111122223333:acme-onboarding"}
        organization:
          memberBlueprint: one-registration-member
          organizationalUnits: {default: [r-ab12]}
          managementAccount: {default: true}
        """;
    Generator.Compilation compiled =
        new Generator()
            .compileAll(
                List.of(source("parent.yaml", parent), source("member.yaml", member)),
                java.util.Optional.empty());
    dev.onramp.template.CompiledTemplate payer =
        compiled.templates().stream()
            .filter(t -> t.name().equals("one-registration"))
            .findFirst()
            .orElseThrow();
    Map<String, dev.onramp.template.Template.Resource> registrations = new java.util.TreeMap<>();
    payer.template().resources().entrySet().stream()
        .filter(e -> e.getValue().type().equals("Custom::OnrampRegistration"))
        .forEach(e -> registrations.put(e.getKey(), e.getValue()));

    // While the stack registers, the member copy's role rides in its request; the copy sends its
    // own only while the stack's is off (here: outside the registration region, where a rule
    // refuses the copy anyway). Never two requests from one stack for one account.
    assertThat(registrations)
        .containsOnlyKeys("VendorRegistration", "ManagementVendorRegistration");
    Object carried = registrations.get("VendorRegistration").properties().get("ManagementAccount");
    assertThat(carried).isInstanceOf(dev.onramp.template.Fn.If.class);
    dev.onramp.template.Fn.If branch = (dev.onramp.template.Fn.If) carried;
    assertThat(branch.condition()).isEqualTo("OnboardsManagementAccount");
    @SuppressWarnings("unchecked")
    Map<String, Object> whenTrue = (Map<String, Object>) branch.whenTrue();
    assertThat(whenTrue)
        .containsEntry("Blueprint", "one-registration-member")
        .containsKey("RoleArn");
    String alone = registrations.get("ManagementVendorRegistration").condition();
    assertThat(payer.template().conditions().get(alone))
        .isEqualTo(
            new dev.onramp.template.Fn.And(
                List.of(
                    new dev.onramp.template.Fn.ConditionRef("OnboardsManagementAccount"),
                    new dev.onramp.template.Fn.Not(
                        new dev.onramp.template.Fn.ConditionRef(
                            registrations.get("VendorRegistration").condition())))));
    assertThat(payer.template().conditions()).containsKey(branch.condition());
  }
}
