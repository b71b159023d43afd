package dev.onramp.cli;

import dev.onramp.api.OnrampException;
import dev.onramp.api.Release;
import dev.onramp.api.ReleaseRequest;
import dev.onramp.publish.s3.PublishException;
import dev.onramp.publish.s3.S3Access;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * The commands of a release (links, publish): which partition it covers and how S3 is reached. The
 * S3 credentials come from the AWS SDK's default chain (AWS_ACCESS_KEY_ID and
 * AWS_SECRET_ACCESS_KEY, AWS_PROFILE and ~/.aws, a container or instance role): a command line has
 * no settings.xml, so the plugin's cfn.s3.serverId is refused with that advice.
 */
abstract class ReleaseCommand extends Command {
  static final Option PARTITION =
      Option.value(
          "partition",
          "cfn.publish.partition",
          "<partition>",
          "The partition to publish or link: aws, aws-us-gov or aws-cn. Needed only when the"
              + " blueprints list regions of several partitions.");
  static final Option S3_ENDPOINT =
      Option.value(
          "s3-endpoint",
          "cfn.s3.endpoint",
          "<url>",
          "The S3 endpoint of an S3-compatible store (MinIO, S3Proxy, a VPC endpoint); default"
              + " the AWS endpoint of each bucket's region.");
  static final Option S3_PATH_STYLE =
      Option.flag(
          "s3-path-style",
          "cfn.s3.pathStyle",
          "Path-style addressing (https://host/bucket/key) for stores without bucket DNS names.");
  static final Option S3_SERVER_ID =
      Option.unsupported(
          "s3-server-id",
          "cfn.s3.serverId",
          "leave it out: the command line takes the S3 credentials from the AWS SDK's default"
              + " chain (AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, AWS_PROFILE and ~/.aws, or a"
              + " container or instance role)");

  protected ReleaseCommand(String name, String activity, String summary) {
    super(name, activity, summary);
  }

  /** Compiles the blueprints and plans the release: what goes where, decided before any upload. */
  protected Release release(Invocation in) throws OnrampException {
    Release release =
        onramp.release(new ReleaseRequest(in.projectBlueprints(), in.args().value(PARTITION)));
    release.warnings().forEach(in.console()::log);
    return release;
  }

  /** How to reach S3, from the options above; close it after use. */
  protected S3Access s3Access(Invocation in) throws CommandException {
    S3Access access = S3Access.defaultCredentials();
    Optional<String> given = in.args().value(S3_ENDPOINT);
    if (given.isEmpty()) {
      return access;
    }
    URI endpoint;
    try {
      endpoint = new URI(given.get().strip());
    } catch (URISyntaxException e) {
      access.close();
      throw CommandException.usage(
          "--s3-endpoint '"
              + given.get()
              + "' is not a URI: "
              + e.getReason()
              + "\n  fix: give the store's base URL, e.g. https://minio.example.com:9000");
    }
    if (endpoint.getScheme() == null || endpoint.getHost() == null) {
      access.close();
      throw CommandException.usage(
          "--s3-endpoint '"
              + given.get()
              + "' has no scheme or host\n  fix: give the store's base URL, e.g."
              + " https://minio.example.com:9000");
    }
    return access.withEndpoint(endpoint, in.args().flag(S3_PATH_STYLE));
  }

  /**
   * A failed publication as the plugin words it: the problem and the fix. S3 not reached at all (no
   * answer, a timeout, no credentials found) is the environment's failure; an answer of S3 (a
   * missing bucket, access denied) or a refused release is a failed check.
   */
  static CommandException failure(PublishException e) {
    String message = e.hint().isEmpty() ? e.problem() : e.problem() + "\n  fix: " + e.hint();
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof SdkClientException) {
        return CommandException.environment(message, e);
      }
    }
    return CommandException.failed(message);
  }
}
