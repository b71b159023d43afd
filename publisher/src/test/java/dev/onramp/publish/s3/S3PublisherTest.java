package dev.onramp.publish.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.onramp.publish.PublicationPlan;
import dev.onramp.publish.StoredObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

class S3PublisherTest {
  private static LocalS3 s3;

  @BeforeAll
  static void start() throws Exception {
    s3 = LocalS3.start();
  }

  @AfterAll
  static void stop() throws Exception {
    s3.close();
  }

  @Test
  void uploadsEveryObjectWithItsBytesAndContentTypeAndTheManifestLast() throws Exception {
    s3.createBuckets("up-us-east-1", "up-eu-west-1");
    PublicationPlan plan = LocalS3.plan("up");
    List<String> progress = new ArrayList<>();

    PublishResult result = new S3Publisher(s3.access()).publish(plan, progress::add);

    assertThat(plan.objects()).hasSize(2);
    assertThat(result.uploaded()).containsExactlyElementsOf(plan.objects());
    assertThat(result.skipped()).isEmpty();
    assertThat(result.manifests()).containsExactlyElementsOf(plan.manifests());
    for (StoredObject object : plan.objects()) {
      assertThat(s3.get(object.bucket(), object.key()))
          .hasValueSatisfying(bytes -> assertThat(object.hasBytes(bytes)).isTrue());
      HeadObjectResponse head =
          s3.client(object.region()).headObject(r -> r.bucket(object.bucket()).key(object.key()));
      assertThat(head.contentType()).isEqualTo("application/yaml");
      assertThat(head.contentLength()).isEqualTo(object.size());
    }
    for (StoredObject manifest : plan.manifests()) {
      assertThat(s3.get(manifest.bucket(), manifest.key()))
          .hasValueSatisfying(bytes -> assertThat(manifest.hasBytes(bytes)).isTrue());
      assertThat(
              s3.client(manifest.region())
                  .headObject(r -> r.bucket(manifest.bucket()).key(manifest.key()))
                  .contentType())
          .isEqualTo("application/json");
    }
    assertThat(s3.keys("up-eu-west-1"))
        .containsExactly(
            plan.objects().get(1).key(),
            "releases/acme-portal/releases.json",
            "releases/manifest.json",
            "releases/releases/" + plan.releaseId() + ".json");
    assertThat(progress)
        .hasSize(8)
        .allMatch(
            line ->
                line.startsWith("uploaded ")
                    || line.startsWith("release manifest written ")
                    || line.startsWith("release " + plan.releaseId() + " appended to ")
                    || line.startsWith("manifest written "));
    assertThat(progress.get(7))
        .startsWith("manifest written s3://up-eu-west-1/releases/manifest.json");
  }

  @Test
  void republishingTheSameReleaseUploadsNothing() throws Exception {
    s3.createBuckets("again-us-east-1", "again-eu-west-1");
    PublicationPlan plan = LocalS3.plan("again");
    S3Publisher publisher = new S3Publisher(s3.access());
    publisher.publish(plan, line -> {});
    List<String> progress = new ArrayList<>();

    PublishResult again = publisher.publish(LocalS3.plan("again"), progress::add);

    assertThat(again.uploaded()).isEmpty();
    assertThat(again.skipped()).hasSize(2);
    assertThat(progress.subList(0, 2))
        .allMatch(line -> line.startsWith("already there with the same bytes: s3://again-"));
  }

  @Test
  void otherBytesUnderATemplateKeyStopTheReleaseBeforeAnythingIsWritten() throws Exception {
    s3.createBuckets("clash-us-east-1", "clash-eu-west-1");
    PublicationPlan plan = LocalS3.plan("clash");
    StoredObject altered = plan.objects().get(1);
    byte[] other = "AWSTemplateFormatVersion: '2010-09-09'\n".getBytes(StandardCharsets.UTF_8);
    s3.put(altered.bucket(), altered.key(), other);

    PublishException e =
        catchThrowableOfType(
            PublishException.class, () -> new S3Publisher(s3.access()).publish(plan, line -> {}));

    assertThat(e.problem())
        .contains(altered.s3Uri() + " (eu-west-1)")
        .contains("this release has sha256 " + altered.sha256())
        .contains("S3 has sha256 " + dev.onramp.template.ContentHash.sha256Hex(other))
        .contains("A published key is immutable")
        .contains("Nothing was written.");
    assertThat(e.hint()).contains("delete it and publish again").contains("metadata.version");
    assertThat(s3.get(altered.bucket(), altered.key())).hasValue(other);
    assertThat(s3.keys("clash-us-east-1")).isEmpty();
    assertThat(s3.keys("clash-eu-west-1")).containsExactly(altered.key());
  }

