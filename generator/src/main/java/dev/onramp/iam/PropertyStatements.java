package dev.onramp.iam;

import dev.onramp.template.CanonicalText;
import dev.onramp.template.Fn;
import dev.onramp.template.TemplateValues;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statement of a resource that writes its one grant as properties rather than as a policy
 * document, in the form IAM keeps it in the resource's policy: a Lambda layer version permission
 * and an EventBridge event bus policy (its {@code Statement}, or the older {@code Principal},
 * {@code Action} and {@code Condition} properties).
 */
public final class PropertyStatements {
  private PropertyStatements() {}

  /**
   * An {@code AWS::Lambda::LayerVersionPermission}: an account, or everyone ({@code *}) within the
   * organization {@code OrganizationId} when given, may use the layer version.
   */
  public static Map<String, Object> layerVersion(Map<String, Object> properties) {
    Map<String, Object> statement = allow(properties.get("Principal"));
    statement.put("Action", properties.get("Action"));
    statement.put("Resource", properties.get("LayerVersionArn"));
    if (properties.get("OrganizationId") != null) {
      statement.put(
          "Condition",
          Map.of("StringEquals", Map.of("aws:PrincipalOrgID", properties.get("OrganizationId"))));
    }
    return document(statement);
  }

  /**
   * An {@code AWS::Events::EventBusPolicy}: its {@code Statement} (a map or JSON text) as written,
   * or the statement its {@code Principal}, {@code Action} and {@code Condition} ({@code Type},
   * {@code Key}, {@code Value}) stand for, on the event bus it names ({@code default} when none).
   */
  public static Map<String, Object> eventBus(Map<String, Object> properties) {
    Object written = PolicyText.readable(properties.get("Statement"));
    if (written != null) {
      return document(written);
    }
    Map<String, Object> statement = allow(properties.get("Principal"));
    statement.put("Action", properties.get("Action"));
    Object bus = properties.get("EventBusName");
    statement.put(
        "Resource",
        Fn.sub(
            "arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/"
                + (bus == null ? "default" : CanonicalText.of(bus))));
    Map<String, Object> condition = TemplateValues.map(properties.get("Condition")).orElse(null);
    if (condition != null && condition.get("Key") != null && condition.get("Value") != null) {
      statement.put(
          "Condition",
          Map.of(
              CanonicalText.of(condition.get("Type")),
              Map.of(CanonicalText.of(condition.get("Key")), condition.get("Value"))));
    }
    return document(statement);
  }

  /** An Allow statement for {@code principal}: an account, or everyone for {@code *}. */
  private static Map<String, Object> allow(Object principal) {
    Map<String, Object> statement = new LinkedHashMap<>();
    statement.put("Effect", "Allow");
    if (principal != null) {
      statement.put("Principal", "*".equals(principal) ? "*" : Map.of("AWS", principal));
    }
    return statement;
  }

  private static Map<String, Object> document(Object statement) {
    return Map.of("Version", "2012-10-17", "Statement", List.of(statement));
  }
}
