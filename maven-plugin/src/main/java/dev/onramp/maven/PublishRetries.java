package dev.onramp.maven;

import dev.onramp.publish.s3.PublishException;
import dev.onramp.publish.s3.PublishSettings;
import dev.onramp.publish.s3.S3Access;
import org.apache.maven.plugin.MojoFailureException;

/**
 * cfn:publish's retry parameters as {@link S3Access.Retries}, checked by {@link PublishSettings}.
 */
final class PublishRetries {
  private PublishRetries() {}

  static S3Access.Retries of(int maxAttempts, String attemptTimeout, String requestTimeout)
      throws MojoFailureException {
    try {
      return PublishSettings.retries(
          maxAttempts, attemptTimeout, requestTimeout, name -> "cfn.publish." + name);
    } catch (PublishException e) {
      throw new MojoFailureException(e.problem() + "\n  fix: " + e.hint());
    }
  }
}
