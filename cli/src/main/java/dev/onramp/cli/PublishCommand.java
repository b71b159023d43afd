package dev.onramp.cli;

import dev.onramp.api.InvalidInputException;
import dev.onramp.api.OnrampException;
import dev.onramp.api.PublishGateRequest;
import dev.onramp.api.Release;
import dev.onramp.publish.s3.PublishException;
import dev.onramp.publish.s3.PublishResult;
import dev.onramp.publish.s3.PublishSettings;
import dev.onramp.publish.s3.S3Access;
import dev.onramp.publish.s3.S3Publisher;
import java.nio.file.Path;
import java.util.List;

/** {@code onramp publish}: cfn:publish on the command line. */
final class PublishCommand extends ReleaseCommand {
  /** More attempts than this only delay a failure that is not going away (as the plugin). */
  static final Option MANIFEST_FILE =
      Option.value(
              "manifest-file",
              "cfn.publish.manifestFile",
              "<file>",
              "Where the local copy of the release's manifest goes.")
          .withDefault("target/cfn-publish/manifest.json");

  static final Option DRY_RUN =
      Option.flag(
          "dry-run",
          "cfn.publish.dryRun",
          "Print what would be uploaded where, without reaching S3.");
  static final Option MAX_ATTEMPTS_OPTION =
      Option.value(
              "max-attempts",
              "cfn.publish.maxAttempts",
              "<n>",
              "Attempts per S3 request, the first included. 5xx answers, throttling, dropped"
                  + " connections and timeouts are retried with jittered backoff.")
          .withDefault(String.valueOf(S3Access.Retries.DEFAULT.maxAttempts()));
  static final Option ATTEMPT_TIMEOUT =
      Option.value(
              "attempt-timeout",
              "cfn.publish.attemptTimeout",
              "<duration>",
              "How long one attempt of an S3 request may take: 20s, 1m or ISO-8601.")
          .withDefault("20s");
  static final Option REQUEST_TIMEOUT =
      Option.value(
              "request-timeout",
              "cfn.publish.requestTimeout",
              "<duration>",
              "How long one S3 request may take with all its attempts and their backoff.")
          .withDefault("2m");
  static final Option APPROVE_ESCALATION =
      Option.value(
          "approve-escalation",
          "cfn.publish.approveEscalation",
          "<reason>",
          "Approve, with the reason given, that this release grants more access than the latest"
              + " published release of a blueprint; without it such a release is refused.");

  PublishCommand() {
    super(
        "publish",
        "publishing",
        "Publishes the blueprints' templates to S3 under immutable, content-addressed keys in the"
            + " bucket of every region, then the manifests; a copy of the release's manifest is"
            + " kept in --manifest-file. Every template must pass Onramp's security checks and be"
            + " vouched for by a validate report of the same bytes; otherwise nothing is"
            + " written.");
  }

  @Override
  protected List<Option> ownOptions() {
    return List.of(
        PARTITION,
        S3_ENDPOINT,
        S3_PATH_STYLE,
        S3_SERVER_ID,
        MANIFEST_FILE,
        ValidateCommand.REPORT_DIRECTORY,
        ValidateCommand.CACHE_DIRECTORY,
        DRY_RUN,
        MAX_ATTEMPTS_OPTION,
        ATTEMPT_TIMEOUT,
        REQUEST_TIMEOUT,
        APPROVE_ESCALATION);
  }

  @Override
  protected void run(Invocation in) throws CommandException, OnrampException {
    Arguments args = in.args();
    S3Access.Retries retries = retries(args);
    Release release = release(in);
    PublishGateRequest gate =
        new PublishGateRequest(
            release,
            args.path(ValidateCommand.REPORT_DIRECTORY).orElseThrow(),
            args.path(ValidateCommand.CACHE_DIRECTORY).orElseThrow());
    if (args.flag(DRY_RUN)) {
      release.dryRun().forEach(in.console()::info);
      try {
        onramp.checkPublishable(gate).messages().forEach(in.console()::log);
      } catch (InvalidInputException e) {
        // A dry run shows what publishing would refuse, as warnings: it succeeds, writes nothing.
        e.messages().forEach(message -> in.console().warn(message.text()));
        in.console().warn("onramp publish would refuse this release: " + e.summary());
      }
      return;
    }
    onramp.checkPublishable(gate).messages().forEach(in.console()::log);
    PublishResult result;
    try (S3Access access = s3Access(in);
        S3Access retrying = access.withRetries(retries)) {
      result =
          new S3Publisher(retrying)
              .publish(
                  release.plan(),
                  Release.escalationApproval(args.orNull(APPROVE_ESCALATION)),
                  in.console()::note);
    } catch (PublishException e) {
      throw failure(e);
    }
    Path local = args.path(MANIFEST_FILE).orElseThrow();
    release.writeManifestCopy(local, result.manifest());
    in.console()
        .info(
            result.summary(
                release.blueprintCount(), String.valueOf(release.partition()), in.shown(local)));
  }

  /** The retry options as the SDK's retries, checked as the plugin checks them. */
  private static S3Access.Retries retries(Arguments args) throws CommandException {
    try {
      return PublishSettings.retries(
          args.integer(MAX_ATTEMPTS_OPTION),
          args.required(ATTEMPT_TIMEOUT),
          args.required(REQUEST_TIMEOUT),
          name ->
              switch (name) {
                case "maxAttempts" -> MAX_ATTEMPTS_OPTION.toString();
                case "attemptTimeout" -> ATTEMPT_TIMEOUT.toString();
                default -> REQUEST_TIMEOUT.toString();
              });
    } catch (PublishException e) {
      throw CommandException.usage(e.problem() + "\n  fix: " + e.hint());
    }
  }
}
