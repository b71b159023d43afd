package dev.onramp.importer;

import dev.onramp.template.Fn;
import dev.onramp.template.SubText;
import dev.onramp.template.Template;
import java.util.List;
import java.util.Optional;

/**
 * A template value as the text a blueprint statement, tag or name holds: a literal as it is, {@code
 * !Ref P} of a parameter or pseudo parameter as {@code ${P}}, {@code !Sub} text whose variables are
 * parameters and pseudo parameters as it is, and {@code !Join} of such parts joined. Anything else
 * (an attribute of a resource, a list parameter, a mapping) has no text form.
 */
final class ValueText {
  private final Template template;

  ValueText(Template template) {
    this.template = template;
  }

  Optional<String> of(Object value) {
    if (value instanceof String text) {
      // ${ in a literal would read as a variable in a blueprint; only IAM's own are left as is.
      return text.contains("${") && !onlyIamVariables(text) ? Optional.empty() : Optional.of(text);
    }
    if (value instanceof Number || value instanceof Boolean) {
      return Optional.of(String.valueOf(value));
    }
    if (value instanceof Fn.Ref ref) {
      return isScalar(ref.name()) ? Optional.of("${" + ref.name() + "}") : Optional.empty();
    }
    if (value instanceof Fn.Sub sub) {
      for (String variable : variables(sub.text())) {
        if (!isScalar(variable)) {
          return Optional.empty();
        }
      }
      return sub.text().contains("${!") ? Optional.empty() : Optional.of(sub.text());
    }
    if (value instanceof Fn.Join join && join.values() instanceof List<?> parts) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < parts.size(); i++) {
        Optional<String> part = of(parts.get(i));
        if (part.isEmpty()) {
          return Optional.empty();
        }
        text.append(i == 0 ? "" : join.delimiter()).append(part.get());
      }
      return Optional.of(text.toString());
    }
    return Optional.empty();
  }

  /** Whether {@code name} is a pseudo parameter or a parameter holding one value. */
  boolean isScalar(String name) {
    if (name.startsWith("AWS::")) {
      return !name.equals("AWS::NotificationARNs") && !name.equals("AWS::NoValue");
    }
    Template.Parameter parameter = template.parameters().get(name);
    return parameter != null && !parameter.type().contains("List");
  }

  private static boolean onlyIamVariables(String text) {
    return variables(text).stream()
        .allMatch(name -> name.contains(":") && !name.startsWith("AWS::"));
  }

  static List<String> variables(String text) {
    return SubText.parse(text).stream()
        .filter(part -> part instanceof SubText.Variable)
        .map(part -> ((SubText.Variable) part).name().trim())
        .toList();
  }
}
