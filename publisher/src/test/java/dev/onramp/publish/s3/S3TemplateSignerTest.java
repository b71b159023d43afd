package dev.onramp.publish.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.onramp.link.LinkException;
import dev.onramp.link.QuickCreateLink;
import dev.onramp.publish.PublicationPlan;
import dev.onramp.publish.PublishedTemplate;
import dev.onramp.publish.StoredObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

class S3TemplateSignerTest {
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static LocalS3 s3;
  private static PublicationPlan plan;
  private static StoredObject template;
  private static StoredObject manifest;

  @BeforeAll
  static void publish() throws Exception {
    s3 = LocalS3.start();
    s3.createBuckets("signed-us-east-1", "signed-eu-west-1");
    plan = LocalS3.plan("signed");
    new S3Publisher(s3.access()).publish(plan, line -> {});
    template = plan.objects().get(0);
    manifest = plan.manifests().get(0);
  }

  @AfterAll
  static void stop() {
    s3.close();
  }

  @Test
  void aPresignedUrlFetchesExactlyTheTemplatesBytes() throws Exception {
    String url = new S3TemplateSigner(s3.access(), Duration.ofMinutes(5)).presign(template);

    HttpResponse<byte[]> response = get(url);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(template.hasBytes(response.body())).isTrue();
    assertThat(url).contains("X-Amz-Algorithm=AWS4-HMAC-SHA256").contains("X-Amz-Expires=300");
  }

  @Test
  void withoutItsSignatureTheBucketIsNotReadable() throws Exception {
    URI plain = URI.create(s3.endpoint() + "/" + template.bucket() + "/" + template.key());

    assertThat(get(plain.toString()).statusCode()).isEqualTo(403);
  }

  @Test
  void anAlteredSignatureIsRefused() throws Exception {
    String url = new S3TemplateSigner(s3.access(), Duration.ofMinutes(5)).presign(template);
    int at = url.indexOf("X-Amz-Signature=") + "X-Amz-Signature=".length();
    char first = url.charAt(at);
    String tampered = url.substring(0, at) + (first == '0' ? '1' : '0') + url.substring(at + 1);

    assertThat(get(tampered).statusCode()).isEqualTo(403);
  }

  @Test
  void theSignatureDoesNotOpenAnotherKey() throws Exception {
    String url = new S3TemplateSigner(s3.access(), Duration.ofMinutes(5)).presign(template);
    // The manifest exists in the same bucket: a 403, not a 404, shows the signature was refused.
    assertThat(manifest.bucket()).isEqualTo(template.bucket());
    String other = url.replace("/" + template.key() + "?", "/" + manifest.key() + "?");
    assertThat(other).isNotEqualTo(url);

    assertThat(get(other).statusCode()).isEqualTo(403);
  }

  @Test
  void anExpiredUrlIsRefused() throws Exception {
    String url = new S3TemplateSigner(s3.access(), Duration.ofSeconds(1)).presign(template);

    Thread.sleep(2_100);

    assertThat(get(url).statusCode()).isEqualTo(403);
  }

