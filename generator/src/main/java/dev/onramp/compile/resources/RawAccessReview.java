package dev.onramp.compile.resources;

import dev.onramp.aws.Arn;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.iam.AccessLevel;
import dev.onramp.iam.ActionCatalog;
import dev.onramp.iam.ManagedPolicyCatalog;
import dev.onramp.iam.PolicyDocuments;
import dev.onramp.iam.ReadOnlyActions;
import dev.onramp.iam.Statement;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateValues;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * What a raw resource may not grant, since a section would refuse it: a role that a principal
 * outside the account may assume without {@code sts:ExternalId} (the confused deputy), access for
 * everyone ({@code Principal: "*"}) without a condition, a Lambda permission for a service without
 * the source it comes from, and, on a resource that claims {@code readOnly: true}, an action beyond
 * List and Read, in its own statements or in an AWS managed policy it attaches (known from the
 * {@link ManagedPolicyCatalog}). Each is an error at generate time, which no suppression waives.
 */
final class RawAccessReview {
  private final Supplier<ActionCatalog> catalog;
  private final List<RawProblem> problems = new ArrayList<>();

  /** {@code catalog} is asked for only when a resource claims to be read-only. */
  RawAccessReview(Supplier<ActionCatalog> catalog) {
    this.catalog = catalog;
  }

  List<RawProblem> problems() {
    return List.copyOf(problems);
  }

  void review(String id, Template.Resource resource, boolean readOnly, String path) {
    String properties = path + ".properties";
    if (readOnly && !PolicyDocuments.grantsAccess(resource.type())) {
      problem(
          path + ".readOnly",
          "readOnly: true on " + id + " of type " + resource.type() + ", which holds no IAM policy",
          "remove readOnly:; it is a claim about the actions a role or policy grants");
    }
    for (PolicyDocuments.Document document : PolicyDocuments.of(resource)) {
      String at =
          document.property().isEmpty() ? properties : properties + "." + document.property();
      List<Statement> statements = Statement.allOf(document.document());
      for (int i = 0; i < statements.size(); i++) {
        Statement statement = statements.get(i);
        if (!statement.isAllow()) {
          continue;
        }
        String subject = id + " (" + statement.name(i) + ")";
        if (document.trust()) {
          checkTrust(subject, statement, at);
        } else {
          checkPublic(subject, statement, at);
          if (resource.type().equals("AWS::Lambda::Permission")) {
            checkSource(subject, statement, at);
          }
          if (readOnly) {
            checkReadOnly(subject, statement, at);
          }
        }
      }
    }
    if (readOnly) {
      checkAwsManaged(id, resource, properties + ".ManagedPolicyArns");
    }
  }

  /** The AWS managed policies a read-only resource attaches, by their known documents. */
  private void checkAwsManaged(String id, Template.Resource resource, String at) {
    for (ManagedPolicyCatalog.ManagedPolicy policy :
        ManagedPolicyCatalog.bundled().attachedTo(resource)) {
      List<String> writes = ReadOnlyActions.beyondListAndRead(policy.document(), catalog.get());
      if (!writes.isEmpty()) {
        problem(
            at,
            id
                + " of a readOnly: true resource attaches AWS managed policy "
                + policy.name()
                + ", which allows "
                + writes.size()
                + (writes.size() == 1 ? " action" : " actions")
                + " beyond List and Read: "
                + String.join(", ", writes.stream().limit(5).toList())
                + (writes.size() > 5 ? " and " + (writes.size() - 5) + " more" : ""),
            "attach a policy that grants only List and Read actions instead of "
                + policy.name()
                + ", or remove readOnly: if the resource is meant to change things");
      }
    }
  }

  private void checkTrust(String subject, Statement statement, String at) {
    if (statement.conditionValue("StringEquals", "sts:ExternalId").isPresent()) {
      return;
    }
    List<String> outside = new ArrayList<>();
    for (Object principal : statement.principals("AWS")) {
      if (!isThisAccount(principal)) {
        outside.add(TemplateValues.describe(principal));
      }
    }
    if (!outside.isEmpty()) {
      problem(
          at,
          "raw role "
              + subject
              + " trusts "
              + String.join(", ", outside)
              + " from outside this account without an sts:ExternalId condition: whoever can"
              + " make that principal assume roles could have it act on this account (the"
              + " confused deputy)",
          "add Condition: {StringEquals: {sts:ExternalId: {Ref: ExternalId}}} to the trust"
              + " statement, or declare the role under roles:, which adds it for you");
    }
  }

  private void checkPublic(String subject, Statement statement, String at) {
    if (statement.principals("AWS").contains("*") && statement.condition().isEmpty()) {
      problem(
          at,
          subject + " allows everyone (Principal: \"*\") without a condition",
          "name the principal, or narrow it with a Condition such as aws:SourceArn,"
              + " aws:SourceAccount or aws:PrincipalOrgID");
    }
  }

  private void checkSource(String subject, Statement statement, String at) {
    if (!statement.principals("Service").isEmpty() && statement.condition().isEmpty()) {
      problem(
          at,
          "Lambda permission "
              + subject
              + " lets a service invoke the function on behalf of any account (the confused"
              + " deputy)",
          "add SourceArn (the rule, topic or bucket that invokes it) or SourceAccount:"
              + " {Ref: AWS::AccountId}");
    }
  }

  private void checkReadOnly(String subject, Statement statement, String at) {
    if (statement.excludesActions()) {
      problem(
          at,
          subject + " of a readOnly: true resource allows every action but some (NotAction)",
          "list the read actions under Action, or remove readOnly:");
      return;
    }
    ActionCatalog actions = catalog.get();
    for (Object action : TemplateValues.alternatives(statement.actions())) {
      if (!(action instanceof String pattern)) {
        continue;
      }
      List<String> writes =
          actions.expand(pattern).stream()
              .filter(
                  name -> !actions.accessLevels(name).stream().allMatch(AccessLevel::isReadOnly))
              .toList();
      if (!writes.isEmpty()) {
        problem(
            at,
            subject
                + " of a readOnly: true resource allows "
                + pattern
                + (writes.size() == 1 && writes.get(0).equalsIgnoreCase(pattern)
                    ? ""
                    : ", which includes "
                        + String.join(", ", writes.stream().limit(5).toList())
                        + (writes.size() > 5 ? " and " + (writes.size() - 5) + " more" : ""))
                + ", beyond List and Read",
            "remove "
                + pattern
                + ", or remove readOnly: if the resource is meant to change things");
      }
    }
  }

  private static boolean isThisAccount(Object principal) {
    if (principal instanceof Fn.Ref ref) {
      return ref.name().equals("AWS::AccountId");
    }
    return TemplateValues.text(principal)
        .map(
            text ->
                text.equals("${AWS::AccountId}")
                    || Arn.parse(text)
                        .filter(Arn::partitionIsAnyPartition)
                        .filter(
                            arn ->
                                arn.region().isEmpty() && arn.account().equals("${AWS::AccountId}"))
                        .isPresent())
        .orElse(false);
  }

  private void problem(String path, String message, String fix) {
    problems.add(new RawProblem(DiagnosticCode.UNSAFE_RAW_RESOURCE, path, message, fix));
  }
}
