package dev.onramp.importer;

import dev.onramp.aws.S3PublicAccess;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Onramp's secure defaults for the raw resources of an import with {@code harden}: a bucket gets
 * default encryption and a full public access block where it had none, and a bucket policy denies
 * requests without TLS, and a custom resource served by an SNS topic gets a {@code ServiceTimeout}.
 * Each is a change the report lists; the policy review shows the TLS denial as a reviewed
 * difference (less access). Partition-aware ARNs and the ExternalId's STS pattern are applied by
 * every import, hardened or not: a blueprint cannot say otherwise.
 */
final class Hardening {
  private Hardening() {}

  /** The resource hardened, with what changed added to {@code changes}. */
  static Template.Resource of(Template.Resource resource, List<String> changes) {
    return switch (resource.type()) {
      case "AWS::S3::Bucket" -> bucket(resource, changes);
      case "AWS::S3::BucketPolicy" -> bucketPolicy(resource, changes);
      default -> isTopicBacked(resource) ? serviceTimeout(resource, changes) : resource;
    };
  }

  private static Template.Resource bucket(Template.Resource bucket, List<String> changes) {
    Map<String, Object> properties = new LinkedHashMap<>(bucket.properties());
    if (!properties.containsKey("BucketEncryption")) {
      properties.put(
          "BucketEncryption",
          Map.of(
              "ServerSideEncryptionConfiguration",
              List.of(Map.of("ServerSideEncryptionByDefault", Map.of("SSEAlgorithm", "AES256")))));
      changes.add("hardened: default encryption (SSE-S3) added");
    }
    if (!properties.containsKey("PublicAccessBlockConfiguration")) {
      properties.put("PublicAccessBlockConfiguration", S3PublicAccess.blockAll());
      changes.add("hardened: public access blocked");
    }
    return bucket.withProperties(properties);
  }

  private static Template.Resource bucketPolicy(Template.Resource policy, List<String> changes) {
    Map<String, Object> properties = new LinkedHashMap<>(policy.properties());
    Object bucket = properties.get("Bucket");
    String name =
        bucket instanceof Fn.Ref ref
            ? "${" + ref.name() + "}"
            : bucket instanceof String literal ? literal.replace("${", "${!") : null;
    if (name == null
        || !(properties.get("PolicyDocument") instanceof Map<?, ?> document)
        || !(document.get("Statement") instanceof List<?> statements)
        || statements.toString().contains("aws:SecureTransport")) {
      return policy;
    }
    Map<String, Object> deny = new LinkedHashMap<>();
    deny.put("Sid", "DenyInsecureTransport");
    deny.put("Effect", "Deny");
    deny.put("Principal", "*");
    deny.put("Action", "s3:*");
    deny.put(
        "Resource",
        List.of(
            Fn.sub("arn:${AWS::Partition}:s3:::" + name),
            Fn.sub("arn:${AWS::Partition}:s3:::" + name + "/*")));
    deny.put("Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false")));
    List<Object> all = new ArrayList<>(statements);
    all.add(deny);
    Map<String, Object> hardened = new LinkedHashMap<>();
    document.forEach((key, value) -> hardened.put(String.valueOf(key), value));
    hardened.put("Statement", all);
    properties.put("PolicyDocument", hardened);
    changes.add("hardened: requests without TLS denied (aws:SecureTransport)");
    return policy.withProperties(properties);
  }

  /** A custom resource whose requests go to an SNS topic rather than to a function here. */
  private static boolean isTopicBacked(Template.Resource resource) {
    boolean custom =
        resource.type().startsWith("Custom::")
            || resource.type().equals("AWS::CloudFormation::CustomResource");
    Object token = resource.properties().get("ServiceToken");
    String text =
        token instanceof String literal ? literal : token instanceof Fn.Sub sub ? sub.text() : "";
    return custom && (text.contains(":sns:") || token instanceof Fn.Ref);
  }

  /**
   * A topic's reader may never answer; without {@code ServiceTimeout} CloudFormation waits an hour
   * before it fails the stack. Five minutes is what Onramp's own callback allows.
   */
  private static Template.Resource serviceTimeout(
      Template.Resource resource, List<String> changes) {
    if (resource.properties().containsKey("ServiceTimeout")) {
      return resource;
    }
    Map<String, Object> properties = new LinkedHashMap<>(resource.properties());
    properties.put("ServiceTimeout", 300);
    changes.add(
        "hardened: ServiceTimeout 300, so a vendor that never answers fails the stack in"
            + " five minutes, not an hour");
    return resource.withProperties(properties);
  }
}
