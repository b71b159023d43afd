package dev.onramp.maven;

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
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;

/**
 * Writes every tenant's quick-create link: for each published blueprint, a folder with {@code
 * links.json} and {@code links.csv} with, per tenant and region, the console link, the stack name
 * and the tenant's ExternalId (an HMAC of the tenant id under the vendor secret, which is read from
 * settings.xml, a file or an environment variable and never logged or written).
 */
@Mojo(name = "links", threadSafe = true)
public final class LinksMojo extends AbstractReleaseMojo {

  /**
   * The tenant file: CSV with a header row {@code tenant[,region][,stackName][,blueprint]} and a
   * {@code param:NAME} column per template parameter to fill in.
   */
  @Parameter(property = "cfn.tenants", required = true)
  private File tenants;

  /** Where the links go, a folder per blueprint. */
  @Parameter(
      property = "cfn.links.directory",
      defaultValue = "${project.build.directory}/cfn-links",
      required = true)
  private File linksDirectory;

  /** Blueprints to make links for; default every published blueprint. */
  @Parameter(property = "cfn.links.blueprints")
  private List<String> linkBlueprints;

  /** The environment variable that holds the vendor secret (at least 32 bytes, as UTF-8). */
  @Parameter(property = "cfn.links.secretEnv", defaultValue = "ONRAMP_TENANT_SECRET")
  private String secretEnv;

  /**
   * A {@code settings.xml} server whose password is the vendor secret (it may be encrypted); used
   * instead of the environment variable when set.
   */
  @Parameter(property = "cfn.links.secretServer")
  private String secretServer;

  /**
   * A file whose content is the vendor secret (a trailing line break is ignored); used instead of
   * the environment variable when set. Keep it out of version control, except for a demo.
   */
  @Parameter(property = "cfn.links.secretFile")
  private File secretFile;

  /**
   * Presign every link's template URL for this long (at most 7 days; {@code PT12H} or {@code 12h},
   * {@code 7d}), so the bucket need not be public; uses the S3 credentials (cfn.s3.serverId or the
   * default chain), which must be long-term: a session token makes the URL too long for
   * CloudFormation. Default: plain URLs.
   */
  @Parameter(property = "cfn.links.presign")
  private String presign;

  /**
   * Makes the links for this published version of each blueprint instead of the build's own, for
   * example {@code -Dcfn.links.release=1.2.0}: the release history in S3 names the version's
   * template, which is read back (with the S3 credentials, as for cfn:publish) and checked against
   * its SHA-256. Default: the templates this build generates.
   */
  @Parameter(property = "cfn.links.release")
  private String linkRelease;

  /**
   * Skips cfn:links alone, for example {@code -Dcfn.links.skip=true}, while the build's other cfn
   * goals run; {@code cfn.skip} skips them all.
   */
  @Parameter(property = "cfn.links.skip", defaultValue = "false")
  private boolean skipLinks;

  public LinksMojo() {
    super("links", "the tenant links");
  }

  @Override
  protected boolean skipGoal() {
    return skipLinks;
  }

  @Override
  protected void run() throws MojoExecutionException, MojoFailureException, OnrampException {
    VendorSecret secret = secret();
    Release release = release();
    LinksRequest request =
        new LinksRequest(
            release, tenants.toPath(), linksDirectory.toPath(), linkBlueprints, secret);
    boolean pinned = linkRelease != null && !linkRelease.isBlank();
    boolean presigned = presign != null && !presign.isBlank();
    LinksResult result;
    try (S3Access access = pinned || presigned ? s3Access() : null) {
      if (pinned) {
        request =
            request.withReleased(
                ReleasedTemplates.of(
                    access, release.plan(), request.blueprints(), linkRelease.strip()));
      }
      result = onramp.links(presigned ? request.withSigner(signer(access)) : request);
    } catch (PublishException e) {
      throw new MojoFailureException(
          e.hint().isEmpty() ? e.problem() : e.problem() + "\n  fix: " + e.hint());
    }
    result.blueprints().forEach(written -> getLog().info(written.summary(base())));
  }

  /** The vendor secret's own parameter names it in errors: the one the secret was read from. */
  @Override
  protected String settingName(Setting setting) {
    if (setting != Setting.VENDOR_SECRET) {
      return super.settingName(setting);
    }
    if (secretServer != null && !secretServer.isBlank()) {
      return "cfn.links.secretServer";
    }
    return secretFile != null ? "cfn.links.secretFile" : "cfn.links.secretEnv";
  }

  /** Presigns each link's template URL for the {@code presign} time. */
  private S3TemplateSigner signer(S3Access access) throws MojoFailureException {
    Duration validity = Durations.parse(presign, "cfn.links.presign");
    try {
      return new S3TemplateSigner(access, validity);
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException(
          "cfn.links.presign: " + e.getMessage() + "\n  fix: give a validity up to 7 days");
    }
  }

  /** The vendor secret, from settings.xml or the environment; its value never reaches a message. */
  private VendorSecret secret() throws MojoExecutionException, MojoFailureException {
    String value;
    String origin;
    if (secretServer != null && !secretServer.isBlank()) {
      Server server = server(secretServer, "the vendor secret of the tenant ExternalIds");
      value = server.getPassword();
      origin = "the password of settings.xml server '" + secretServer + "'";
    } else if (secretFile != null) {
      origin = "secret file " + shown(secretFile.toPath());
      try {
        value = Files.readString(secretFile.toPath(), StandardCharsets.UTF_8).stripTrailing();
      } catch (NoSuchFileException e) {
        throw new MojoFailureException(
            "cfn.links.secretFile: "
                + origin
                + " does not exist\n  fix: write the secret into it (e.g. 'openssl rand -base64 48"
                + " > file'), or leave cfn.links.secretFile out to read "
                + secretEnv);
      } catch (IOException e) {
        throw new MojoExecutionException("Could not read the " + origin + ": " + e, e);
      }
    } else {
      value = System.getenv(secretEnv);
      origin = "environment variable " + secretEnv;
    }
    if (value == null || value.isEmpty()) {
      throw new MojoFailureException(
          settingName(Setting.VENDOR_SECRET)
              + ": "
              + origin
              + " is not set; tenant ExternalIds are derived from it\n  fix: export "
              + secretEnv
              + "=<at least 32 random bytes, e.g. from 'openssl rand -base64 48'> from your secret"
              + " store, or name a settings.xml server with -Dcfn.links.secretServer=<id>; keep"
              + " the same secret for good, since changing it changes every tenant's ExternalId");
    }
    return VendorSecret.of(value, origin);
  }
}
