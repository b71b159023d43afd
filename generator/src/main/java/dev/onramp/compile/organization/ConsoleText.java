package dev.onramp.compile.organization;

import dev.onramp.template.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The console labels and groups of a compiled template's parameters, read back from its {@code
 * AWS::CloudFormation::Interface} so that parameters passed on to the member keep their text.
 */
record ConsoleText(Map<String, String> labels, Map<String, String> groups) {
  ConsoleText {
    labels = Map.copyOf(labels);
    groups = Map.copyOf(groups);
  }

  static ConsoleText of(Template template) {
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, String> groups = new LinkedHashMap<>();
    Map<?, ?> console = asMap(template.metadata().get("AWS::CloudFormation::Interface"));
    asMap(console.get("ParameterLabels"))
        .forEach((name, label) -> labels.put((String) name, textOf(label)));
    if (console.get("ParameterGroups") instanceof List<?> list) {
      for (Object group : list) {
        Map<?, ?> fields = asMap(group);
        String label = textOf(fields.get("Label"));
        if (fields.get("Parameters") instanceof List<?> names) {
          names.forEach(name -> groups.put((String) name, label));
        }
      }
    }
    return new ConsoleText(labels, groups);
  }

  private static Map<?, ?> asMap(Object value) {
    return value instanceof Map<?, ?> map ? map : Map.of();
  }

  private static String textOf(Object label) {
    return String.valueOf(asMap(label).get("default"));
  }
}
