package dev.onramp.publish;

import dev.onramp.template.Template;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The template a tenant link launches: the build's own ({@link #of(PublishedTemplate)}), or the
 * template of an older release read back from S3 ({@code cfn.links.release}), whose parameters and
 * published objects may differ from the build's.
 *
 * @param template the template as published, whose parameters the link's values must fit
 * @param stackName the stack name of a tenant that names none
 * @param externalIdParameter the parameter each link fills with the tenant's ExternalId; empty when
 *     the template asks for none
 * @param byRegion the published object serving stacks in each region
 */
public record LinkedTemplate(
    String name,
    String version,
    Template template,
    String stackName,
    String externalIdParameter,
    Map<String, StoredObject> byRegion) {

  public LinkedTemplate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(stackName, "stackName");
    Objects.requireNonNull(externalIdParameter, "externalIdParameter");
    byRegion = Collections.unmodifiableMap(new LinkedHashMap<>(byRegion));
  }

  /** The template of this build's release. */
  public static LinkedTemplate of(PublishedTemplate published) {
    return new LinkedTemplate(
        published.name(),
        published.version(),
        published.template().template(),
        published.template().facts().stackName(),
        published.externalIdParameter(),
        published.byRegion());
  }
}
