package dev.onramp.review.baseline;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The templates a change is compared with: each blueprint's template text by blueprint name, and a
 * description of where they came from for the report's heading ("directory baseline/cfn", "git ref
 * v1.4.0", "manifest https://…").
 */
public record BaselineTemplates(String description, Map<String, String> templates) {
  public BaselineTemplates {
    templates = java.util.Collections.unmodifiableMap(new TreeMap<>(templates));
  }

  public Optional<String> template(String blueprint) {
    return Optional.ofNullable(templates.get(blueprint));
  }
}
