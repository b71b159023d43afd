package dev.onramp.review.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.iam.ActionCatalog;
import dev.onramp.review.PolicyInventory;
import dev.onramp.template.TemplateReader;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InventoryReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A vendor role trusted by an account without ExternalId, a wildcard, a TemplateURL StackSet. */
  private static final String TEMPLATE =
      """
      AWSTemplateFormatVersion: '2010-09-09'
      Resources:
        VendorRole:
          Type: AWS::IAM::Role
          Properties:
            AssumeRolePolicyDocument:
              Version: '2012-10-17'
              Statement:
                - Effect: Allow
                  Principal: {AWS: '111122223333'}
                  Action: sts:AssumeRole
                - Effect: Allow
                  Principal: {Service: lambda.amazonaws.com}
                  Action: sts:AssumeRole
            Policies:
              - PolicyName: Access
                PolicyDocument:
                  Version: '2012-10-17'
                  Statement:
                    - Effect: Allow
                      Action: ['s3:*', 'ec2:Describe*', 'acmeinternal:*']
                      Resource: '*'
        MemberStackSet:
          Type: AWS::CloudFormation::StackSet
          Properties:
            StackSetName: member
            PermissionModel: SERVICE_MANAGED
            TemplateURL: https://example.com/member.yaml
      """;

  private static PolicyInventory inventory(String template) {
    return PolicyInventory.of(TemplateReader.read(template), ActionCatalog.bundled());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "access-level-switches",
        "cur-lambda-eu-west-1",
        "org-self-managed",
        "role-arn-narrowed"
      })
  void goldenTemplatesRenderToTheExpectedMarkdown(String scenario) throws IOException {
    PolicyInventory inventory = ReportFixtures.scenario(scenario);

    ReportFixtures.assertMatchesGolden(
        "inventory/" + scenario + ".md", InventoryReport.markdown(scenario, "1.0.0", inventory));
  }

  /**
   * One expected JSON, of a template that grants few actions: the others list a thousand actions
   * each, some 200 KB of JSON apiece that every refresh of the action catalog would rewrite. The
   * test below checks their JSON against their inventory instead.
   */
  @Test
  void aGoldenTemplateRendersToTheExpectedJson() throws IOException {
    PolicyInventory inventory = ReportFixtures.scenario("role-arn-narrowed");

    ReportFixtures.assertMatchesGolden(
        "inventory/role-arn-narrowed.json",
        InventoryReport.json("role-arn-narrowed", "1.0.0", inventory));
  }

  @ParameterizedTest
  @ValueSource(strings = {"access-level-switches", "cur-lambda-eu-west-1", "org-self-managed"})
  void theJsonListsEveryStatementWithAllItsActions(String scenario) throws IOException {
    PolicyInventory inventory = ReportFixtures.scenario(scenario);

    JsonNode json = MAPPER.readTree(InventoryReport.json(scenario, "1.0.0", inventory));

    assertThat(json.path("statements")).hasSameSizeAs(inventory.statements());
    for (int i = 0; i < inventory.statements().size(); i++) {
      assertThat(json.path("statements").get(i).path("actions").findValuesAsText("name"))
          .containsExactlyElementsOf(
              inventory.statements().get(i).actions().stream().map(a -> a.name()).toList());
    }
    assertThat(json.path("roles")).hasSameSizeAs(inventory.roles());
    assertThat(json.path("managedPolicies")).hasSameSizeAs(inventory.managedPolicies());
    assertThat(json.path("permissionsBoundaries")).hasSameSizeAs(inventory.permissionsBoundaries());
    assertThat(json.path("notReviewed")).hasSameSizeAs(inventory.unreviewed());
  }

  @Test
  void aTrustedAccountWithoutExternalIdIsFlaggedAndAServiceIsNot() {
    String markdown = InventoryReport.markdown("vendor", "", inventory(TEMPLATE));

    assertThat(row(markdown, "| `VendorRole` | AWS"))
        .endsWith("| none (**no sts:ExternalId**) (**any principal of that account**) | always |");
    assertThat(row(markdown, "| `VendorRole` | Service")).endsWith("| none | always |");
  }

  @Test
  void aServiceGrantedWholeIsNamedByItsWildcard() {
    String markdown = InventoryReport.markdown("vendor", "", inventory(TEMPLATE));
    int s3 = ActionCatalog.bundled().expand("s3:*").size();

    assertThat(row(markdown, "| Allow |")).contains("whole service `s3:*`");
    assertThat(row(markdown, "| `s3` |")).endsWith("| " + s3 + ", all |");
    assertThat(row(markdown, "| `ec2` |")).doesNotContain("all");
  }

  @Test
  void unknownPatternsAndUnreadableTemplatesAreListedAsNotReviewed() {
    String markdown = InventoryReport.markdown("vendor", "", inventory(TEMPLATE));

    String notReviewed = markdown.substring(markdown.indexOf("## Not reviewed"));
    assertThat(notReviewed)
        .contains("does not know (a typo, or an action newer than the catalog): `acmeinternal:*`")
        .contains("- `MemberStackSet`: member template at `https://example.com/member.yaml`");
    assertThat(row(markdown, "| `acmeinternal` |")).contains("| 1 | 1 |");
  }

  @Test
  void aBlueprintWithoutVersionHasNoneInTheHeadingAndNullInTheJson() throws IOException {
    PolicyInventory inventory = inventory(TEMPLATE);

    assertThat(InventoryReport.markdown("vendor", "", inventory))
        .startsWith("# Permissions of `vendor`\n\n");
    assertThat(
            MAPPER
                .readTree(InventoryReport.json("vendor", null, inventory))
                .get("version")
                .isNull())
        .isTrue();
  }

  /** The one line of {@code markdown} that starts with {@code prefix}. */
  private static String row(String markdown, String prefix) {
    List<String> rows =
        Arrays.stream(markdown.split("\n")).filter(line -> line.startsWith(prefix)).toList();
    assertThat(rows).as("rows starting with %s", prefix).hasSize(1);
    return rows.get(0);
  }
}
