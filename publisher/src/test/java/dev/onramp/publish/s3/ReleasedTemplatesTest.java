package dev.onramp.publish.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.onramp.link.Secret;
import dev.onramp.link.TenantExternalIds;
import dev.onramp.publish.LinkedTemplate;
import dev.onramp.publish.PublicationPlan;
import dev.onramp.publish.StoredObject;
import dev.onramp.publish.TenantLink;
import dev.onramp.publish.TenantLinks;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Links can pin an older release (cfn.links.release): its template is found through the release
 * history in S3Proxy (SigV4), read back, checked against its SHA-256, and linked with its own
 * parameters; an unknown version and a template changed under its release are refused.
 */
class ReleasedTemplatesTest {
  private static final TenantExternalIds EXTERNAL_IDS =
      new TenantExternalIds(
          Secret.of("a demo vendor secret of at least 32 bytes".getBytes(StandardCharsets.UTF_8)));
  private static LocalS3 s3;

  @BeforeAll
  static void start() throws Exception {
    s3 = LocalS3.start();
  }

  @AfterAll
  static void stop() {
    s3.close();
  }

  @Test
  void aLinkForAnOlderReleaseLaunchesThatReleasesTemplate() throws Exception {
    s3.createBuckets("pin-us-east-1");
    PublicationPlan first =
        EscalationApprovalTest.plan("pin", "1.0.0", EscalationApprovalTest.READ);
    PublicationPlan second =
        EscalationApprovalTest.plan("pin", "1.0.1", EscalationApprovalTest.READ_WRITE);
    new S3Publisher(s3.access()).publish(first, line -> {});
    new S3Publisher(s3.access()).publish(second, Optional.of("uploads, SEC-42"), line -> {});
    StoredObject published = first.templates().get(0).byRegion().get("us-east-1");

    List<LinkedTemplate> pinned = ReleasedTemplates.of(s3.access(), second, List.of(), "1.0.0");

    assertThat(pinned).hasSize(1);
    LinkedTemplate linked = pinned.get(0);
    assertThat(linked.version()).isEqualTo("1.0.0");
    StoredObject object = linked.byRegion().get("us-east-1");
    assertThat(object.key()).isEqualTo(published.key());
    assertThat(object.sha256()).isEqualTo(published.sha256());
    assertThat(linked.template().parameters().keySet())
        .isEqualTo(first.templates().get(0).template().template().parameters().keySet());
    TenantLink link =
        TenantLinks.of(linked, EXTERNAL_IDS, Optional.empty())
            .link("tenant-0001", "us-east-1", "acme-portal");
    assertThat(link.url())
        .contains("templateURL=https%3A%2F%2Fpin-us-east-1.s3.us-east-1.amazonaws.com")
        .contains("%2F1.0.0%2F" + published.sha256() + ".yaml")
        .contains("param_ExternalId=" + EXTERNAL_IDS.externalId("tenant-0001"));
    // The build's own release is still the default.
    TenantLink current =
        TenantLinks.of(second.templates().get(0), EXTERNAL_IDS, Optional.empty())
            .link("tenant-0001", "us-east-1", "acme-portal");
    assertThat(current.url()).contains("%2F1.0.1%2F");
  }

  @Test
  void anUnknownVersionOrATemplateChangedUnderItsReleaseIsRefused() throws Exception {
    s3.createBuckets("gone-us-east-1");
    PublicationPlan first =
        EscalationApprovalTest.plan("gone", "1.0.0", EscalationApprovalTest.READ);
    new S3Publisher(s3.access()).publish(first, line -> {});

    PublishException unknown =
        catchThrowableOfType(
            PublishException.class,
            () -> ReleasedTemplates.of(s3.access(), first, List.of(), "0.9.0"));
    assertThat(unknown.problem())
        .isEqualTo(
            "acme-portal has no release 0.9.0 in"
                + " s3://gone-us-east-1/releases/acme-portal/releases.json; its releases: 1.0.0");
    assertThat(unknown.hint()).startsWith("name one of them in cfn.links.release");

    StoredObject published = first.templates().get(0).byRegion().get("us-east-1");
    s3.put(
        published.bucket(), published.key(), "AWSTemplateFormatVersion: '2010-09-09'\n".getBytes());
    PublishException changed =
        catchThrowableOfType(
            PublishException.class,
            () -> ReleasedTemplates.of(s3.access(), first, List.of(), "1.0.0"));
    assertThat(changed.problem())
        .startsWith("s3://gone-us-east-1/" + published.key() + " has SHA-256 ")
        .endsWith(
            ", not the "
                + published.sha256()
                + " the release history of acme-portal names for 1.0.0; no link was made");
  }
}
