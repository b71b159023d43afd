package dev.onramp.api;

import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.link.LinkException;
import dev.onramp.link.Secret;
import dev.onramp.link.TenantExternalIds;
import dev.onramp.publish.LinkFiles;
import dev.onramp.publish.LinkedTemplate;
import dev.onramp.publish.PublicationPlan;
import dev.onramp.publish.PublishedTemplate;
import dev.onramp.publish.TenantFile;
import dev.onramp.publish.TenantFileLinks;
import dev.onramp.publish.TenantLink;
import dev.onramp.publish.TenantLinks;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link Onramp#links}: every tenant's link made first, then the files written. */
final class TenantLinkFiles {
  private TenantLinkFiles() {}

  static LinksResult write(LinksRequest request) throws OnrampException {
    TenantExternalIds externalIds = new TenantExternalIds(secret(request.secret()));
    ProjectBlueprints project = request.release().blueprints();
    TenantFile.Contents tenants = tenants(request.tenantFile(), project);
    List<LinkedTemplate> templates = linked(request);
    List<TenantLinks> linked = new ArrayList<>();
    for (LinkedTemplate template : templates) {
      try {
        linked.add(TenantLinks.of(template, externalIds, request.signer()));
      } catch (LinkException e) {
        throw new ConfigurationException(
            Setting.LINK_BLUEPRINTS, template.name() + ": " + e.problem(), e.hint(), e);
      }
    }
    Map<String, List<TenantLink>> byBlueprint;
    try {
      // Every problem of the file and of every blueprint's links, reported together.
      byBlueprint =
          TenantFileLinks.links(
              tenants,
              linked,
              request.release().plan().templates().stream().map(PublishedTemplate::name).toList());
    } catch (BlueprintException e) {
      throw InvalidInputException.of(e, InvalidInputException.Input.TENANT_FILE);
    }
    Map<LinkedTemplate, List<TenantLink>> all = new LinkedHashMap<>();
    for (LinkedTemplate template : templates) {
      all.put(template, byBlueprint.get(template.name()));
    }
    // Every link is made before any file is written: a refused tenant leaves the old files whole.
    List<LinksResult.Written> written = new ArrayList<>();
    for (Map.Entry<LinkedTemplate, List<TenantLink>> entry : all.entrySet()) {
      LinkedTemplate template = entry.getKey();
      Path directory = request.linksDirectory().resolve(template.name());
      try {
        LinkFiles.write(directory, template.name(), template.version(), entry.getValue());
      } catch (IOException e) {
        throw new EnvironmentException("cannot write the links to " + directory + ": " + e, e);
      }
      written.add(
          new LinksResult.Written(
              template.name(),
              template.version(),
              entry.getValue().size(),
              (int) entry.getValue().stream().map(TenantLink::tenant).distinct().count(),
              List.copyOf(template.byRegion().keySet()),
              directory.resolve(LinkFiles.JSON)));
    }
    return new LinksResult(written);
  }

  /**
   * The templates the links launch: the selected blueprints of this build's release, or of the
   * older release the request names, read back from S3 by the caller.
   */
  private static List<LinkedTemplate> linked(LinksRequest request) throws ConfigurationException {
    List<PublishedTemplate> selected = selected(request.release().plan(), request.blueprints());
    if (request.released().isEmpty()) {
      return selected.stream().map(LinkedTemplate::of).toList();
    }
    List<LinkedTemplate> linked = new ArrayList<>();
    for (PublishedTemplate template : selected) {
      linked.add(
          request.released().stream()
              .filter(released -> released.name().equals(template.name()))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "no released template of " + template.name() + " in the request")));
    }
    return linked;
  }

  private static Secret secret(VendorSecret secret) throws ConfigurationException {
    try {
      return Secret.of(secret.bytes());
    } catch (LinkException e) {
      throw new ConfigurationException(
          Setting.VENDOR_SECRET, secret.origin() + ": " + e.problem(), e.hint(), e);
    }
  }

  private static List<PublishedTemplate> selected(PublicationPlan plan, List<String> names)
      throws ConfigurationException {
    if (names.isEmpty()) {
      return plan.templates();
    }
    List<PublishedTemplate> selected = new ArrayList<>();
    for (String name : names) {
      if (plan.template(name).isEmpty()) {
        throw new ConfigurationException(
            Setting.LINK_BLUEPRINTS,
            "'" + name + "' is not a blueprint this release publishes",
            "use one of "
                + String.join(
                    ", ", plan.templates().stream().map(PublishedTemplate::name).toList()));
      }
      selected.add(plan.template(name).get());
    }
    return selected;
  }

  private static TenantFile.Contents tenants(Path file, ProjectBlueprints project)
      throws OnrampException {
    String shown = project.shown(file);
    String content;
    try {
      content =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
    } catch (NoSuchFileException e) {
      throw new ConfigurationException(
          Setting.TENANT_FILE,
          shown + " does not exist",
          "name a CSV file with a header row 'tenant,region,stackName'",
          e);
    } catch (CharacterCodingException e) {
      throw new ConfigurationException(
          Setting.TENANT_FILE,
          shown + " is not UTF-8",
          "save it as UTF-8 (spreadsheet tools call it 'CSV UTF-8')",
          e);
    } catch (IOException e) {
      throw new EnvironmentException("cannot read the tenant file " + file + ": " + e, e);
    }
    return TenantFile.check(shown, content);
  }
}