  @Test
  void aMissingBucketNamesTheBucketAndRegionAndNothingIsWritten() throws Exception {
    s3.createBuckets("half-us-east-1");
    PublicationPlan plan = LocalS3.plan("half");

    PublishException e =
        catchThrowableOfType(
            PublishException.class, () -> new S3Publisher(s3.access()).publish(plan, line -> {}));

    assertThat(e.problem())
        .startsWith("bucket half-eu-west-1 does not exist in eu-west-1 (NoSuchBucket")
        .endsWith("Nothing was written.");
    assertThat(e.hint())
        .isEqualTo(
            "create the bucket half-eu-west-1 in eu-west-1, or remove eu-west-1 from the"
                + " blueprint's regions");
    assertThat(s3.keys("half-us-east-1")).isEmpty();
  }

  @Test
  void aWrongSecretKeyIsA403WithTheCredentialHint() throws Exception {
    s3.createBuckets("denied-us-east-1", "denied-eu-west-1");
    PublicationPlan plan = LocalS3.plan("denied");

    PublishException e;
    try (S3Access wrong = s3.accessWith("not-the-secret")) {
      e =
          catchThrowableOfType(
              PublishException.class, () -> new S3Publisher(wrong).publish(plan, line -> {}));
    }

    assertThat(e.problem())
        .contains("could not read s3://denied-us-east-1/releases/acme-portal/1.0.0/")
        .contains("in us-east-1: SignatureDoesNotMatch (HTTP 403");
    assertThat(e.hint())
        .startsWith("check the credentials: the default chain")
        .contains("or the settings.xml server");
    assertThat(e.getMessage()).doesNotContain("not-the-secret").doesNotContain(LocalS3.SECRET_KEY);
    assertThat(s3.keys("denied-us-east-1")).isEmpty();
  }

  @Test
  void aTemplateWrittenMeanwhileWithTheSameBytesCountsAsThere() throws Exception {
    s3.createBuckets("race-us-east-1", "race-eu-west-1");
    PublicationPlan plan = LocalS3.plan("race");
    StoredObject second = plan.objects().get(1);
    List<String> progress = new ArrayList<>();

    // Another run writes the second template after this one has checked it is missing.
    PublishResult result =
        new S3Publisher(s3.access())
            .publish(
                plan,
                line -> {
                  progress.add(line);
                  if (line.startsWith("uploaded s3://race-us-east-1/")) {
                    s3.put(second.bucket(), second.key(), second.bytes());
                  }
                });

    assertThat(result.uploaded()).containsExactly(plan.objects().get(0));
    assertThat(result.skipped()).containsExactly(second);
    assertThat(progress.get(1))
        .startsWith("already there with the same bytes (written meanwhile): " + second.s3Uri());
    assertThat(result.manifests()).hasSize(2);
  }

  @Test
  void aTemplateWrittenMeanwhileWithOtherBytesIsAConflictAndNoManifestIsWritten() throws Exception {
    s3.createBuckets("race2-us-east-1", "race2-eu-west-1");
    PublicationPlan plan = LocalS3.plan("race2");
    StoredObject second = plan.objects().get(1);
    byte[] other = "Resources: {}\n".getBytes(StandardCharsets.UTF_8);

    PublishException e =
        catchThrowableOfType(
            PublishException.class,
            () ->
                new S3Publisher(s3.access())
                    .publish(
                        plan,
                        line -> {
                          if (line.startsWith("uploaded s3://race2-us-east-1/")) {
                            s3.put(second.bucket(), second.key(), other);
                          }
                        }));

    assertThat(e.problem())
        .contains(second.s3Uri() + " (eu-west-1): S3 has sha256 ")
        .contains("written by someone else while this release was being published.")
        .endsWith(
            "No manifest was written; the template uploaded before it is content-addressed and"
                + " harmless, and publishing again resumes.");
    assertThat(s3.get(second.bucket(), second.key())).hasValue(other);
    assertThat(s3.keys("race2-us-east-1")).containsExactly(plan.objects().get(0).key());
  }
}
