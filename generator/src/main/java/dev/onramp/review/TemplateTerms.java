package dev.onramp.review;

import dev.onramp.template.Template;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a template's guards and texts mean: its parameters (by name, with their definitions) and its
 * conditions (by name, with their expressions), so that a diff can compare conditions by what they
 * decide and parameters by what they are, not by the names the author chose.
 */
public record TemplateTerms(
    Map<String, Template.Parameter> parameters, Map<String, Object> conditions) {
  public static final TemplateTerms NONE = new TemplateTerms(Map.of(), Map.of());

  public TemplateTerms {
    parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    conditions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(conditions));
  }

  static TemplateTerms of(Template template) {
    return new TemplateTerms(template.parameters(), template.conditions());
  }

  /** These terms and {@code member}'s, ours first where a name is in both. */
  TemplateTerms with(TemplateTerms member) {
    Map<String, Template.Parameter> allParameters = new LinkedHashMap<>(member.parameters);
    allParameters.putAll(parameters);
    Map<String, Object> allConditions = new LinkedHashMap<>(member.conditions);
    allConditions.putAll(conditions);
    return new TemplateTerms(allParameters, allConditions);
  }
}
