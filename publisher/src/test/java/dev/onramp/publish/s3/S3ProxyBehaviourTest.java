package dev.onramp.publish.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * What the test store does with the headers {@link S3Publisher} relies on, so that the publisher's
 * tests prove what they claim: S3Proxy honours If-None-Match and checks x-amz-checksum-sha256, as
 * S3 does.
 */
class S3ProxyBehaviourTest {
  private static final byte[] BODY = "Resources: {}\n".getBytes(StandardCharsets.UTF_8);
  private static LocalS3 s3;

  @BeforeAll
  static void start() throws Exception {
    s3 = LocalS3.start();
    s3.createBuckets("behaviour");
  }

  @AfterAll
  static void stop() {
    s3.close();
  }

  @Test
  void ifNoneMatchRefusesToOverwriteAnExistingKeyWith412() {
    s3.put("behaviour", "taken", BODY);

    S3Exception e =
        catchThrowableOfType(
            S3Exception.class,
            () ->
                s3.client("us-east-1")
                    .putObject(
                        r -> r.bucket("behaviour").key("taken").ifNoneMatch("*"),
                        RequestBody.fromString("other")));

    assertThat(e.statusCode()).isEqualTo(412);
    assertThat(s3.get("behaviour", "taken")).hasValue(BODY);
  }

  @Test
  void ifMatchWritesOnlyOverTheGivenVersion() {
    s3.put("behaviour", "mutable", BODY);
    String etag =
        s3.client("us-east-1").headObject(r -> r.bucket("behaviour").key("mutable")).eTag();

    S3Exception e =
        catchThrowableOfType(
            S3Exception.class,
            () ->
                s3.client("us-east-1")
                    .putObject(
                        r -> r.bucket("behaviour").key("mutable").ifMatch("\"0123\""),
                        RequestBody.fromString("stale")));
    s3.client("us-east-1")
        .putObject(
            r -> r.bucket("behaviour").key("mutable").ifMatch(etag),
            RequestBody.fromString("next"));

    assertThat(e.statusCode()).isEqualTo(412);
    assertThat(s3.get("behaviour", "mutable")).hasValue("next".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aWrongSha256ChecksumIsRefused() {
    String wrong =
        Base64.getEncoder()
            .encodeToString(
                java.util.HexFormat.of()
                    .parseHex(dev.onramp.template.ContentHash.sha256Hex(new byte[] {1})));

    S3Exception e =
        catchThrowableOfType(
            S3Exception.class,
            () ->
                s3.client("us-east-1")
                    .putObject(
                        r -> r.bucket("behaviour").key("corrupted").checksumSHA256(wrong),
                        RequestBody.fromBytes(BODY)));

    assertThat(e.statusCode()).isEqualTo(400);
    assertThat(e.awsErrorDetails().errorCode()).isEqualTo("BadDigest");
    assertThat(s3.get("behaviour", "corrupted")).isEmpty();
  }

  @Test
  void theSdkDefaultChecksumsWork() {
    try (S3Client defaults =
        S3Client.builder()
            .region(Region.US_EAST_1)
            .endpointOverride(s3.endpoint())
            .forcePathStyle(true)
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(LocalS3.ACCESS_KEY, LocalS3.SECRET_KEY)))
            .build()) {
      defaults.putObject(r -> r.bucket("behaviour").key("crc"), RequestBody.fromBytes(BODY));
      assertThat(defaults.getObjectAsBytes(r -> r.bucket("behaviour").key("crc")).asByteArray())
          .isEqualTo(BODY);
    }
  }
}
