package dev.onramp.maven;

import dev.onramp.api.InvalidInputException;
import dev.onramp.api.OnrampException;
import dev.onramp.api.PublishGateRequest;
import dev.onramp.api.Release;
import dev.onramp.publish.s3.PublishException;
import dev.onramp.publish.s3.PublishResult;
import dev.onramp.publish.s3.S3Access;
import dev.onramp.publish.s3.S3Publisher;
import java.io.File;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Publishes the blueprints' templates to S3 under immutable, content-addressed keys (the prefix,
 * the blueprint, its version and the template's SHA-256: {@code onramp/acme/1.0.0/9f86d0...yaml})
 * in the bucket of every region, then the manifest. A key already holding the same bytes is
 * skipped; one holding other bytes, or another template under the same version, stops the release
 * before anything is written. Then the release's own manifest ({@code
 * PREFIX/releases/RELEASE-ID.json}) and its entry in each blueprint's release index ({@code
 * PREFIX/BLUEPRINT/releases.json}); the latest manifest goes last, so it never names a missing
 * object, and a copy is kept in {@code target/cfn-publish/manifest.json}.
 *
 * <p>Publishing is gated by the checks: every template to upload must pass Onramp's own security
 * checks, and a {@code cfn:validate} report of the same bytes (or its cfn-lint cache) must vouch
 * that cfn-lint passes it; otherwise nothing is written. {@code mvn deploy} runs cfn:validate in
 * its verify phase first. There is no switch to skip the gate.
 */
@Mojo(name = "publish", defaultPhase = LifecyclePhase.DEPLOY, threadSafe = true)
public final class PublishMojo extends AbstractReleaseMojo {

  /** Where the local copy of the release's manifest goes. */
  @Parameter(
      property = "cfn.publish.manifestFile",
      defaultValue = "${project.build.directory}/cfn-publish/manifest.json",
      required = true)
  private File manifestFile;

  /**
   * Where cfn:validate wrote its reports, whose {@code cfn-validate.json} vouches for templates.
   */
  @Parameter(
      property = "cfn.reportDirectory",
      defaultValue = "${project.build.directory}/cfn-reports",
      required = true)
  private File reportDirectory;

  /** The cfn-lint cache cfn:validate keeps, read for templates its report does not list. */
  @Parameter(defaultValue = "${project.build.directory}/cfn-lint-cache", required = true)
  private File cacheDirectory;

  /** Prints what would be uploaded where, without reaching S3. */
  @Parameter(property = "cfn.publish.dryRun", defaultValue = "false")
  private boolean dryRun;

  /**
   * Attempts per S3 request, the first included. 5xx answers, throttling, dropped connections and
   * timeouts are retried with jittered backoff; other 4xx answers are not.
   */
  @Parameter(property = "cfn.publish.maxAttempts", defaultValue = "4")
  private int maxAttempts;

  /** How long one attempt of an S3 request may take: {@code 20s}, {@code 1m} or ISO-8601. */
  @Parameter(property = "cfn.publish.attemptTimeout", defaultValue = "20s")
  private String attemptTimeout;

  /** How long one S3 request may take with all its attempts and their backoff. */
  @Parameter(property = "cfn.publish.requestTimeout", defaultValue = "2m")
  private String requestTimeout;

  /**
   * Approves, with the reason given, that this release grants more access than the latest published
   * release of a blueprint; without it such a release is refused before anything is written. The
   * release manifest records the reason and the diff's summary per blueprint.
   */
  @Parameter(property = "cfn.publish.approveEscalation")
  private String approveEscalation;

  /**
   * Skips cfn:publish alone, for example {@code -Dcfn.publish.skip=true}, while the build's other
   * cfn goals run; {@code cfn.skip} skips them all.
   */
  @Parameter(property = "cfn.publish.skip", defaultValue = "false")
  private boolean skipPublish;

  public PublishMojo() {
    super("publish", "publishing");
  }

  @Override
  protected boolean skipGoal() {
    return skipPublish;
  }

  @Override
  protected void run() throws MojoFailureException, OnrampException {
    S3Access.Retries retries = PublishRetries.of(maxAttempts, attemptTimeout, requestTimeout);
    Release release = release();
    PublishGateRequest gate =
        new PublishGateRequest(release, reportDirectory.toPath(), cacheDirectory.toPath());
    if (dryRun) {
      release.dryRun().forEach(line -> getLog().info(line));
      try {
        onramp.checkPublishable(gate).messages().forEach(this::log);
      } catch (InvalidInputException e) {
        // A dry run shows what publishing would refuse, as warnings: it succeeds and writes
        // nothing.
        e.messages().forEach(message -> getLog().warn(message.text()));
        getLog().warn("cfn:publish would refuse this release: " + e.summary());
      }
      return;
    }
    onramp.checkPublishable(gate).messages().forEach(this::log);
    PublishResult result;
    try (S3Access access = s3Access();
        S3Access retrying = access.withRetries(retries)) {
      result =
          new S3Publisher(retrying)
              .publish(
                  release.plan(), Release.escalationApproval(approveEscalation), getLog()::info);
    } catch (PublishException e) {
      // Maven prints the message at the end of the build, so it is not logged here as well; no
      // cause either, whose message Maven would append, saying the same again.
      throw new MojoFailureException(
          e.hint().isEmpty() ? e.problem() : e.problem() + "\n  fix: " + e.hint());
    }
    Path local = manifestFile.toPath();
    release.writeManifestCopy(local, result.manifest());
    getLog()
        .info(
            result.summary(
                release.blueprintCount(), String.valueOf(release.partition()), shown(local)));
  }
}
