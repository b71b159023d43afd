package dev.onramp.cli;

import dev.onramp.api.LinksRequest;
import dev.onramp.api.LinksResult;
import dev.onramp.api.OnrampException;
import dev.onramp.api.Release;
import dev.onramp.api.Setting;
import dev.onramp.api.VendorSecret;
import dev.onramp.publish.s3.PublishException;
import dev.onramp.publish.s3.ReleasedTemplates;
import dev.onramp.publish.s3.S3Access;
import dev.onramp.publish.s3.S3TemplateSigner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** {@code onramp links}: cfn:links on the command line. */
final class LinksCommand extends ReleaseCommand {
  static final Option TENANTS =
      Option.value(
          "tenants",
          "cfn.tenants",
          "<file>",
          "Required. The tenant file: CSV with a header row tenant[,region][,stackName].");
  static final Option LINKS_DIRECTORY =
      Option.value(
              "links-directory",
              "cfn.links.directory",
              "<dir>",
              "Where the links go, a folder per blueprint.")
          .withDefault("target/cfn-links");
  static final Option LINKS_BLUEPRINTS =
      Option.list(
          "links-blueprints",
          "cfn.links.blueprints",
          "<name,...>",
          "Blueprints to make links for; default every published blueprint.");
  static final Option SECRET_ENV =
      Option.value(
              "secret-env",
              "cfn.links.secretEnv",
              "<variable>",
              "The environment variable that holds the vendor secret (at least 32 bytes, as"
                  + " UTF-8).")
          .withDefault("ONRAMP_TENANT_SECRET");
  static final Option SECRET_FILE =
      Option.value(
          "secret-file",
          "cfn.links.secretFile",
          "<file>",
          "A file whose content is the vendor secret (a trailing line break is ignored); used"
              + " instead of the environment variable when set.");
  static final Option SECRET_SERVER =
      Option.unsupported(
          "secret-server",
          "cfn.links.secretServer",
          "give the vendor secret in the environment variable of --secret-env (default"
              + " ONRAMP_TENANT_SECRET) or in the file of --secret-file");
  static final Option PRESIGN =
      Option.value(
          "presign",
          "cfn.links.presign",
          "<duration>",
          "Presign every link's template URL for this long (at most 7 days; 12h, 7d or PT12H),"
              + " with the S3 credentials, which must be long-term. Default: plain URLs.");
  static final Option RELEASE =
      Option.value(
          "release",
          "cfn.links.release",
          "<version>",
          "Make the links for this published version of each blueprint instead of this"
              + " project's own, read back from the release history in S3 and checked against its"
              + " SHA-256.");

  LinksCommand() {
    super(
        "links",
        "the tenant links",
        "Writes every tenant's quick-create link: for each published blueprint, a folder with"
            + " links.json and links.csv with, per tenant and region, the console link, the stack"
            + " name and the tenant's ExternalId (an HMAC of the tenant id under the vendor"
            + " secret, which is read from an environment variable or a file and never printed"
            + " or written).");
  }

  @Override
  protected List<Option> ownOptions() {
    return List.of(
        PARTITION,
        S3_ENDPOINT,
        S3_PATH_STYLE,
        S3_SERVER_ID,
        TENANTS,
        LINKS_DIRECTORY,
        LINKS_BLUEPRINTS,
        SECRET_ENV,
        SECRET_FILE,
        SECRET_SERVER,
        PRESIGN,
        RELEASE);
  }

  @Override
  protected void run(Invocation in) throws CommandException, OnrampException {
    Arguments args = in.args();
    Path tenants = args.requiredPath(TENANTS);
    VendorSecret secret = secret(in);
    Release release = release(in);
    LinksRequest request =
        new LinksRequest(
            release,
            tenants,
            args.path(LINKS_DIRECTORY).orElseThrow(),
            args.list(LINKS_BLUEPRINTS),
            secret);
    Optional<String> pinned = args.value(RELEASE);
    Optional<String> presign = args.value(PRESIGN);
    LinksResult result;
    try (S3Access access = pinned.isPresent() || presign.isPresent() ? s3Access(in) : null) {
      if (pinned.isPresent()) {
        request =
            request.withReleased(
                ReleasedTemplates.of(
                    access, release.plan(), request.blueprints(), pinned.get().strip()));
      }
      result =
          onramp.links(
              presign.isPresent() ? request.withSigner(signer(access, presign.get())) : request);
    } catch (PublishException e) {
      throw failure(e);
    }
    result.blueprints().forEach(written -> in.console().info(written.summary(in.base())));
  }

  /** The vendor secret's own option names it in errors: the one the secret was read from. */
  @Override
  protected String settingName(Setting setting, Arguments arguments) {
    if (setting != Setting.VENDOR_SECRET) {
      return super.settingName(setting, arguments);
    }
    return arguments.value(SECRET_FILE).isPresent() ? SECRET_FILE.longName() : "--secret-env";
  }

  private static S3TemplateSigner signer(S3Access access, String presign) throws CommandException {
    Duration validity = Durations.parse(presign, PRESIGN);
    try {
      return new S3TemplateSigner(access, validity);
    } catch (IllegalArgumentException e) {
      throw CommandException.usage(
          "--presign: " + e.getMessage() + "\n  fix: give a validity up to 7 days");
    }
  }

  /** The vendor secret, from a file or the environment; its value never reaches a message. */
  private static VendorSecret secret(Invocation in) throws CommandException {
    Arguments args = in.args();
    String secretEnv = args.required(SECRET_ENV);
    Optional<Path> secretFile = args.path(SECRET_FILE);
    String value;
    String origin;
    if (secretFile.isPresent()) {
      origin = "secret file " + in.shown(secretFile.get());
      try {
        value = Files.readString(secretFile.get(), StandardCharsets.UTF_8).stripTrailing();
      } catch (NoSuchFileException e) {
        throw CommandException.usage(
            "--secret-file: "
                + origin
                + " does not exist\n  fix: write the secret into it (e.g. 'openssl rand -base64 48"
                + " > file'), or leave --secret-file out to read "
                + secretEnv);
      } catch (IOException e) {
        throw CommandException.environment("Could not read the " + origin + ": " + e, e);
      }
    } else {
      value = in.environment().get(secretEnv);
      origin = "environment variable " + secretEnv;
    }
    if (value == null || value.isEmpty()) {
      throw CommandException.usage(
          (secretFile.isPresent() ? "--secret-file" : "--secret-env")
              + ": "
              + origin
              + " is not set; tenant ExternalIds are derived from it\n  fix: export "
              + secretEnv
              + "=<at least 32 random bytes, e.g. from 'openssl rand -base64 48'> from your secret"
              + " store, or give a file with --secret-file; keep the same secret for good, since"
              + " changing it changes every tenant's ExternalId");
    }
    return VendorSecret.of(value, origin);
  }
}
