package dev.onramp.iam;

import dev.onramp.template.Template;
import dev.onramp.template.TemplateValues;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The IAM policy documents a template resource carries, by its type: a role's, user's or group's
 * trust policy and inline policies, a policy's document, a bucket, access point, topic, queue, key,
 * secret, repository, event bus, domain, log or backup vault policy, the documents among a SAM
 * function's {@code Policies}. A Lambda permission, a layer version permission and an event bus
 * policy's statement have no document: their one statement is read from their properties ({@link
 * PropertyStatements}). The one place that knows which resource types grant access, for the checks
 * on raw resources, the policy review and the guide.
 */
public final class PolicyDocuments {
  /**
   * The property that holds the one policy document of each type that has one, as a map or as JSON
   * text ({@link PolicyText}).
   */
  private static final Map<String, String> DOCUMENT_PROPERTY =
      Map.ofEntries(
          Map.entry("AWS::IAM::ManagedPolicy", "PolicyDocument"),
          Map.entry("AWS::IAM::Policy", "PolicyDocument"),
          Map.entry("AWS::IAM::RolePolicy", "PolicyDocument"),
          Map.entry("AWS::IAM::UserPolicy", "PolicyDocument"),
          Map.entry("AWS::IAM::GroupPolicy", "PolicyDocument"),
          Map.entry("AWS::S3::BucketPolicy", "PolicyDocument"),
          Map.entry("AWS::S3::AccessPoint", "Policy"),
          Map.entry("AWS::SNS::TopicPolicy", "PolicyDocument"),
          Map.entry("AWS::SNS::TopicInlinePolicy", "PolicyDocument"),
          Map.entry("AWS::SQS::QueuePolicy", "PolicyDocument"),
          Map.entry("AWS::SQS::QueueInlinePolicy", "PolicyDocument"),
          Map.entry("AWS::KMS::Key", "KeyPolicy"),
          Map.entry("AWS::KMS::ReplicaKey", "KeyPolicy"),
          Map.entry("AWS::SecretsManager::ResourcePolicy", "ResourcePolicy"),
          Map.entry("AWS::ECR::Repository", "RepositoryPolicyText"),
          Map.entry("AWS::Events::EventBus", "Policy"),
          Map.entry("AWS::OpenSearchService::Domain", "AccessPolicies"),
          Map.entry("AWS::Elasticsearch::Domain", "AccessPolicies"),
          Map.entry("AWS::Logs::ResourcePolicy", "PolicyDocument"),
          Map.entry("AWS::Backup::BackupVault", "AccessPolicy"));

  /** The types whose inline policies are a {@code Policies} list of name and document. */
  private static final Set<String> WITH_INLINE_POLICIES =
      Set.of("AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group");

  /**
   * The SAM types whose {@code Policies} list may hold policy documents (beside managed policy
   * names and SAM policy templates) for the role the transform generates.
   */
  private static final Set<String> SAM_WITH_POLICIES =
      Set.of("AWS::Serverless::Function", "AWS::Serverless::StateMachine");

  /** The types whose one statement is written as properties rather than as a document. */
  private static final Set<String> STATEMENT_AS_PROPERTIES =
      Set.of(
          "AWS::Lambda::Permission",
          "AWS::Lambda::LayerVersionPermission",
          "AWS::Events::EventBusPolicy");

  /** The types that grant access, which the permission inventory, the diff and the guide show. */
  public static final Set<String> IAM_BEARING = iamBearing();

  /**
   * A policy document of the resource, the property it is written at (empty for a Lambda
   * permission's statement) and whether it is a trust policy.
   */
  public record Document(String property, Object document, boolean trust) {}

  private PolicyDocuments() {}

  private static Set<String> iamBearing() {
    Set<String> types = new java.util.TreeSet<>(DOCUMENT_PROPERTY.keySet());
    types.addAll(WITH_INLINE_POLICIES);
    types.addAll(SAM_WITH_POLICIES);
    types.addAll(STATEMENT_AS_PROPERTIES);
    return Set.copyOf(types);
  }

  public static boolean grantsAccess(String type) {
    return IAM_BEARING.contains(type);
  }

  /**
   * The property that holds the one policy document of resources of {@code type}, for the types
   * that have exactly one.
   */
  public static java.util.Optional<String> documentProperty(String type) {
    return java.util.Optional.ofNullable(DOCUMENT_PROPERTY.get(type));
  }

  /**
   * Every policy document of {@code resource}: its trust policy first, for a role. A document
   * written as valid JSON text is given as the map it reads as.
   */
  public static List<Document> of(Template.Resource resource) {
    Map<String, Object> properties = resource.properties();
    List<Document> documents = new ArrayList<>();
    String type = resource.type();
    if (type.equals("AWS::IAM::Role")) {
      documents.add(
          new Document(
              "AssumeRolePolicyDocument",
              PolicyText.readable(properties.get("AssumeRolePolicyDocument")),
              true));
    }
    if (WITH_INLINE_POLICIES.contains(type)) {
      List<Object> inline = TemplateValues.oneOrMany(properties.get("Policies"));
      for (int i = 0; i < inline.size(); i++) {
        Object document = TemplateValues.map(inline.get(i)).orElse(Map.of()).get("PolicyDocument");
        documents.add(
            new Document(
                "Policies[" + i + "].PolicyDocument", PolicyText.readable(document), false));
      }
    } else if (SAM_WITH_POLICIES.contains(type)) {
      List<Object> policies = TemplateValues.oneOrMany(properties.get("Policies"));
      for (int i = 0; i < policies.size(); i++) {
        if (TemplateValues.map(policies.get(i))
            .filter(m -> m.containsKey("Statement"))
            .isPresent()) {
          documents.add(new Document("Policies[" + i + "]", policies.get(i), false));
        }
      }
    } else if (DOCUMENT_PROPERTY.containsKey(type)) {
      String property = DOCUMENT_PROPERTY.get(type);
      documents.add(new Document(property, PolicyText.readable(properties.get(property)), false));
    } else if (type.equals("AWS::Lambda::Permission")) {
      documents.add(new Document("", lambdaStatement(properties), false));
    } else if (type.equals("AWS::Lambda::LayerVersionPermission")) {
      documents.add(new Document("", PropertyStatements.layerVersion(properties), false));
    } else if (type.equals("AWS::Events::EventBusPolicy")) {
      documents.add(new Document("", PropertyStatements.eventBus(properties), false));
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
