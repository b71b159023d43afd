package dev.onramp.importer;

import dev.onramp.aws.Partition;
import dev.onramp.template.Fn;
import dev.onramp.template.SubText;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * The original template as the proof compares it: every ARN written with a partition literal
 * ({@code arn:aws:}) written with {@code ${AWS::Partition}} instead, which is what every Onramp
 * template must say and what the draft says. In the partition the vendor wrote the template for,
 * the two grant the same; the report lists each rewrite, so the proof compares like with like
 * rather than calling the rewrite itself a difference in other partitions, where the literal ARN
 * names nothing the stack could reach.
 */
final class PartitionAware {
  private PartitionAware() {}

  static Template of(Template template) {
    Map<String, Template.Resource> resources = new LinkedHashMap<>();
    template
        .resources()
        .forEach(
            (id, resource) ->
                resources.put(
                    id,
                    new Template.Resource(
                        resource.type(),
                        resource.condition(),
                        resource.dependsOn(),
                        resource.deletionPolicy(),
                        resource.updateReplacePolicy(),
                        resource.metadata(),
                        properties(resource.properties()))));
    return new Template(
        template.description(),
        template.metadata(),
        template.parameters(),
        template.rules(),
        template.conditions(),
        resources,
        template.outputs(),
        template.mappings());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> properties(Map<String, Object> properties) {
    return (Map<String, Object>) value(properties);
  }

  private static Object value(Object value) {
    if (value instanceof String text && Partition.LITERAL_IN_ARN.matcher(text).find()) {
      return Fn.sub(aware(SubText.escape(text)));
    }
    if (value instanceof Fn.Sub sub) {
      return Fn.sub(aware(sub.text()));
    }
    if (value instanceof Fn.If choice) {
      return new Fn.If(choice.condition(), value(choice.whenTrue()), value(choice.whenFalse()));
    }
    if (value instanceof Fn.Join join) {
      return new Fn.Join(join.delimiter(), value(join.values()));
    }
    if (value instanceof Map<?, ?> map) {
      Map<String, Object> out = new LinkedHashMap<>();
      // A StackSet's member template is text of its own, made partition-aware on its own.
      map.forEach(
          (key, item) ->
              out.put(
                  String.valueOf(key),
                  "TemplateBody".equals(key) && item instanceof String ? item : value(item)));
      return out;
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      list.forEach(item -> out.add(value(item)));
      return out;
    }
    return value;
  }

  /** {@code text} with its ARNs in the stack's own partition, as drafts and proofs write them. */
  static String aware(String text) {
    Matcher literal = Partition.LITERAL_IN_ARN.matcher(text);
    // An AWS managed policy named with a partition parameter is named as the draft names it.
    return PARAMETER_PARTITION_POLICY
        .matcher(literal.replaceAll("arn:\\${AWS::Partition}:"))
        .replaceAll("arn:\\${AWS::Partition}:iam::aws:policy/");
  }

  private static final java.util.regex.Pattern PARAMETER_PARTITION_POLICY =
      java.util.regex.Pattern.compile("arn:\\$\\{[A-Za-z][A-Za-z0-9]*}:iam::aws:policy/");
}
