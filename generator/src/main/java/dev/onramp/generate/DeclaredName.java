package dev.onramp.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names a blueprint that could not be read may go by: the {@code metadata.name} it declares,
 * when the YAML gets that far, and its file's name without the extension. An organization whose
 * member is among them is told nothing more: the member's own errors are the story.
 */
final class DeclaredName {
  private static final YAMLMapper YAML = new YAMLMapper();

  private DeclaredName() {}

  static Set<String> candidates(BlueprintSource source) {
    Set<String> names = new TreeSet<>();
    String file = source.displayName().replace('\\', '/');
    file = file.substring(file.lastIndexOf('/') + 1);
    int dot = file.lastIndexOf('.');
    names.add(dot > 0 ? file.substring(0, dot) : file);
    try {
      JsonNode name = YAML.readTree(source.content()).path("metadata").path("name");
      if (name.isTextual() && !name.asText().isBlank()) {
        names.add(name.asText().strip());
      }
    } catch (IOException | RuntimeException e) {
      // Not YAML, or not a mapping: the file's name is all there is.
    }
    return names;
  }
}
