package dev.onramp.compile.resources;

import dev.onramp.compile.policy.UnknownActions;
import dev.onramp.iam.PolicyDocuments;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.List;
import java.util.Map;

/**
 * The IAM actions of a raw resource's policies (its inline policies, a managed policy's document, a
 * resource policy), each checked against the action catalog ({@link UnknownActions}) at the path it
 * is written at. A trust policy's actions ({@code sts:AssumeRole}) are checked too; an action
 * chosen by a function is left to cfn-lint.
 */
final class RawActionNames {
  private final UnknownActions unknown;

  RawActionNames(UnknownActions unknown) {
    this.unknown = unknown;
  }

  void check(Template.Resource resource, String path) {
    for (PolicyDocuments.Document document : PolicyDocuments.of(resource)) {
      String at =
          document.property().isEmpty()
              ? path + ".properties"
              : path + ".properties." + document.property();
      if (document.property().isEmpty()) {
        // A statement made of properties (a Lambda permission): its action is a property.
        checkActions(resource.properties().get("Action"), at + ".Action");
      } else if (document.document() instanceof Map<?, ?> policy) {
        checkStatements(policy.get("Statement"), at + ".Statement");
      }
    }
  }

  private void checkStatements(Object statements, String at) {
    if (statements instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        checkStatements(list.get(i), at + "[" + i + "]");
      }
    } else if (statements instanceof Map<?, ?> statement) {
      checkActions(statement.get("Action"), at + ".Action");
      checkActions(statement.get("NotAction"), at + ".NotAction");
    } else if (statements instanceof Fn.If choice) {
      checkStatements(choice.whenTrue(), at);
      checkStatements(choice.whenFalse(), at);
    }
  }

  private void checkActions(Object actions, String at) {
    if (actions instanceof String action) {
      unknown.check(action, at);
    } else if (actions instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        checkActions(list.get(i), at + "[" + i + "]");
      }
    } else if (actions instanceof Fn.If choice) {
      checkActions(choice.whenTrue(), at);
      checkActions(choice.whenFalse(), at);
    }
  }
}
