package dev.onramp.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.link.LinkException;
import dev.onramp.link.Secret;
import dev.onramp.link.TenantExternalIds;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TenantLinksTest {
  private static final TenantExternalIds IDS =
      new TenantExternalIds(
          Secret.of("a vendor secret of at least 32 bytes!".getBytes(StandardCharsets.UTF_8)));

  private static PublishedTemplate portal;

  @BeforeAll
  static void publish() throws Exception {
    PublicationPlan plan =
        PublicationPlan.of(
            Releases.compile(
                Releases.portal(
                    "acme-portal",
                    "publishing:\n  bucket: acme-templates-{region}\n"
                        + "regions: [us-east-1, eu-west-1]\n")),
            Optional.empty());
    portal = plan.template("acme-portal").orElseThrow();
  }

  @Test
  void aLinkFillsInTheTemplateUrlOfItsRegionTheStackNameAndTheTenantsExternalId() {
    TenantLinks links = TenantLinks.of(portal, IDS, Optional.empty());
    TenantLink link = links.link("tenant-42", "eu-west-1", "AcmeOnboarding");

    String externalId = IDS.externalId("tenant-42");
    assertThat(link.externalId()).isEqualTo(externalId);
    assertThat(link.url())
        .isEqualTo(
            "https://eu-west-1.console.aws.amazon.com/cloudformation/home?region=eu-west-1"
                + "#/stacks/quickcreate?templateURL=https%3A%2F%2Facme-templates-eu-west-1.s3."
                + "eu-west-1.amazonaws.com%2Fonramp%2Facme-portal%2F1.2.0%2F"
                + portal.in("eu-west-1").orElseThrow().sha256()
                + ".yaml&stackName=AcmeOnboarding&param_ExternalId="
                + externalId);
    assertThat(
            links
                .link("tenant-42", "eu-west-1", "AcmeOnboarding", Map.of("AccessLevel", "write"))
                .url())
        .endsWith("&param_ExternalId=" + externalId + "&param_AccessLevel=write");
  }

  @Test
  void aStackThatDerivesItsExternalIdGetsLinksWithoutOne() throws Exception {
    PublishedTemplate derived =
        PublicationPlan.of(
                Releases.compile(
                    Releases.portal(
                        "acme-derived",
                        "externalId: {source: stack-id, prefix: acme-}\n"
                            + "publishing:\n  bucket: acme-templates-{region}\n"
                            + "regions: [us-east-1]\n")),
                Optional.empty())
            .template("acme-derived")
            .orElseThrow();
    TenantLink link =
        TenantLinks.of(derived, IDS, Optional.empty())
            .link("tenant-42", "us-east-1", "AcmeOnboarding", Map.of("AccessLevel", "write"));

    assertThat(link.externalId()).isEmpty();
    assertThat(link.url())
        .endsWith("&stackName=AcmeOnboarding&param_AccessLevel=write")
        .doesNotContain("ExternalId");
  }

  @Test
  void aPresigningLinkAsksTheSignerForEachLink() {
    TenantLinks links =
        TenantLinks.of(
            portal,
            IDS,
            Optional.of(object -> object.url() + "?X-Amz-Signature=" + object.region()));

    assertThat(links.link("t", "us-east-1", "S").url())
        .contains("X-Amz-Signature%3Dus-east-1&stackName=S");
  }

  @Test
  void refusedValuesSayWhy() {
    TenantLinks links = TenantLinks.of(portal, IDS, Optional.empty());

    assertThatThrownBy(() -> links.link("t", "ap-south-1", "S"))
        .isInstanceOf(LinkException.class)
        .hasMessageContaining("not published in ap-south-1")
        .hasMessageContaining("use one of us-east-1, eu-west-1");
    assertThatThrownBy(() -> links.link("t", "us-east-1", "S", Map.of("ExternalId", "x")))
        .hasMessageContaining("the values set the ExternalId parameter");
    assertThatThrownBy(() -> links.link("t", "us-east-1", "9lives"))
        .hasMessageContaining("'9lives' is not a valid stack name");
  }

  @Test
  void tenantsOfAFileGetALinkPerRegionOrTheirOwnAndTheirErrorsAreLocated() throws Exception {
    TenantLinks links = TenantLinks.of(portal, IDS, Optional.empty());
    List<Tenant> tenants =
        TenantFile.read("tenants.csv", "tenant,region,stackName\na,,\nb,eu-west-1,Custom\n");

    assertThat(links.links(tenants, "acme-portal"))
        .extracting(TenantLink::tenant, TenantLink::region, TenantLink::stackName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", "us-east-1", "acme-portal"),
            org.assertj.core.groups.Tuple.tuple("a", "eu-west-1", "acme-portal"),
            org.assertj.core.groups.Tuple.tuple("b", "eu-west-1", "Custom"));

    List<Tenant> bad =
        TenantFile.read("tenants.csv", "tenant,region,stackName\na,ap-south-1,\nb,,1bad\n");
    assertThatThrownBy(() -> links.links(bad, "acme-portal"))
        .hasMessageContaining(
            "tenants.csv:2:3: error ONR605 at region: the template of acme-portal is not published"
                + " in ap-south-1")
        .hasMessageContaining(
            "tenants.csv:3:4: error ONR605 at stackName: '1bad' is not a valid stack name");
  }

  @Test
  void linkFilesAreJsonAndCsvWithQuotedFields() {
    List<TenantLink> links =
        List.of(new TenantLink("globex, \"inc\"", "us-east-1", "S", "onr1-ab", "https://x/?a=b"));

    assertThat(LinkFiles.csv(links))
        .isEqualTo(
            "tenant,region,stackName,externalId,url\r\n"
                + "\"globex, \"\"inc\"\"\",us-east-1,S,onr1-ab,https://x/?a=b\r\n");
    assertThat(LinkFiles.json("acme-portal", "1.2.0", links))
        .isEqualTo(
            """
            {
              "blueprint": "acme-portal",
              "version": "1.2.0",
              "links": [
                {
                  "tenant": "globex, \\"inc\\"",
                  "region": "us-east-1",
                  "stackName": "S",
                  "externalId": "onr1-ab",
                  "url": "https://x/?a=b"
                }
              ]
            }
            """);
  }
}
