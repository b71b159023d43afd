package dev.onramp.maven;

import dev.onramp.publish.s3.S3Access;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * S3Proxy for the invoker ITs that publish: started by an IT's {@code prebuild.groovy} in the
 * invoker's JVM (the plugin's test classpath is the hook scripts' classpath), with an in-memory
 * store and SigV4 enforced, and stopped by its {@code verify.groovy}. The IT's builds find it
 * through {@code .mvn/maven.config}, which Maven reads from the IT's folder: the endpoint, path
 * style and the {@code settings.xml} server holding the credentials below.
 */
public final class InvokerS3 {
  /** The {@code settings.xml} server of the ITs whose username and password are these. */
  public static final String SERVER_ID = "onramp-it-s3";

  static final String ACCESS_KEY = "AKIAONRAMPINVOKER001";
  static final String SECRET_KEY = "onramp/invoker/secret/key/0123456789abcdefg";

  private static S3Proxy proxy;
  private static S3Access access;

  private InvokerS3() {}

  /**
   * Starts the store with {@code buckets} and points the IT's builds at it.
   *
   * @param basedir the IT's folder, where {@code .mvn/maven.config} is written
   */
  public static synchronized void start(Path basedir, String... buckets) throws Exception {
    if (proxy != null) {
      throw new IllegalStateException("S3Proxy is already running for another IT");
    }
    S3Proxy started =
        S3Proxy.builder()
            .blobStore(BlobStores.create("transient", new Properties()))
            .endpoint(URI.create("http://127.0.0.1:0"))
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
            .build();
    started.start();
    for (int i = 0; i < 500 && !"STARTED".equals(started.getState()); i++) {
      Thread.sleep(10);
    }
    proxy = started;
    access =
        S3Access.of(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
            .withEndpoint(URI.create("http://127.0.0.1:" + started.getPort()), true);
    for (String bucket : buckets) {
      client().createBucket(r -> r.bucket(bucket));
    }
    Path config = Files.createDirectories(basedir.resolve(".mvn")).resolve("maven.config");
    Files.writeString(
        config,
        "-Dcfn.s3.endpoint=http://127.0.0.1:"
            + started.getPort()
            + "\n-Dcfn.s3.pathStyle=true\n-Dcfn.s3.serverId="
            + SERVER_ID
            + "\n",
        StandardCharsets.UTF_8);
  }

  /** Every key of {@code bucket} with its bytes, as UTF-8 text. */
  public static synchronized Map<String, String> contents(String bucket) {
    Map<String, String> all = new TreeMap<>();
    for (S3Object object : client().listObjectsV2Paginator(r -> r.bucket(bucket)).contents()) {
      get(bucket, object.key()).ifPresent(text -> all.put(object.key(), text));
    }
    return all;
  }

  /** The object's bytes as UTF-8 text, if there is one. */
  public static synchronized Optional<String> get(String bucket, String key) {
    try {
      return Optional.of(
          client()
              .getObjectAsBytes(r -> r.bucket(bucket).key(key))
              .asString(StandardCharsets.UTF_8));
    } catch (NoSuchKeyException e) {
      return Optional.empty();
    }
  }

  private static S3Client client() {
    return access.client("us-east-1");
  }

  /** Stops the store; the next IT may start its own. */
  public static synchronized void stop() throws Exception {
    if (proxy != null) {
      access.close();
      proxy.stop();
      proxy = null;
      access = null;
    }
  }
}
