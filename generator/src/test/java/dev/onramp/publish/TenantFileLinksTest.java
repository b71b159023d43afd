package dev.onramp.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.link.Secret;
import dev.onramp.link.TenantExternalIds;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A tenant file's blueprint column, parameter columns, and all its problems in one run. */
class TenantFileLinksTest {
  private static final TenantExternalIds IDS =
      new TenantExternalIds(
          Secret.of("a vendor secret of at least 32 bytes!".getBytes(StandardCharsets.UTF_8)));

  private static final String IDENTITY =
      """
      apiVersion: onramp.dev/v1
      kind: Blueprint
      metadata:
        name: acme-identity
        version: 1.2.0
      vendor:
        accountId: "111122223333"
        principal: account-root
      parameters:
        - name: IncludeIdentityCenter
          type: Boolean
          default: "false"
      roles:
        - id: VendorRole
          policySets: [read-only]
      publishing:
        bucket: acme-templates-{region}
      regions: [us-east-1]
      """;

  private static PublicationPlan plan;

  @BeforeAll
  static void publish() throws Exception {
    plan =
        PublicationPlan.of(
            Releases.compile(
                Releases.portal(
                    "acme-portal",
                    "publishing:\n  bucket: acme-templates-{region}\n"
                        + "regions: [us-east-1, eu-west-1]\n"),
                IDENTITY),
            Optional.empty());
  }

  private static List<TenantLinks> linked(String... names) {
    return java.util.Arrays.stream(names)
        .map(name -> TenantLinks.of(plan.template(name).orElseThrow(), IDS, Optional.empty()))
        .toList();
  }

  private static Map<String, List<TenantLink>> links(String csv, String... names)
      throws BlueprintException {
    return TenantFileLinks.links(
        TenantFile.check("t.csv", csv),
        linked(names),
        List.of("acme-portal", "acme-identity", "acme-finops"));
  }

  @Test
  void aFileWithoutTheNewColumnsGivesTheLinksItGaveBefore() throws Exception {
    String csv = "tenant,region,stackName\na,,\nb,eu-west-1,Custom\n";
    Map<String, List<TenantLink>> all = links(csv, "acme-portal");

    TenantLinks portal = linked("acme-portal").get(0);
    assertThat(all.get("acme-portal"))
        .containsExactly(
            portal.link("a", "us-east-1", "acme-portal"),
            portal.link("a", "eu-west-1", "acme-portal"),
            portal.link("b", "eu-west-1", "Custom"));
    assertThat(all.get("acme-portal"))
        .isEqualTo(portal.links(TenantFile.read("t.csv", csv), "acme-portal"));
  }

  @Test
  void aRowWithABlueprintGivesLinksForThatBlueprintOnly() throws Exception {
    Map<String, List<TenantLink>> all =
        links(
            "tenant,region,blueprint\na,,acme-identity\nb,eu-west-1,acme-portal\nc,us-east-1,\n",
            "acme-portal",
            "acme-identity");

    assertThat(all.get("acme-portal"))
        .extracting(TenantLink::tenant, TenantLink::region)
        .containsExactly(tuple("b", "eu-west-1"), tuple("c", "us-east-1"));
    assertThat(all.get("acme-identity"))
        .extracting(TenantLink::tenant, TenantLink::region)
        .containsExactly(tuple("a", "us-east-1"), tuple("c", "us-east-1"));
  }

  @Test
  void aRowForABlueprintNotLinkedInThisRunGivesNoLinksAndNoError() throws Exception {
    assertThat(links("tenant,blueprint\na,acme-identity\nb,\n", "acme-portal").get("acme-portal"))
        .extracting(TenantLink::tenant)
        .containsExactly("b", "b");
  }

  @Test
  void anUnknownBlueprintIsLocatedWithASuggestion() {
    assertThatThrownBy(() -> links("tenant,blueprint\na,acme-portl\n", "acme-portal"))
        .isInstanceOf(BlueprintException.class)
        .hasMessageContaining(
            "t.csv:2:3: error ONR704 at blueprint: 'acme-portl' is not a blueprint of this build\n"
                + "  fix: did you mean 'acme-portal'? Leave the cell empty for a row that is for every"
                + " blueprint.");
  }

  @Test
  void parameterColumnsFillTheTenantsLinkInTheTemplatesOrder() throws Exception {
    Map<String, List<TenantLink>> all =
        links(
            "tenant,param:IncludeIdentityCenter,blueprint,param:AccessLevel\n"
                + "a,,acme-portal,write\n"
                + "b,true,acme-identity,\n"
                + "c,,,\n",
            "acme-portal",
            "acme-identity");

    String externalId = IDS.externalId("a");
    assertThat(all.get("acme-portal").get(0).url())
        .endsWith(
            "&stackName=acme-portal&param_ExternalId=" + externalId + "&param_AccessLevel=write");
    assertThat(all.get("acme-identity").get(0).url()).endsWith("&param_IncludeIdentityCenter=true");
    assertThat(all.get("acme-identity").get(1).url()).doesNotContain("IncludeIdentityCenter");
    assertThat(all.get("acme-portal").get(2).url()).doesNotContain("AccessLevel");
  }

