package dev.onramp.review;

import dev.onramp.iam.PolicyDocuments;
import dev.onramp.iam.PropertyStatements;
import dev.onramp.template.CanonicalText;
import dev.onramp.template.Template;
import java.util.Map;
import java.util.Set;

/**
 * How the policies of each resource type are read: the one table from a type to what its documents
 * are attributed to. Which property holds a type's document is {@link PolicyDocuments}' to say;
 * this table only says whose policy it is. A type not in the table is checked by {@link
 * UnreadPolicies}, so that one that may grant access is listed as not reviewed, and so is every
 * {@code Fn::Transform} in any resource.
 */
final class PolicyReaders {
  /** Reads one resource's policies into the scope. */
  @FunctionalInterface
  interface Reader {
    void read(TemplateScanner.TemplateScope scope, String id, Template.Resource resource, Guard g);
  }

  private static final Map<String, Reader> BY_TYPE =
      Map.ofEntries(
          Map.entry("AWS::IAM::Role", (s, id, r, g) -> s.role(id, r.properties(), g)),
          Map.entry("AWS::IAM::User", IdentityResources::user),
          Map.entry("AWS::IAM::Group", IdentityResources::group),
          Map.entry("AWS::IAM::AccessKey", IdentityResources::accessKey),
          Map.entry("AWS::IAM::UserToGroupAddition", IdentityResources::groupAddition),
          Map.entry("AWS::IAM::ManagedPolicy", (s, id, r, g) -> s.policy(id, r, g)),
          Map.entry("AWS::IAM::Policy", (s, id, r, g) -> s.policy(id, r, g)),
          Map.entry("AWS::IAM::RolePolicy", (s, id, r, g) -> s.inlinePolicy(r, g)),
          Map.entry("AWS::IAM::UserPolicy", (s, id, r, g) -> s.inlinePolicy(r, g)),
          Map.entry("AWS::IAM::GroupPolicy", (s, id, r, g) -> s.inlinePolicy(r, g)),
          Map.entry("AWS::S3::BucketPolicy", named(Subject.Type.BUCKET, "Bucket")),
          Map.entry("AWS::S3::AccessPoint", own(Subject.Type.ACCESS_POINT)),
          Map.entry(
              "AWS::SNS::TopicPolicy",
              (s, id, r, g) -> s.eachTarget(r, "Topics", Subject.Type.TOPIC, g)),
          Map.entry("AWS::SNS::TopicInlinePolicy", named(Subject.Type.TOPIC, "TopicArn")),
          Map.entry(
              "AWS::SQS::QueuePolicy",
              (s, id, r, g) -> s.eachTarget(r, "Queues", Subject.Type.QUEUE, g)),
          Map.entry("AWS::SQS::QueueInlinePolicy", named(Subject.Type.QUEUE, "Queue")),
          Map.entry("AWS::KMS::Key", own(Subject.Type.KEY)),
          Map.entry("AWS::KMS::ReplicaKey", own(Subject.Type.KEY)),
          Map.entry("AWS::SecretsManager::ResourcePolicy", named(Subject.Type.SECRET, "SecretId")),
          Map.entry("AWS::ECR::Repository", own(Subject.Type.REPOSITORY)),
          // A bus is named by its name, which a Ref gives: ${Bus} for a bus of the template.
          Map.entry(
              "AWS::Events::EventBus",
              (s, id, r, g) -> policy(s, r, s.subject(Subject.Type.EVENT_BUS, "${" + id + "}"), g)),
          Map.entry(
              "AWS::Events::EventBusPolicy",
              (s, id, r, g) ->
                  s.document(
                      PropertyStatements.eventBus(r.properties()),
                      s.subject(Subject.Type.EVENT_BUS, busName(r)),
                      PolicyKind.RESOURCE,
                      g)),
          Map.entry(
              "AWS::Lambda::Permission",
              (s, id, r, g) ->
                  s.document(
                      PolicyDocuments.lambdaStatement(r.properties()),
                      s.subject(Subject.Type.FUNCTION, text(r, "FunctionName")),
                      PolicyKind.RESOURCE,
                      g)),
          Map.entry(
              "AWS::Lambda::LayerVersionPermission",
              (s, id, r, g) ->
                  s.document(
                      PropertyStatements.layerVersion(r.properties()),
                      s.subject(Subject.Type.LAYER, text(r, "LayerVersionArn")),
                      PolicyKind.RESOURCE,
                      g)),
          Map.entry("AWS::OpenSearchService::Domain", own(Subject.Type.DOMAIN)),
          Map.entry("AWS::Elasticsearch::Domain", own(Subject.Type.DOMAIN)),
          Map.entry("AWS::Logs::ResourcePolicy", named(Subject.Type.LOG_POLICY, "PolicyName")),
          Map.entry("AWS::Backup::BackupVault", own(Subject.Type.BACKUP_VAULT)),
          // Not in PolicyDocuments.IAM_BEARING: an endpoint policy grants nothing, it limits what
          // passes the endpoint (its "Principal: *" is not public access), and it is read so that
          // a wider one shows as an escalation.
          Map.entry(
              "AWS::EC2::VPCEndpoint",
              (s, id, r, g) ->
                  s.document(
                      r.properties().get("PolicyDocument"),
                      s.subject(Subject.Type.VPC_ENDPOINT, id),
                      PolicyKind.RESOURCE,
                      g)),
          Map.entry("AWS::Serverless::Function", SamResources::function),
          Map.entry("AWS::Serverless::StateMachine", SamResources::stateMachine),
          Map.entry(
              "AWS::CloudFormation::StackSet", (s, id, r, g) -> s.stackSet(id, r.properties(), g)),
          Map.entry(
              "AWS::CloudFormation::Stack",
              (s, id, r, g) ->
                  s.unreviewed(id, "nested stack template at " + text(r, "TemplateURL"))));

  private PolicyReaders() {}

  /** The types this table reads. */
  static Set<String> types() {
    return BY_TYPE.keySet();
  }

  static void read(
      TemplateScanner.TemplateScope scope, String id, Template.Resource resource, Guard guard) {
    Reader reader = BY_TYPE.get(resource.type());
    if (reader != null) {
      reader.read(scope, id, resource, guard);
    } else {
      UnreadPolicies.of(resource).ifPresent(detail -> scope.unreviewed(id, detail));
    }
    UnreadPolicies.transforms(resource).ifPresent(detail -> scope.unreviewed(id, detail));
  }

  /** A resource policy the resource holds itself, attributed to its logical id. */
  private static Reader own(Subject.Type type) {
    return (s, id, r, g) -> policy(s, r, s.subject(type, id), g);
  }

  /** A resource policy of the resource that {@code property} names. */
  private static Reader named(Subject.Type type, String property) {
    return (s, id, r, g) -> policy(s, r, s.subject(type, text(r, property)), g);
  }

  private static void policy(
      TemplateScanner.TemplateScope scope, Template.Resource resource, Subject subject, Guard g) {
    String property = PolicyDocuments.documentProperty(resource.type()).orElseThrow();
    scope.document(resource.properties().get(property), subject, PolicyKind.RESOURCE, g);
  }

  /** The bus an event bus policy is on: {@code EventBusName}, the default bus when none. */
  private static String busName(Template.Resource resource) {
    Object name = resource.properties().get("EventBusName");
    return name == null ? "default" : CanonicalText.of(name);
  }

  private static String text(Template.Resource resource, String property) {
    return CanonicalText.of(resource.properties().get(property));
  }
}
