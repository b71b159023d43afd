package dev.onramp.maven;

import dev.onramp.api.OnrampException;
import dev.onramp.api.Release;
import dev.onramp.api.ReleaseRequest;
import dev.onramp.publish.s3.S3Access;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * The goals of a release (cfn:publish, cfn:links): which partition it covers, and the servers of
 * {@code settings.xml} its credentials and secrets may come from.
 */
abstract class AbstractReleaseMojo extends AbstractBlueprintMojo {

  protected AbstractReleaseMojo(String goal, String activity) {
    super(goal, activity);
  }

  /**
   * The partition to publish or link: {@code aws}, {@code aws-us-gov} or {@code aws-cn}. Needed
   * only when the blueprints list regions of several partitions, each of which has its own
   * credentials and buckets.
   */
  @Parameter(property = "cfn.publish.partition")
  protected String partition;

  /**
   * The S3 endpoint of an S3-compatible store (MinIO, S3Proxy, a VPC endpoint); default the AWS
   * endpoint of each bucket's region.
   */
  @Parameter(property = "cfn.s3.endpoint")
  protected String s3Endpoint;

  /**
   * Path-style addressing ({@code https://host/bucket/key}) for stores without bucket DNS names.
   */
  @Parameter(property = "cfn.s3.pathStyle", defaultValue = "false")
  protected boolean s3PathStyle;

  /**
   * A {@code settings.xml} server with the S3 credentials: the access key id as its username, the
   * secret access key as its password (which may be encrypted). Default: the AWS SDK's default
   * chain (environment, {@code AWS_PROFILE} and {@code ~/.aws}, container or instance role).
   */
  @Parameter(property = "cfn.s3.serverId")
  protected String s3ServerId;

  @Parameter(defaultValue = "${settings}", readonly = true, required = true)
  protected Settings settings;

  @Inject protected SettingsDecrypter settingsDecrypter;

  /** Compiles the blueprints and plans the release: what goes where, decided before any upload. */
  protected Release release() throws OnrampException {
    Release release =
        onramp.release(new ReleaseRequest(projectBlueprints(), Optional.ofNullable(partition)));
    release.warnings().forEach(this::log);
    return release;
  }

  /** How to reach S3, from the parameters above; close it after use. */
  protected S3Access s3Access() throws MojoFailureException {
    S3Access access;
    if (s3ServerId != null && !s3ServerId.isBlank()) {
      Server server = server(s3ServerId, "the S3 credentials");
      if (server.getUsername() == null || server.getPassword() == null) {
        throw new MojoFailureException(
            "settings.xml server '"
                + s3ServerId
                + "' lacks a username or password\n  fix: put the access key id in <username>"
                + " and the secret access key in <password>");
      }
      access =
          S3Access.of(
              StaticCredentialsProvider.create(
                  AwsBasicCredentials.create(server.getUsername(), server.getPassword())));
    } else {
      access = S3Access.defaultCredentials();
    }
    if (s3Endpoint == null || s3Endpoint.isBlank()) {
      return access;
    }
    URI endpoint;
    try {
      endpoint = new URI(s3Endpoint.strip());
    } catch (URISyntaxException e) {
      throw new MojoFailureException(
          "cfn.s3.endpoint '"
              + s3Endpoint
              + "' is not a URI: "
              + e.getReason()
              + "\n  fix: give the store's base URL, e.g. https://minio.example.com:9000");
    }
    if (endpoint.getScheme() == null || endpoint.getHost() == null) {
      throw new MojoFailureException(
          "cfn.s3.endpoint '"
              + s3Endpoint
              + "' has no scheme or host\n  fix: give the store's base URL, e.g."
              + " https://minio.example.com:9000");
    }
    return access.withEndpoint(endpoint, s3PathStyle);
  }

  /**
   * A server of {@code settings.xml}, its password decrypted. Its values are never logged.
   *
   * @param purpose what the server is for, in errors
   */
  protected Server server(String id, String purpose) throws MojoFailureException {
    Server server = settings.getServer(id);
    if (server == null) {
      throw new MojoFailureException(
          "settings.xml has no server '"
              + id
              + "' ("
              + purpose
              + ")\n  fix: add <server><id>"
              + id
              + "</id>...</server> to ~/.m2/settings.xml, or leave the setting out");
    }
    SettingsDecryptionResult result =
        settingsDecrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
    for (SettingsProblem problem : result.getProblems()) {
      if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
        throw new MojoFailureException(
            "the password of settings.xml server '"
                + id
                + "' cannot be decrypted: "
                + problem.getMessage()
                + "\n  fix: check ~/.m2/settings-security.xml, or write the value unencrypted");
      }
    }
    return result.getServer();
  }
}
