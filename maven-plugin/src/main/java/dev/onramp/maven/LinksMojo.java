package dev.onramp.maven;

import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.link.LinkException;
import dev.onramp.link.Secret;
import dev.onramp.link.TenantExternalIds;
import dev.onramp.publish.LinkFiles;
import dev.onramp.publish.PublicationPlan;
import dev.onramp.publish.PublishedTemplate;
import dev.onramp.publish.TemplateSigner;
import dev.onramp.publish.Tenant;
import dev.onramp.publish.TenantFile;
import dev.onramp.publish.TenantLink;
import dev.onramp.publish.TenantLinks;
import dev.onramp.publish.s3.S3Access;
import dev.onramp.publish.s3.S3TemplateSigner;
import java.io.File;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;

/**
 * Writes every tenant's quick-create link: for each published blueprint, {@code
 * <blueprint>/links.json} and {@code links.csv} with, per tenant and region, the console link, the
 * stack name and the tenant's ExternalId (an HMAC of the tenant id under the vendor secret, which
 * is read from settings.xml, a file or an environment variable and never logged or written).
 */
@Mojo(name = "links", threadSafe = true)
public final class LinksMojo extends AbstractReleaseMojo {

  /** The tenant file: CSV with a header row {@code tenant[,region][,stackName]}. */
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

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping the tenant links (cfn.skip)");
      return;
    }
    TenantExternalIds externalIds = new TenantExternalIds(secret());
    PublicationPlan plan = plan();
    List<Tenant> tenantList = readTenants();
    Map<PublishedTemplate, List<TenantLink>> all;
    try (S3Access access = presign == null || presign.isBlank() ? null : s3Access()) {
      all = links(plan, externalIds, tenantList, signer(access));
    }
    // Every link is made before any file is written: a refused tenant leaves the old files whole.
    for (Map.Entry<PublishedTemplate, List<TenantLink>> entry : all.entrySet()) {
      PublishedTemplate template = entry.getKey();
      Path directory = linksDirectory.toPath().resolve(template.name());
      try {
        LinkFiles.write(directory, template.name(), template.version(), entry.getValue());
      } catch (IOException e) {
        throw new MojoExecutionException("Could not write the links to " + directory + ": " + e, e);
      }
      getLog()
          .info(
              template.name()
                  + ": "
                  + entry.getValue().size()
                  + " links for "
                  + tenantList.size()
                  + (tenantList.size() == 1 ? " tenant" : " tenants")
                  + " in "
                  + String.join(", ", template.byRegion().keySet())
                  + " -> "
                  + SummaryLine.display(directory.resolve(LinkFiles.JSON), base()));
    }
  }

  private Map<PublishedTemplate, List<TenantLink>> links(
      PublicationPlan plan,
      TenantExternalIds externalIds,
      List<Tenant> tenantList,
      Optional<TemplateSigner> signer)
      throws MojoFailureException {
    Map<PublishedTemplate, List<TenantLink>> all = new LinkedHashMap<>();
    try {
      for (PublishedTemplate template : selected(plan)) {
        TenantLinks links = TenantLinks.of(template, externalIds, signer);
        all.put(template, links.links(tenantList, template.name()));
      }
    } catch (BlueprintException e) {
      throw failure(e);
    } catch (LinkException e) {
      throw new MojoFailureException(e.problem() + "\n  fix: " + e.hint());
    }
    return all;
  }

  /** The presigner when links are presigned ({@code access} is then present). */
  private Optional<TemplateSigner> signer(S3Access access) throws MojoFailureException {
    if (access == null) {
      return Optional.empty();
    }
    Duration validity = Durations.parse(presign, "cfn.links.presign");
    try {
      return Optional.of(new S3TemplateSigner(access, validity));
    } catch (IllegalArgumentException e) {
      throw new MojoFailureException(
          "cfn.links.presign: " + e.getMessage() + "\n  fix: give a validity up to 7 days");
    }
  }

  private List<PublishedTemplate> selected(PublicationPlan plan) throws MojoFailureException {
    if (linkBlueprints == null || linkBlueprints.isEmpty()) {
      return plan.templates();
    }
    List<PublishedTemplate> selected = new ArrayList<>();
    for (String name : linkBlueprints) {
      selected.add(
          plan.template(name)
              .orElseThrow(
                  () ->
                      new MojoFailureException(
                          "cfn.links.blueprints names '"
                              + name
                              + "', which this release does not publish\n  fix: use one of "
                              + String.join(
                                  ", ",
                                  plan.templates().stream()
                                      .map(PublishedTemplate::name)
                                      .toList()))));
    }
    return selected;
  }

  private List<Tenant> readTenants() throws MojoExecutionException, MojoFailureException {
    Path file = tenants.toPath();
    String content;
    try {
      content =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (NoSuchFileException e) {
      throw new MojoFailureException(
          "the tenant file "
              + SummaryLine.display(file, base())
              + " does not exist\n  fix: pass a CSV file with a header row 'tenant,region,stackName'"
              + " as -Dcfn.tenants=<file>");
    } catch (CharacterCodingException e) {
      throw new MojoFailureException(
          SummaryLine.display(file, base())
              + ": the tenant file is not UTF-8\n  fix: save it as UTF-8 (spreadsheet tools call it"
              + " 'CSV UTF-8')");
    } catch (IOException e) {
      throw new MojoExecutionException("Could not read the tenant file " + file + ": " + e, e);
    }
    try {
      return TenantFile.read(SummaryLine.display(file, base()), content);
    } catch (BlueprintException e) {
      throw failure(e);
    }
  }

  /** The vendor secret, from settings.xml or the environment; its value never reaches a message. */
  private Secret secret() throws MojoExecutionException, MojoFailureException {
    String value;
    String origin;
    if (secretServer != null && !secretServer.isBlank()) {
      Server server = server(secretServer, "the vendor secret of the tenant ExternalIds");
      value = server.getPassword();
      origin = "the password of settings.xml server '" + secretServer + "'";
    } else if (secretFile != null) {
      origin = "secret file " + SummaryLine.display(secretFile.toPath(), base());
      try {
        value = Files.readString(secretFile.toPath(), StandardCharsets.UTF_8).stripTrailing();
      } catch (NoSuchFileException e) {
        throw new MojoFailureException(
            "no vendor secret: "
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
          "no vendor secret: "
              + origin
              + " is not set; tenant ExternalIds are derived from it\n  fix: export "
              + secretEnv
              + "=<at least 32 random bytes, e.g. from 'openssl rand -base64 48'> from your secret"
              + " store, or name a settings.xml server with -Dcfn.links.secretServer=<id>; keep"
              + " the same secret for good, since changing it changes every tenant's ExternalId");
    }
    try {
      return Secret.of(value.getBytes(StandardCharsets.UTF_8));
    } catch (LinkException e) {
      throw new MojoFailureException(origin + ": " + e.problem() + "\n  fix: " + e.hint());
    }
  }
}
