package dev.onramp.review;

import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.List;

/**
 * The NoEcho parameters a template hands to someone else: a property of a custom resource whose
 * value is a NoEcho parameter goes, in plain text, to the custom resource's ServiceToken (the
 * vendor's topic or function). The blueprint allows it only with {@code sendSecret: true}; the
 * permission inventory and the guide say so, since a reviewer of the IAM policies would not see it.
 */
public final class SecretsSent {
  private SecretsSent() {}

  /** One secret sent: the custom resource, the property that carries it, the NoEcho parameter. */
  public record SentSecret(String resource, String property, String parameter) {}

  /** Every NoEcho parameter a custom resource of {@code template} sends, in template order. */
  public static List<SentSecret> in(Template template) {
    List<SentSecret> sent = new ArrayList<>();
    template
        .resources()
        .forEach(
            (id, resource) -> {
              if (isCustomResource(resource.type())) {
                resource
                    .properties()
                    .forEach(
                        (property, value) -> {
                          if (value instanceof Fn.Ref ref && isSecret(template, ref.name())) {
                            sent.add(new SentSecret(id, property, ref.name()));
                          }
                        });
              }
            });
    return List.copyOf(sent);
  }

  private static boolean isCustomResource(String type) {
    return type.startsWith("Custom::") || type.equals("AWS::CloudFormation::CustomResource");
  }

  private static boolean isSecret(Template template, String name) {
    Template.Parameter parameter = template.parameters().get(name);
    return parameter != null && parameter.noEcho();
  }
}
