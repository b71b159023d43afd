package dev.onramp.compile;

import dev.onramp.blueprint.bind.DidYouMean;
import dev.onramp.blueprint.model.StatementSpec;
import dev.onramp.compile.policy.UnknownActions;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.diagnostic.DiagnosticCode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the IAM statements a blueprint writes, in a policy set or in a role: their shape, their
 * actions, the parameters they refer to, and that a read-only set grants no write.
 */
final class StatementChecks {
  private static final Pattern ACTION = Pattern.compile("\\*|[a-zA-Z0-9-]+:[A-Za-z0-9*?]+");

  private final SectionContext context;
  private final UnknownActions unknownActions;

  StatementChecks(SectionContext context) {
    this.context = context;
    this.unknownActions =
        new UnknownActions(
            context.source(), context.diagnostics(), context.blueprint().suppressions());
  }

  /**
   * Checks {@code statements}, written at {@code path}, of the policy named {@code setName}; with
   * {@code readOnly}, allowing a wildcard or every action but some is an error.
   */
  void check(List<StatementSpec> statements, String path, boolean readOnly, String setName) {
    Set<String> sids = new HashSet<>();
    for (int i = 0; i < statements.size(); i++) {
      StatementSpec statement = statements.get(i);
      String at = path + "[" + i + "]";
      if (!statement.sid().isEmpty() && !sids.add(statement.sid())) {
        context.error(
            DiagnosticCode.DUPLICATE_NAME,
            at + ".sid",
            "Sid '" + statement.sid() + "' is used twice in the same policy",
            "give each statement its own Sid");
      }
      if (statement.action().isEmpty() == statement.notAction().isEmpty()) {
        context.error(
            DiagnosticCode.INVALID_STATEMENT,
            at,
            "a statement needs exactly one of action and notAction",
            statement.action().isEmpty()
                ? "add 'action: [service:Action]'"
                : "keep either action or notAction");
      }
      if (statement.resource().isEmpty() == statement.notResource().isEmpty()) {
        context.error(
            DiagnosticCode.INVALID_STATEMENT,
            at,
            "a statement needs exactly one of resource and notResource",
            statement.resource().isEmpty()
                ? "add 'resource: \"*\"' or the ARNs the statement applies to"
                : "keep either resource or notResource");
      }
      checkActions(statement.action(), at + ".action", readOnly, setName, statement);
      checkActions(statement.notAction(), at + ".notAction", false, setName, statement);
      if (readOnly
          && statement.effect() == StatementSpec.Effect.ALLOW
          && !statement.notAction().isEmpty()) {
        context.error(
            DiagnosticCode.WILDCARD_IN_READ_ONLY,
            at + ".notAction",
            "policy set '"
                + setName
                + "' claims to be read-only but allows every action except"
                + " some",
            "list the read actions with 'action', or set 'readOnly: false'");
      }
      for (String resource : statement.resource()) {
        checkReferences(resource, at + ".resource");
      }
      for (String resource : statement.notResource()) {
        checkReferences(resource, at + ".notResource");
      }
    }
  }

  private void checkActions(
      List<String> actions,
      String path,
      boolean readOnly,
      String setName,
      StatementSpec statement) {
    for (int i = 0; i < actions.size(); i++) {
      String action = actions.get(i);
      String at = actions.size() == 1 ? path : path + "[" + i + "]";
      if (!ACTION.matcher(action).matches()) {
        context.error(
            DiagnosticCode.INVALID_STATEMENT,
            at,
            "'" + action + "' is not an IAM action",
            "write service:Action, such as ec2:DescribeInstances or s3:List*");
        continue;
      }
      unknownActions.check(action, at);
      if (readOnly
          && statement.effect() == StatementSpec.Effect.ALLOW
          && (action.equals("*") || action.endsWith(":*"))) {
        context.error(
            DiagnosticCode.WILDCARD_IN_READ_ONLY,
            at,
            "policy set '" + setName + "' claims to be read-only but allows '" + action + "'",
            "list the read actions (such as "
                + service(action)
                + ":Describe*, "
                + service(action)
                + ":List*), or set 'readOnly: false'");
      }
    }
  }

  private static String service(String action) {
    return action.equals("*") ? "ec2" : action.substring(0, action.indexOf(':'));
  }

  private void checkReferences(String text, String path) {
    var parameters = context.declaredParameters();
    for (String name : PartitionAwareText.parameterReferences(text)) {
      if (!parameters.containsKey(name)
          && !name.equals(context.blueprint().externalId().parameter())) {
        context.error(
            DiagnosticCode.UNDEFINED_PARAMETER,
            path,
            "'${" + name + "}' refers to a parameter that is not declared",
            DidYouMean.closest(name, parameters.keySet())
                .map(known -> "did you mean '${" + known + "}'?")
                .orElse("declare parameter '" + name + "' under 'parameters'"));
      }
    }
  }
}
