package dev.onramp.publish;

import dev.onramp.template.CompiledTemplate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A blueprint's template as a release publishes it: the compiled template, its version, the name of
 * its ExternalId parameter (which tenant links fill in) and the object that serves it in each
 * region, in the blueprint's region order.
 */
public record PublishedTemplate(
    CompiledTemplate template,
    String version,
    String externalIdParameter,
    Map<String, StoredObject> byRegion) {

  public PublishedTemplate {
    byRegion = Collections.unmodifiableMap(new LinkedHashMap<>(byRegion));
  }

  public String name() {
    return template.name();
  }

  /** The object serving stacks in {@code region}, if the release publishes there. */
  public Optional<StoredObject> in(String region) {
    return Optional.ofNullable(byRegion.get(region));
  }
}