  @Test
  void aRefusedValueIsLocatedAtItsCell() {
    assertThatThrownBy(() -> links("tenant,param:AccessLevel\na,admin\n", "acme-portal"))
        .hasMessageContaining(
            "t.csv:2:3: error ONR706 at param:AccessLevel: acme-portal: 'admin' is not an allowed"
                + " value of parameter 'AccessLevel'\n  fix: use one of: read, write");
  }

  @Test
  void aValueForEveryBlueprintNeedsTheParameterInEachTemplate() {
    assertThatThrownBy(
            () -> links("tenant,param:AccessLevel\na,write\n", "acme-portal", "acme-identity"))
        .hasMessageStartingWith("1 error in the tenant file")
        .hasMessageContaining(
            "t.csv:2:3: error ONR705 at param:AccessLevel: the template of acme-identity has no"
                + " parameter 'AccessLevel'\n  fix: the row is for every blueprint linked; name the"
                + " blueprint");
  }

  @Test
  void aColumnNoTemplateHasIsOneErrorAtItsHeader() {
    assertThatThrownBy(
            () ->
                links("tenant,param:AccesLevel\na,write\nb,read\n", "acme-portal", "acme-identity"))
        .hasMessageStartingWith("1 error in the tenant file")
        .hasMessageContaining(
            "t.csv:1:8: error ONR705: column 'param:AccesLevel' names a parameter that the templates"
                + " of acme-portal, acme-identity do not have\n"
                + "  fix: did you mean 'param:AccessLevel'?");
  }

  @Test
  void theExternalIdCannotBeSetPerTenant() {
    assertThatThrownBy(() -> links("tenant,param:ExternalId\na,x\nb,\n", "acme-portal"))
        .hasMessageStartingWith("1 error in the tenant file")
        .hasMessageContaining(
            "t.csv:1:8: error ONR705: column 'param:ExternalId' sets the ExternalId parameter of"
                + " acme-portal's template");
  }

  @Test
  void everyProblemOfTheFileAndOfEveryBlueprintIsReportedInOneRun() {
    assertThatThrownBy(
            () ->
                links(
                    "tenant,region,stackName,blueprint,param:AccessLevel\n"
                        + ",,,,\n"
                        + "a,ap-south-1,,,\n"
                        + "b,,1bad,acme-portal,\n"
                        + "c,,,acme-idntity,\n"
                        + "d,,,acme-portal,admin\n"
                        + "e,ab\"c,,,\n"
                        + "a,,,acme-identity,\n",
                    "acme-portal",
                    "acme-identity"))
        .hasMessageStartingWith("8 errors in the tenant file; nothing was written")
        .hasMessageContaining("t.csv:2:1: error ONR604 at tenant: the tenant id is empty")
        .hasMessageContaining(
            "t.csv:3:3: error ONR605 at region: the template of acme-identity is not published in"
                + " ap-south-1")
        .hasMessageContaining(
            "t.csv:3:3: error ONR605 at region: the template of acme-portal is not published in"
                + " ap-south-1")
        .hasMessageContaining(
            "t.csv:4:4: error ONR605 at stackName: '1bad' is not a valid stack name")
        .hasMessageContaining(
            "t.csv:5:5: error ONR704 at blueprint: 'acme-idntity' is not a blueprint of this build")
        .hasMessageContaining(
            "t.csv:6:17: error ONR706 at param:AccessLevel: acme-portal: 'admin' is not an allowed"
                + " value")
        .hasMessageContaining("t.csv:7:5: error ONR604: a double quote inside an unquoted field")
        .hasMessageContaining(
            "t.csv:8:1: error ONR604 at tenant: tenant 'a' in every region for acme-identity"
                + " overlaps line 3, which gives it links in ap-south-1 for every blueprint");
  }

  @Test
  void aValueForANamedBlueprintWithoutTheParameterIsLocatedAtItsCell() {
    assertThatThrownBy(
            () ->
                links(
                    "tenant,blueprint,param:AccessLevel\n"
                        + "a,acme-portal,write\n"
                        + "b,acme-identity,write\n"
                        + "c,acme-identity,\n",
                    "acme-portal",
                    "acme-identity"))
        .hasMessageStartingWith("1 error in the tenant file")
        .hasMessageContaining(
            "t.csv:3:17: error ONR705 at param:AccessLevel: the template of acme-identity has no"
                + " parameter 'AccessLevel'\n"
                + "  fix: leave the cell empty for acme-identity; its template's parameters are"
                + " IncludeIdentityCenter");
  }
}
