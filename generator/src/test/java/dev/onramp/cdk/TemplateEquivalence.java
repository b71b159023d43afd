package dev.onramp.cdk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The synthesized template as JSON text: the cloud assembly hands it over as a tree of maps, and
 * {@link SynthesizedTemplates#normalize} reads text, as it would from a {@code cdk.out} folder.
 */
final class TemplateEquivalence {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TemplateEquivalence() {}

  static String text(Object tree) {
    try {
      return JSON.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
