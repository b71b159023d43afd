package dev.onramp.iam;

import dev.onramp.template.Template;
import dev.onramp.template.TemplateValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The IAM policy documents a template resource carries, by its type: a role's trust policy and
 * inline policies, a policy's document, a bucket, topic, queue or key policy. A Lambda permission
 * has no document: its one statement is read from its properties. The one place that knows which
 * resource types grant access, for the checks on raw resources and the guide.
 */
public final class PolicyDocuments {
  /** The types that grant access, which the permission inventory, the diff and the guide show. */
  public static final Set<String> IAM_BEARING =
      Set.of(
          "AWS::IAM::Role",
          "AWS::IAM::ManagedPolicy",
          "AWS::IAM::Policy",
          "AWS::IAM::RolePolicy",
          "AWS::IAM::UserPolicy",
          "AWS::IAM::GroupPolicy",
          "AWS::S3::BucketPolicy",
          "AWS::SNS::TopicPolicy",
          "AWS::SQS::QueuePolicy",
          "AWS::KMS::Key",
          "AWS::Lambda::Permission");

  /**
   * A policy document of the resource, the property it is written at (empty for a Lambda
   * permission's statement) and whether it is a trust policy.
   */
  public record Document(String property, Object document, boolean trust) {}

  private PolicyDocuments() {}

  public static boolean grantsAccess(String type) {
    return IAM_BEARING.contains(type);
  }

  /** Every policy document of {@code resource}: its trust policy first, for a role. */
  public static List<Document> of(Template.Resource resource) {
    Map<String, Object> properties = resource.properties();
    List<Document> documents = new ArrayList<>();
    switch (resource.type()) {
      case "AWS::IAM::Role" -> {
        documents.add(
            new Document(
                "AssumeRolePolicyDocument", properties.get("AssumeRolePolicyDocument"), true));
        List<Object> inline = TemplateValues.oneOrMany(properties.get("Policies"));
        for (int i = 0; i < inline.size(); i++) {
          Object document =
              TemplateValues.map(inline.get(i)).orElse(Map.of()).get("PolicyDocument");
          documents.add(new Document("Policies[" + i + "].PolicyDocument", document, false));
        }
      }
      case "AWS::KMS::Key" ->
          documents.add(new Document("KeyPolicy", properties.get("KeyPolicy"), false));
      case "AWS::Lambda::Permission" ->
          documents.add(new Document("", lambdaStatement(properties), false));
      default -> {
        if (IAM_BEARING.contains(resource.type())) {
          documents.add(new Document("PolicyDocument", properties.get("PolicyDocument"), false));
        }
      }
    }
    return documents;
  }

  /**
   * A Lambda permission as the statement it adds to the function's policy: its principal (a service
   * or an account), its action and the source conditions it names.
   */
  public static Map<String, Object> lambdaStatement(Map<String, Object> properties) {
    Object principal = properties.get("Principal");
    boolean service =
        TemplateValues.text(principal).map(text -> text.endsWith(".amazonaws.com")).orElse(false);
    Map<String, Object> conditions = new java.util.LinkedHashMap<>();
    if (properties.get("SourceArn") != null) {
      conditions.put("ArnLike", Map.of("aws:SourceArn", properties.get("SourceArn")));
    }
    if (properties.get("SourceAccount") != null) {
      conditions.put("StringEquals", Map.of("aws:SourceAccount", properties.get("SourceAccount")));
    }
    Map<String, Object> statement = new java.util.LinkedHashMap<>();
    statement.put("Effect", "Allow");
    statement.put(
        "Principal", "*".equals(principal) ? "*" : Map.of(service ? "Service" : "AWS", principal));
    statement.put("Action", properties.get("Action"));
    statement.put("Resource", properties.get("FunctionName"));
    if (!conditions.isEmpty()) {
      statement.put("Condition", conditions);
    }
    return Map.of("Version", "2012-10-17", "Statement", List.of(statement));
  }
}
