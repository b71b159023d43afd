package dev.onramp.blueprint.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.yaml.YamlReader;
import dev.onramp.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaWriterTest {
  private static final String UPDATE_PROPERTY = "onramp.updateGolden";

  private static final String SAMPLE =
      """
      apiVersion: onramp.dev/v1
      kind: Blueprint
      metadata:
        name: acme-finops
        description: Read-only access for Acme FinOps
        version: 1.0.0
      vendor:
        accountId: "111122223333"
        principal: account-root
      parameters:
        - name: AccessLevel
          type: String
          label: Access level
          group: Permissions
          default: resources-only
          allowedValues: [resources-only, resources-and-tags, tag-write-back]
        - name: IncludeIdentityCenter
          type: Boolean
          default: "false"
      roles:
        - id: VendorRole
          naming: stack-prefixed
          name: AcmeRole
          maxSessionDuration: 3600
          permissionsBoundaryParameter: PermissionsBoundaryArn
          tags: {vendor: acme}
          managedPolicies: [job-function/ViewOnlyAccess]
          policySets:
            - read-only
            - set: tag-write-back
              when: {parameter: AccessLevel, equals: tag-write-back}
          statements:
            - sid: ReadCur
              action: [s3:GetObject]
              resource: arn:aws:s3:::acme-cur/*
      outputs:
        - name: RoleArn
          role: VendorRole
      """;

  private static final JsonSchemaFactory FACTORY =
      JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

  @Test
  void theCommittedSchemaIsTheGeneratedOne() throws IOException {
    Path committed = moduleDirectory().resolve("src/main/resources").resolve(SchemaWriter.RESOURCE);
    String generated = SchemaWriter.write();

    if (Boolean.parseBoolean(System.getProperty(UPDATE_PROPERTY))) {
      Files.createDirectories(committed.getParent());
      Files.writeString(committed, generated, StandardCharsets.UTF_8);
      return;
    }
    String current =
        Files.exists(committed) ? Files.readString(committed, StandardCharsets.UTF_8) : "";
    if (!current.equals(generated)) {
      fail(
          committed
              + " is not the schema the model generates (first difference at line "
              + firstDifferentLine(current, generated)
              + "); the blueprint records or their annotations changed. Rerun the tests with -D"
              + UPDATE_PROPERTY
              + "=true to rewrite it, then review and commit the file.");
    }
  }

  private static int firstDifferentLine(String left, String right) {
    List<String> a = left.lines().toList();
    List<String> b = right.lines().toList();
    int line = 0;
    while (line < a.size() && line < b.size() && a.get(line).equals(b.get(line))) {
      line++;
    }
    return line + 1;
  }

  @Test
  void theJarShipsTheSchema() throws IOException {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(SchemaWriter.RESOURCE)) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(SchemaWriter.write());
    }
  }

  @Test
  void theOutputIsStable() {
    String text = SchemaWriter.write();

    assertThat(text).isEqualTo(SchemaWriter.write());
    assertThat(text)
        .startsWith("{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",");
    assertThat(text).endsWith("}\n").doesNotContain("\r").doesNotContain("\t");
  }

  @Test
  void theSchemaIsAValidDraft202012Schema() {
    JsonSchema metaSchema =
        FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    assertThat(metaSchema.validate(SchemaWriter.schema())).isEmpty();
  }

  @Test
  void theSchemaDescribesTheModel() {
    JsonNode schema = SchemaWriter.schema();
    JsonNode defs = schema.get("$defs");

    assertThat(schema.get("$id").asText()).isEqualTo(SchemaWriter.ID);
    assertThat(schema.get("$ref").asText()).isEqualTo("#/$defs/Blueprint");
    assertThat(defs.fieldNames())
        .toIterable()
        .containsExactly(
            "Blueprint",
            "CallbackProperty",
            "CdkSpec",
            "CostReportSpec",
            "CostReportSpecCostReportBucketSpec",
            "CostReportSpecCsvCompression",
            "CostReportSpecFormat",
            "CostReportSpecKind",
            "CostReportSpecLambdaSpec",
            "CostReportSpecMode",
            "CostReportSpecReportSpec",
            "CostReportSpecTimeUnit",
            "CostReportSpecVersioning",
            "ExistingCostReportSpec",
            "ExistingRoleSpec",
            "ExternalIdSpec",
            "ExternalIdSpecSource",
            "ManagedPolicyRef",
            "Metadata",
            "NotifySpec",
            "OrganizationSpec",
            "OrganizationSpecAccountFilterSpec",
            "OrganizationSpecAutoDeploymentSpec",
            "OrganizationSpecCallAs",
            "OrganizationSpecConcurrencyMode",
            "OrganizationSpecFilterType",
            "OrganizationSpecListParameterSpec",
            "OrganizationSpecManagementAccountSpec",
            "OrganizationSpecOperationPreferencesSpec",
            "OrganizationSpecPermissionModel",
            "OrganizationSpecRegionConcurrency",
            "OutputSpec",
            "OutputSpecAttribute",
            "ParameterSpec",
            "ParameterSpecType",
            "PolicySetRef",
            "PolicySetSpec",
            "PublishingSpec",
            "RawResourceSpec",
            "ReadBucketsSpec",
            "RoleSpec",
            "RoleSpecNaming",
            "StatementSpec",
            "StatementSpecEffect",
            "Suppression",
            "Switch",
            "TagValue",
            "TrustSpec",
            "TrustSpecHub",
            "Vendor",
            "VendorPrincipal");
    JsonNode blueprint = defs.get("Blueprint");
    assertThat(blueprint.get("additionalProperties").asBoolean(true)).isFalse();
    assertThat(blueprint.get("required").toString())
        .isEqualTo("[\"apiVersion\",\"kind\",\"metadata\",\"vendor\",\"roles\"]");
    assertThat(defs.at("/RoleSpecNaming/enum").toString())
        .isEqualTo(
            "[\"generated\",\"stack-prefixed\",\"fixed\",\"stack-suffixed\",\"parameter\","
                + "\"prefix-parameter\",\"suffix-parameter\"]");
    assertThat(defs.at("/RoleSpec/properties/maxSessionDuration/minimum").asInt()).isEqualTo(3600);
    assertThat(defs.at("/Metadata/properties/name/pattern").asText())
        .isEqualTo("^[a-z][a-z0-9-]{0,62}$");
    assertThat(defs.at("/ParameterSpec/properties").has("default")).isTrue();
    assertThat(defs.at("/ParameterSpec/properties").has("defaultValue")).isFalse();
    assertThat(defs.at("/ExternalIdSpec/properties").has("default")).isFalse();
    assertThat(defs.at("/PolicySetRef/anyOf/0/type").toString())
        .isEqualTo("[\"string\",\"number\",\"boolean\"]");
    assertThat(defs.at("/StatementSpec/properties/action/anyOf/0/type").toString())
        .isEqualTo("[\"string\",\"number\",\"boolean\"]");
    assertThat(defs.at("/Blueprint/properties/apiVersion/const").asText())
        .isEqualTo(Blueprint.API_VERSION);
    assertThat(defs.at("/Blueprint/properties/kind/const").asText()).isEqualTo(Blueprint.KIND);
    assertThat(defs.at("/Vendor/properties/roleArn/pattern").asText())
        .isEqualTo(
            "^(?:arn:(?:aws|aws-us-gov|aws-cn):iam::[0-9]{12}:role/(?:[A-Za-z0-9_+=,.@-]+/)*"
                + "[A-Za-z0-9_+=,.@-]{1,64})$");
    assertThat(defs.at("/Switch/oneOf").size()).isEqualTo(2);
    assertThat(
            defs.at("/RawResourceSpec/properties/properties/additionalProperties/description")
                .asText())
        .startsWith("Any CloudFormation value");
  }

  @Test
  void theSampleBlueprintIsValid() {
    assertThat(schemaErrors(SAMPLE)).isEmpty();
    assertThat(binderProblems(SAMPLE)).isEmpty();
  }

  @Test
  void anUnknownKeyIsRejected() {
    String typo =
        SAMPLE.replace("  principal: account-root", "  principal: account-root\n  role: x");

    assertThat(schemaErrors(typo)).isNotEmpty();
    assertThat(binderProblems(typo)).isNotEmpty();
  }

  @Test
  void theSchemaParsesAsPlainJson() throws IOException {
    JsonNode parsed = new ObjectMapper().readTree(SchemaWriter.write());

    assertThat(parsed.toString()).isEqualTo(SchemaWriter.schema().toString());
  }

  /** Variants of the sample that both the binder and the schema accept, or both reject. */
  static Stream<Arguments> variants() {
    return Stream.of(
        accepted("a single action", "action: [s3:GetObject]", "action: s3:GetObject"),
        accepted(
            "a switch on several values",
            "when: {parameter: AccessLevel, equals: tag-write-back}",
            "when: {parameter: AccessLevel, in: [resources-and-tags, tag-write-back]}"),
        accepted(
            "a condition",
            "resource: arn:aws:s3:::acme-cur/*",
            "resource: arn:aws:s3:::acme-cur/*\n"
                + "        condition:\n"
                + "          StringEquals:\n"
                + "            aws:PrincipalAccount: ['111122223333']\n"
                + "          Bool: {aws:SecureTransport: 'true'}"),
        accepted(
            "an external id without default",
            "\nvendor:",
            "\nexternalId:\n  parameter: TenantId\n  label: Tenant\nvendor:"),
        accepted("a managed policy in full", "[job-function/ViewOnlyAccess]", "[{name: Billing}]"),
        accepted(
            "a raw resource with any CloudFormation values",
            "kind: Blueprint\n",
            "kind: Blueprint\nresources:\n  Alerts:\n    type: AWS::SNS::Topic\n"
                + "    dependsOn: AcmeRole\n"
                + "    properties:\n      FifoTopic: false\n"
                + "      Tags: [{Key: stack, Value: {Ref: AWS::StackName}}]\n"),
        rejected(
            "raw properties written as a list",
            "kind: Blueprint\n",
            "kind: Blueprint\nresources:\n  Alerts:\n    type: AWS::SNS::Topic\n"
                + "    properties: [FifoTopic]\n"),
        rejected("an unknown key", "  version: 1.0.0", "  version: 1.0.0\n  owner: acme"),
        rejected("a misspelt key", "maxSessionDuration:", "maxSessionDurations:"),
        rejected("a forbidden key", "\nvendor:", "\nexternalId:\n  default: abc\nvendor:"),
        rejected("an unknown enum label", "naming: stack-prefixed", "naming: prefixed"),
        rejected("a name breaking its pattern", "name: acme-finops", "name: Acme_FinOps"),
        rejected("a sid breaking its pattern", "sid: ReadCur", "sid: Read-Cur"),
        rejected("a duration out of range", "maxSessionDuration: 3600", "maxSessionDuration: 60"),
        rejected("a missing required key", "kind: Blueprint\n", ""),
        rejected("a list instead of a map", "tags: {vendor: acme}", "tags: [acme]"),
        rejected("a quoted boolean", "type: Boolean", "type: Boolean\n    noEcho: 'true'"),
        rejected(
            "a scalar form breaking its pattern",
            "[job-function/ViewOnlyAccess]",
            "['no spaces allowed']"),
        rejected(
            "a record written as a list",
            "\nvendor:\n  accountId: \"111122223333\"\n  principal: account-root\n",
            "\nvendor: [x]\n"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("variants")
  void theSchemaAgreesWithTheBinder(String name, String yaml, boolean valid) {
    assertThat(yaml).as("the variant changes the sample").isNotEqualTo(SAMPLE);
    assertThat(binderProblems(yaml)).as("binder").hasSize(valid ? 0 : 1);
    if (valid) {
      assertThat(schemaErrors(yaml)).as("schema").isEmpty();
    } else {
      assertThat(schemaErrors(yaml)).as("schema").isNotEmpty();
    }
  }

  private static Arguments accepted(String name, String target, String replacement) {
    return Arguments.of(name, SAMPLE.replace(target, replacement), true);
  }

  private static Arguments rejected(String name, String target, String replacement) {
    return Arguments.of(name, SAMPLE.replace(target, replacement), false);
  }

  private static Set<ValidationMessage> schemaErrors(String yaml) {
    try {
      JsonNode document = new YAMLMapper().readTree(yaml);
      return FACTORY.getSchema(SchemaWriter.schema()).validate(document);
    } catch (IOException e) {
      throw new AssertionError("the test YAML does not parse", e);
    }
  }

  private static List<Diagnostic> binderProblems(String yaml) {
    YamlReader.Result read = YamlReader.read("sample.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    List<Diagnostic> problems = new ArrayList<>(read.problems());
    if (read.root().isPresent()) {
      RecordBinder binder = new RecordBinder();
      binder.bind(read.root().get(), Blueprint.class);
      problems.addAll(binder.problems());
    }
    return problems;
  }

  /** The generator module's folder: Maven runs tests there and says so in {@code basedir}. */
  private static Path moduleDirectory() {
    return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
  }
}
