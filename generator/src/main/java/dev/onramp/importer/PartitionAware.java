package dev.onramp.importer;

import dev.onramp.aws.Partition;
import dev.onramp.template.Fn;
import dev.onramp.template.SubText;
import dev.onramp.template.Template;
import dev.onramp.template.ValueRewrite;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
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
                resources.put(id, resource.withProperties(properties(resource.properties()))));
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
    Map<String, Object> rest = new LinkedHashMap<>(properties);
    // A StackSet's member template is text of its own, made partition-aware on its own.
    Object body = rest.remove("TemplateBody");
    Map<String, Object> aware = (Map<String, Object>) ValueRewrite.of(rest, PartitionAware::rule);
    if (body != null) {
      aware.put(
          "TemplateBody",
          body instanceof String ? body : ValueRewrite.of(body, PartitionAware::rule));
    }
    return aware;
  }

  private static Optional<Object> rule(Object value) {
    if (value instanceof String text && Partition.LITERAL_IN_ARN.matcher(text).find()) {
      return Optional.of(Fn.sub(aware(SubText.escape(text))));
    }
    if (value instanceof Fn.Sub sub) {
      return Optional.of(Fn.sub(aware(sub.text())));
    }
    return Optional.empty();
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
