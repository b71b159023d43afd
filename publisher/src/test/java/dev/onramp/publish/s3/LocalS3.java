package dev.onramp.publish.s3;

import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import dev.onramp.publish.PublicationPlan;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * S3Proxy in this JVM on a random port of 127.0.0.1, with an in-memory store and SigV4 enforced: a
 * wrong secret, a tampered or an expired presigned URL get 403 as they would from S3.
 */
final class LocalS3 implements AutoCloseable {
  static final String ACCESS_KEY = "AKIAONRAMPTEST000001";
  static final String SECRET_KEY = "onramp/test/secret/key/0123456789abcdefghij";

  private final S3Proxy proxy;
  private final URI endpoint;
  private final S3Access access;

  private LocalS3(S3Proxy proxy, URI endpoint) {
    this.proxy = proxy;
    this.endpoint = endpoint;
    this.access = accessWith(SECRET_KEY);
  }

  static LocalS3 start() throws Exception {
    S3Proxy proxy =
        S3Proxy.builder()
            .blobStore(BlobStores.create("transient", new Properties()))
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
            .build();
    proxy.start();
    for (int i = 0; i < 500 && !"STARTED".equals(proxy.getState()); i++) {
      Thread.sleep(10);
    }
    return new LocalS3(proxy, URI.create("http://127.0.0.1:" + proxy.getPort()));
  }

  URI endpoint() {
    return endpoint;
  }

  /** Access with the right credentials; closed with this. */
  S3Access access() {
    return access;
  }

  /** Access with the right key id and {@code secret}; the caller closes it. */
  S3Access accessWith(String secret) {
    return S3Access.of(
            StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, secret)))
        .withEndpoint(endpoint, true);
  }

  S3Client client(String region) {
    return access.client(region);
  }

  void createBuckets(String... buckets) {
    for (String bucket : buckets) {
      client("us-east-1").createBucket(r -> r.bucket(bucket));
    }
  }

  void put(String bucket, String key, byte[] bytes) {
    client("us-east-1").putObject(r -> r.bucket(bucket).key(key), RequestBody.fromBytes(bytes));
  }

  Optional<byte[]> get(String bucket, String key) {
    try {
      return Optional.of(
          client("us-east-1").getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray());
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    }
  }

  List<String> keys(String bucket) {
    return client("us-east-1").listObjectsV2(r -> r.bucket(bucket)).contents().stream()
        .map(o -> o.key())
        .sorted()
        .toList();
  }

  @Override
  public void close() {
    access.close();
    try {
      proxy.stop();
    } catch (Exception e) {
      throw new IllegalStateException("S3Proxy did not stop", e);
    }
  }

  /**
   * The plan of a small blueprint published to {@code <bucketBase>-us-east-1} and {@code
   * <bucketBase>-eu-west-1}.
   */
  static PublicationPlan plan(String bucketBase) throws Exception {
    return plan(bucketBase, "1.0.0");
  }

  /** The same with another {@code metadata.version}: another release to the same buckets. */
  static PublicationPlan plan(String bucketBase, String version) throws Exception {
    return plan(bucketBase, version, "Lets Acme Cloud read this account's resources.");
  }

  /**
   * The same with another description: another template, under {@code version} (which a release
   * must not publish again with other bytes).
   */
  static PublicationPlan plan(String bucketBase, String version, String description)
      throws Exception {
    String yaml =
        """
        apiVersion: onramp.dev/v1
        kind: Blueprint
        metadata:
          name: acme-portal
          description: Lets Acme Cloud read this account's resources.
          version: 1.0.0
        vendor:
          roleArn: arn:aws:iam::111122223333:role/acme/AcmeCollector
          principal: account-root-narrowed
        parameters:
          - name: AccessLevel
            label: Access level
            default: resources-only
            allowedValues: [resources-only, resources-and-tags]
        roles:
          - id: AcmeAccessRole
            description: Assumed by Acme Cloud with the ExternalId from your Acme workspace.
            policySets:
              - read-only
              - set: resource-tags-read
                when: {parameter: AccessLevel, equals: resources-and-tags}
        outputs:
          - name: AcmeAccessRoleArn
            role: AcmeAccessRole
        regions: [us-east-1, eu-west-1]
        publishing:
          bucket: BASE-{region}
          prefix: releases
        """
            .replace("BASE", bucketBase)
            .replace("Lets Acme Cloud read this account's resources.", description)
            .replace("version: 1.0.0", "version: " + version);
    Generator.Compilation compilation =
        new Generator()
            .compileAll(
                List.of(
                    new BlueprintSource(
                        "src/main/blueprints/acme-portal.yaml",
                        yaml.getBytes(StandardCharsets.UTF_8))),
                Optional.empty());
    return PublicationPlan.of(compilation, Optional.empty());
  }
}
