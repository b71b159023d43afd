package dev.onramp.compile.reuse;

import static dev.onramp.compile.reuse.ReuseBlueprints.HEAD;
import static dev.onramp.compile.reuse.ReuseBlueprints.errors;
import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.blueprint.model.RoleSpec;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code existingRole}: no role is created, every policy of the blueprint for the role names the
 * existing role by its parameter, and what only a created role has is refused.
 */
class ExistingRolesTest {
  private static final String BLUEPRINT =
      HEAD
          + """
          roles:
            - id: ConnectorRole
              existingRole: {parameter: ConnectorRoleName}
              policySets: [read-only]
              readBuckets: {parameter: ConnectorBuckets}
              statements:
                - {sid: ReadTags, action: "tag:GetResources", resource: "*"}
          costReport:
            report: {name: acme-cur}
            mode: native
          """;

  @Test
  void everyPolicyNamesTheExistingRoleAndNoRoleIsCreated() throws Exception {
    Template template = ReuseBlueprints.compile(BLUEPRINT);

    assertThat(template.resources()).doesNotContainKey("ConnectorRole");
    assertThat(template.resources())
        .containsKeys(
            "ConnectorRoleReadOnlyPolicyPart1",
            "ConnectorRoleReadOnlyPolicyPart2",
            "ConnectorRoleStatementsPolicy",
            "ConnectorRoleReadBucketsPolicy",
            "ConnectorRoleCostReportReadPolicy");
    template.resources().values().stream()
        .filter(resource -> resource.type().equals("AWS::IAM::ManagedPolicy"))
        .forEach(
            policy ->
                assertThat(policy.properties())
                    .containsEntry("Roles", List.of(Fn.ref("ConnectorRoleName"))));
    assertThat(template.parameters().get("ConnectorRoleName").allowedPattern())
        .isEqualTo(ReuseParameters.ROLE_NAME_PATTERN);
  }

  @Test
  void aCreatedRoleIsStillNamedByItsLogicalId() {
    assertThat(
            ExistingRoles.reference(
                new RoleSpec(
                    "VendorRole",
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null)))
        .isEqualTo(Fn.ref("VendorRole"));
  }

  @Test
  void keysOfACreatedRoleAreRefused() {
    assertThat(
            errors(
                HEAD
                    + """
                    roles:
                      - id: ConnectorRole
                        existingRole: {parameter: ConnectorRoleName}
                        description: Vendor access
                        tags: {Team: billing}
                        permissionsBoundaryParameter: Boundary
                        regionsParameter: Regions
                        policySets: [read-only]
                    """))
        .containsExactlyInAnyOrder(
            "ONR223 at roles[0].permissionsBoundaryParameter: role ConnectorRole is an existing"
                + " role (existingRole), so 'permissionsBoundaryParameter' cannot apply: the stack"
                + " does not create it",
            "ONR223 at roles[0].description: role ConnectorRole is an existing role"
                + " (existingRole), so 'description' cannot apply: the stack does not create it",
            "ONR223 at roles[0].tags: role ConnectorRole is an existing role (existingRole), so"
                + " 'tags' cannot apply: the stack does not create it",
            "ONR223 at roles[0].regionsParameter: role ConnectorRole is an existing role"
                + " (existingRole), so 'regionsParameter' cannot apply: the stack does not create"
                + " it");
  }

  @Test
  void theExistingRoleParameterIsAStringOfItsOwn() {
    assertThat(
            errors(
                HEAD
                    + """
                    parameters:
                      - {name: Names, type: CommaDelimitedList, default: ""}
                    roles:
                      - id: ConnectorRole
                        existingRole: {parameter: Names}
                        policySets: [read-only]
                      - id: OtherRole
                        existingRole: {parameter: Shared}
                        readBuckets: {parameter: Shared}
                    """))
        .containsExactlyInAnyOrder(
            "ONR212 at roles[0].existingRole.parameter: parameter 'Names' names an existing role"
                + " but is a CommaDelimitedList",
            "ONR223 at roles[1].readBuckets.parameter: parameter 'Shared' is named by more than"
                + " one existingRole or readBuckets",
            "ONR223 at roles[1].existingRole.parameter: parameter 'Shared' is named by more than"
                + " one existingRole or readBuckets");
  }

  @Test
  void incompleteReuseKeysAreLocatedErrorsNotFailures() {
    assertThat(
            errors(
                HEAD
                    + """
                    roles:
                      - id: ConnectorRole
                        existingRole: {}
                        readBuckets: {}
                    costReport:
                      existing: {bucketParameter: CurBucket}
                    """))
        .extracting(error -> error.substring(0, error.indexOf(':')))
        .containsExactlyInAnyOrder(
            "ONR102 at roles[0].existingRole.parameter",
            "ONR102 at roles[0].readBuckets.parameter",
            "ONR102 at costReport.existing.prefixParameter",
            "ONR102 at costReport.existing.reportNameParameter");
  }
}
