package dev.onramp.guide;

import dev.onramp.guide.GuideView.RawResourceRow;
import dev.onramp.iam.PolicyDocuments;
import dev.onramp.iam.Statement;
import dev.onramp.review.report.InventoryCells;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateFacts;
import dev.onramp.template.TemplateValues;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The guide's "What else this stack creates": the resources the blueprint wrote as is, which no
 * Onramp section vouches for, each with what it grants, so a customer sees every grant whether a
 * section made it or not. A role's trust and permissions are in the Permissions section already.
 */
final class RawResourceNotes {
  /** The types that grant principals access directly, not through a role of the stack. */
  private static final Set<String> RESOURCE_POLICIES =
      Set.of(
          "AWS::S3::BucketPolicy",
          "AWS::SNS::TopicPolicy",
          "AWS::SQS::QueuePolicy",
          "AWS::KMS::Key",
          "AWS::Lambda::Permission");

  private RawResourceNotes() {}

  static List<RawResourceRow> of(Template template, TemplateFacts facts, ConditionText conditions) {
    List<RawResourceRow> rows = new ArrayList<>();
    for (TemplateFacts.RawResource raw : facts.rawResources()) {
      Template.Resource resource = template.resources().get(raw.logicalId());
      if (resource == null) {
        continue;
      }
      rows.add(
          new RawResourceRow(
              InventoryCells.code(raw.logicalId()),
              InventoryCells.code(raw.type()),
              grants(resource, raw.readOnly()),
              resource.condition() == null
                  ? "always"
                  : conditions.named(resource.condition(), true),
              RESOURCE_POLICIES.contains(raw.type())));
    }
    return rows;
  }

  private static String grants(Template.Resource resource, boolean readOnly) {
    if (!PolicyDocuments.grantsAccess(resource.type())) {
      return "no access of its own: it holds no IAM policy";
    }
    String claim = readOnly ? " (declared read-only, checked: List and Read actions only)" : "";
    if (resource.type().equals("AWS::IAM::Role")) {
      return "a role: who may assume it and what it may do are under Permissions" + claim;
    }
    List<String> grants = new ArrayList<>();
    for (PolicyDocuments.Document document : PolicyDocuments.of(resource)) {
      for (Statement statement : Statement.allOf(document.document())) {
        if (statement.isAllow()) {
          grants.add(grant(statement));
        }
      }
    }
    return (grants.isEmpty() ? "no allowed action" : String.join("; ", grants)) + claim;
  }

  /** {@code lets Service events.amazonaws.com use lambda:InvokeFunction}. */
  private static String grant(Statement statement) {
    Set<String> principals = new LinkedHashSet<>();
    for (String type : List.of("AWS", "Service", "Federated")) {
      for (Object principal : statement.principals(type)) {
        principals.add(
            "*".equals(principal)
                ? "everyone"
                : type + " " + InventoryCells.code(TemplateValues.describe(principal)));
      }
    }
    List<String> actions = new ArrayList<>();
    for (Object action : TemplateValues.alternatives(statement.actions())) {
      actions.add(InventoryCells.code(TemplateValues.describe(action)));
    }
    String who =
        principals.isEmpty()
            ? "lets what it is attached to"
            : "lets " + String.join(", ", principals);
    String verb = statement.excludesActions() ? " use every action but " : " use ";
    String conditions =
        statement.conditionKeys().isEmpty()
            ? ""
            : " if " + String.join(", ", statement.conditionKeys()) + " match";
    return who + verb + String.join(", ", actions) + conditions;
  }
}