  @Test
  void theValidityIsMoreThanZeroAndAtMostSevenDays() {
    S3Access access = s3.access();
    assertThatThrownBy(() -> new S3TemplateSigner(access, Duration.ofDays(8)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most 7 days (SigV4's limit), not PT192H");
    assertThatThrownBy(() -> new S3TemplateSigner(access, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than zero");
    assertThat(new S3TemplateSigner(access, Duration.ofDays(7)).validity())
        .isEqualTo(Duration.ofDays(7));
  }

  /**
   * Made against AWS's own endpoint (no request is sent: presigning is local), since quick-create
   * links take https S3 URLs only.
   */
  @Test
  void aUrlPresignedWithSessionCredentialsIsTooLongForAQuickCreateLink() {
    PublishedTemplate published = plan.templates().get(0);
    StoredObject object = published.in("us-east-1").orElseThrow();
    String token = "IQoJb3JpZ2luX2VjE" + "A".repeat(780) + "==";
    String url;
    try (S3Access session =
        S3Access.of(
            StaticCredentialsProvider.create(
                AwsSessionCredentials.create("ASIAONRAMPTEST000001", "secret", token)))) {
      url = new S3TemplateSigner(session, Duration.ofHours(1)).presign(object);
    }
    assertThat(url)
        .startsWith("https://signed-us-east-1.s3.us-east-1.amazonaws.com/releases/acme-portal/")
        .contains("X-Amz-Security-Token=");
    assertThat(url.length()).isGreaterThan(QuickCreateLink.MAX_TEMPLATE_URL);

    LinkException e =
        catchThrowableOfType(
            LinkException.class,
            () -> QuickCreateLink.of(published.template().template(), "us-east-1", url));

    assertThat(e.problem())
        .startsWith("the template URL is " + String.format("%,d", url.length()) + " characters")
        .endsWith("CloudFormation accepts at most 1,024");
    assertThat(e.hint())
        .startsWith("it is presigned with session credentials (X-Amz-Security-Token)")
        .contains("presign with long-term credentials");
  }

  @Test
  void theSignatureIsTheSdksForTheSameRequestAndSecond() {
    StoredObject object = plan.templates().get(0).in("eu-west-1").orElseThrow();
    try (S3Access access =
        S3Access.of(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create("AKIAONRAMPTEST000001", "secret/key/0123")))) {
      for (int attempt = 0; ; attempt++) {
        String ours = new S3TemplateSigner(access, Duration.ofHours(12)).presign(object);
        String sdk =
            access
                .presigner("eu-west-1")
                .presignGetObject(
                    r ->
                        r.signatureDuration(Duration.ofHours(12))
                            .getObjectRequest(g -> g.bucket(object.bucket()).key(object.key())))
                .url()
                .toString();
        if (!query(ours, "X-Amz-Date").equals(query(sdk, "X-Amz-Date")) && attempt < 5) {
          continue; // a second boundary fell between the two; sign again
        }
        assertThat(ours).startsWith(object.url() + "?");
        assertThat(sdk).startsWith(object.url() + "?");
        for (String name :
            List.of(
                "X-Amz-Algorithm",
                "X-Amz-Credential",
                "X-Amz-Date",
                "X-Amz-Expires",
                "X-Amz-SignedHeaders",
                "X-Amz-Signature")) {
          assertThat(query(ours, name)).as(name).isEqualTo(query(sdk, name));
        }
        return;
      }
    }
  }

  private static String query(String url, String name) {
    for (String pair : url.substring(url.indexOf('?') + 1).split("&")) {
      if (pair.startsWith(name + "=")) {
        return pair.substring(name.length() + 1);
      }
    }
    throw new AssertionError(name + " not in " + url);
  }

  @Test
  void aUrlPresignedWithLongTermCredentialsFitsAQuickCreateLink() {
    PublishedTemplate published = plan.templates().get(0);
    String url;
    try (S3Access longTerm =
        S3Access.of(
            StaticCredentialsProvider.create(
                AwsBasicCredentials.create("AKIAONRAMPTEST000001", "secret")))) {
      url =
          new S3TemplateSigner(longTerm, Duration.ofDays(7))
              .presign(published.in("eu-west-1").orElseThrow());
    }

    QuickCreateLink link = QuickCreateLink.of(published.template().template(), "eu-west-1", url);

    assertThat(link.url("AcmeOnboarding", Map.of()))
        .startsWith(
            "https://eu-west-1.console.aws.amazon.com/cloudformation/home?region=eu-west-1"
                + "#/stacks/quickcreate?templateURL=https%3A%2F%2Fsigned-eu-west-1.s3.eu-west-1.");
  }

  private static HttpResponse<byte[]> get(String url) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }
}
