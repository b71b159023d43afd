package dev.onramp.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrganizationImportTest {

  @Test
  void serviceManagedStackSetBecomesTheOrganizationSectionAndAMemberDraft() {
    ImportedFixture imported = ImportedFixture.imported("org-service-managed.yaml");

    assertThat(imported.draft().text())
        .contains(
            """
            # From Resources.ExampleMemberRoles (AWS::CloudFormation::StackSet).
            organization:
              memberBlueprint: example-member
              stackSetName: example-vendor-members
              operationPreferences:
                maxConcurrentPercentage: 50
                failureTolerancePercentage: 20
                regionConcurrency: parallel
                concurrencyMode: soft-failure-tolerance
              organizationalUnits:
                description: OUs whose accounts Example Vendor reads
              # Condition WithOrganization.
              when:
                parameter: OnboardOrganization
                equals: 'yes'
            """)
        .doesNotContain("- name: OrganizationalUnitIds")
        .doesNotContain("resources:");
    assertThat(imported.draft().members()).hasSize(1);
    ImportDraft member = imported.draft().members().get(0);
    assertThat(member.name()).isEqualTo("example-member");
    assertThat(member.text())
        .contains("name: example-member")
        .contains("- id: ExampleMemberRole")
        .contains("ce:GetCostAndUsage");
    assertThat(imported.entry(ImportLog.Kind.RESOURCE, "ExampleMemberRoles").destination())
        .isEqualTo("organization (member blueprint example-member)");
    assertThat(imported.entry(ImportLog.Kind.RESOURCE, "ExampleMemberRoles").changes())
        .contains("logical id MemberStackSet (ExampleMemberRoles before), Onramp's StackSet");
    assertThat(imported.entry(ImportLog.Kind.PARAMETER, "OrganizationalUnitIds").destination())
        .isEqualTo("organization.organizationalUnits");
    assertThat(imported.draft().renames().resources())
        .containsEntry("ExampleMemberRoles", "MemberStackSet");

    assertThat(imported.proof().errors()).isEmpty();
    assertThat(imported.proof().summary()).isEqualTo("same access");
    // The member's role is reviewed on both sides, in the member template of MemberStackSet.
    assertThat(imported.proof().changes()).isEmpty();
    assertThat(
            dev.onramp.review.PolicyInventory.of(
                    dev.onramp.template.TemplateReader.read(
                        imported.proof().generated().orElseThrow().yaml()))
                .render())
        .anySatisfy(
            line ->
                assertThat(line)
                    .contains("StackSet member MemberStackSet: role ExampleMemberRole"));
  }

  @Test
  void selfManagedStackSetWithAMapBodyKeepsWhatCloudFormationDefaultedAndRenamesPassedParameters() {
    ImportedFixture imported = ImportedFixture.imported("org-self-managed.json");

    assertThat(imported.draft().text())
        .contains(
            """
            organization:
              memberBlueprint: example-member
              permissionModel: self-managed
              administrationRole: ExampleStackSetAdmin
              # CloudFormation's default, which the original relies on.
              executionRole: AWSCloudFormationStackSetExecutionRole
              # CloudFormation's default, which the original relies on.
              managedExecution: false
              accounts:
                parameter: MemberAccounts
                description: Accounts Example Vendor reads
              regions:
                - us-east-1
                - eu-west-1
            """);
    ImportDraft member = imported.draft().members().get(0);
    assertThat(member.text())
        .contains("- name: ScanDepth")
        .contains("parameter: ScanDepth")
        .contains("- name: Team\n    default: platform")
        .doesNotContain("name: Depth");
    assertThat(member.renames().parameters()).containsEntry("Depth", "ScanDepth");
    assertThat(imported.entry(ImportLog.Kind.RESOURCE, "AccountsStackSet").changes())
        .anySatisfy(
            change ->
                assertThat(change).startsWith("StackSetName example-vendor-${AWS::StackName} has"))
        .anySatisfy(change -> assertThat(change).startsWith("no OperationPreferences"))
        .anySatisfy(
            change ->
                assertThat(change).startsWith("the member's parameter Depth renamed ScanDepth"))
        .anySatisfy(
            change ->
                assertThat(change)
                    .startsWith("the member's parameter Team was passed the constant platform"));

    assertThat(imported.proof().errors()).isEmpty();
    assertThat(imported.proof().summary()).isEqualTo("same access");
  }

  @Test
  void stackSetWithAMemberAtAUrlStaysRawAndTheGeneratorSaysWhy() {
    ImportedFixture imported = ImportedFixture.imported("org-template-url.yaml");

    assertThat(imported.draft().text()).doesNotContain("organization:").contains("ExampleMembers:");
    assertThat(imported.draft().members()).isEmpty();
    ImportLog.Entry stackSet = imported.entry(ImportLog.Kind.RESOURCE, "ExampleMembers");
    assertThat(stackSet.destination()).isEqualTo("resources.ExampleMembers");
    assertThat(stackSet.changes())
        .containsExactly(
            "kept as written: its member template is at a URL (TemplateURL), which the import"
                + " does not fetch; organization: embeds a member blueprint of the same build");
    assertThat(imported.proof().summary()).isEqualTo("the draft does not generate: 1 error");
    assertThat(imported.proof().errors())
        .extracting(Diagnostic::render)
        .singleElement()
        .asString()
        .contains("resources.ExampleMembers.type")
        .contains("a raw AWS::CloudFormation::StackSet");
  }

  @Test
  void renamerRenamesAResourceWhereverItIsNamed() {
    Template template =
        TemplateReader.read(
            """
            Resources:
              Fanout:
                Type: AWS::CloudFormation::StackSet
                Properties: {StackSetName: x}
              Watcher:
                Type: AWS::SNS::Topic
                DependsOn: Fanout
                Properties:
                  TopicName: !Sub '${Fanout}-${Fanout.Id}'
                  DisplayName: !GetAtt Fanout.Id
            Outputs:
              Id:
                Value: !Ref Fanout
            """);

    Template renamed =
        dev.onramp.template.TemplateRenames.resources(template, Map.of("Fanout", "MemberStackSet"));

    assertThat(renamed.resources()).containsOnlyKeys("MemberStackSet", "Watcher");
    Template.Resource watcher = renamed.resources().get("Watcher");
    assertThat(watcher.dependsOn()).containsExactly("MemberStackSet");
    assertThat(watcher.properties())
        .containsEntry("TopicName", Fn.sub("${MemberStackSet}-${MemberStackSet.Id}"))
        .containsEntry("DisplayName", Fn.getAtt("MemberStackSet", "Id"));
    assertThat(renamed.outputs().get("Id").value()).isEqualTo(Fn.ref("MemberStackSet"));
  }
}
