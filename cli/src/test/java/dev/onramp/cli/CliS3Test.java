package dev.onramp.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.publish.s3.S3Access;
import java.net.URI;
import java.nio.file.Path;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * publish and links against S3Proxy in this JVM (an in-memory store that enforces SigV4, as the
 * publisher's LocalS3 starts it). The tool takes its credentials from the AWS SDK's default chain,
 * here the system properties {@code aws.accessKeyId} and {@code aws.secretAccessKey}.
 */
class CliS3Test {
  private static final String ACCESS_KEY = "AKIAONRAMPCLITEST001";
  private static final String SECRET_KEY = "onramp/cli/test/secret/key/0123456789abcdefg";

  @TempDir Path dir;

  private S3Proxy proxy;
  private String endpoint;

  @BeforeEach
  void startS3() throws Exception {
    proxy =
        S3Proxy.builder()
            .blobStore(BlobStores.create("transient", new Properties()))
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
            .build();
    proxy.start();
    for (int i = 0; i < 500 && !"STARTED".equals(proxy.getState()); i++) {
      Thread.sleep(10);
    }
    endpoint = "http://127.0.0.1:" + proxy.getPort();
    System.setProperty("aws.accessKeyId", ACCESS_KEY);
    System.setProperty("aws.secretAccessKey", SECRET_KEY);
  }

  @AfterEach
  void stopS3() throws Exception {
    System.clearProperty("aws.accessKeyId");
    System.clearProperty("aws.secretAccessKey");
    proxy.stop();
  }

  private void createBuckets(String... buckets) {
    try (S3Access access =
        S3Access.of(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
            .withEndpoint(URI.create(endpoint), true)) {
      for (String bucket : buckets) {
        access.client("us-east-1").createBucket(r -> r.bucket(bucket));
      }
    }
  }

  /** The acme project, generated and validated (which vouches for its templates). */
  private Path validatedProject() {
    Path project = CliRun.fixture("acme", dir);
    assertThat(CliRun.in(project, "generate").code()).isEqualTo(Exit.OK);
    CliRun validate = CliRun.in(project, "validate", "--lint-engine", "local");
    assertThat(validate.code()).as(validate.toString()).isEqualTo(Exit.OK);
    return project;
  }

  private CliRun publish(Path project, String... more) {
    String[] options = new String[more.length + 3];
    options[0] = "--s3-endpoint";
    options[1] = endpoint;
    options[2] = "--s3-path-style";
    System.arraycopy(more, 0, options, 3, more.length);
    return CliRun.in(project, "publish", options);
  }

  @Test
  void publishesThenLinksThePublishedRelease() {
    createBuckets("acme-templates-us-east-1", "acme-templates-eu-west-1");
    Path project = validatedProject();
    CliRun run = publish(project);
    assertThat(run.code()).as(run.toString()).isEqualTo(Exit.OK);
    assertThat(run.out())
        .as(run.toString())
        .contains("vouched for by cfn-validate.json")
        .contains("Published release ")
        .contains("1 blueprint in aws: 2 uploaded")
        .contains("-> target/cfn-publish/manifest.json");
    // The upload progress goes to stderr; stdout has the results only.
    assertThat(run.err()).contains("uploaded s3://acme-templates-us-east-1/onramp/acme/1.0.0/");
    assertThat(run.out()).doesNotContain("uploaded s3://");
    assertThat(project.resolve("target/cfn-publish/manifest.json")).isRegularFile();

    CliRun links =
        CliRun.in(
            project,
            "links",
            "-Dcfn.tenants=tenants.csv",
            "-Dcfn.links.release=1.0.0",
            "-Dcfn.s3.endpoint=" + endpoint,
            "-Dcfn.s3.pathStyle=true");
    assertThat(links.code()).as(links.toString()).isEqualTo(Exit.OK);
    assertThat(project.resolve("target/cfn-links/acme/links.json")).isRegularFile();
    assertThat(links.out() + links.err()).doesNotContain(CliRun.SECRET);
  }

  @Test
  void publishWithoutTheBucketFailsAndSaysWhichToCreate() {
    Path project = validatedProject();
    CliRun run = publish(project);
    assertThat(run.code()).as(run.toString()).isEqualTo(Exit.FAILED);
    assertThat(run.err())
        .as(run.toString())
        .contains("bucket acme-templates-us-east-1 does not exist in us-east-1")
        .contains("fix: create the bucket acme-templates-us-east-1 in us-east-1");
  }

  @Test
  void publishOfTemplatesValidateDidNotVouchForIsRefused() {
    createBuckets("acme-templates-us-east-1", "acme-templates-eu-west-1");
    Path project = CliRun.fixture("acme", dir);
    CliRun run = publish(project);
    assertThat(run.code()).as(run.toString()).isEqualTo(Exit.FAILED);
    assertThat(run.err()).contains("see above; nothing was written");
  }

  @Test
  void anUnreachableStoreIsAnEnvironmentError() {
    Path project = validatedProject();
    CliRun run =
        CliRun.in(
            project,
            "publish",
            "--s3-endpoint",
            "http://127.0.0.1:1",
            "--s3-path-style",
            "--max-attempts",
            "1");
    assertThat(run.code()).as(run.toString()).isEqualTo(Exit.ENVIRONMENT);
    assertThat(run.err()).contains("fix: check the network connection");
  }

  @Test
  void linksForAReleaseThatWasNeverPublishedFail() {
    createBuckets("acme-templates-us-east-1", "acme-templates-eu-west-1");
    Path project = CliRun.fixture("acme", dir);
    CliRun run =
        CliRun.in(
            project,
            "links",
            "--tenants",
            "tenants.csv",
            "--release",
            "9.9.9",
            "--s3-endpoint",
            endpoint,
            "--s3-path-style");
    assertThat(run.code()).as(run.toString()).isEqualTo(Exit.FAILED);
    assertThat(run.err()).as(run.toString()).contains("9.9.9");
  }
}
