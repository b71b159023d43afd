package dev.onramp.compile.reuse;

import dev.onramp.blueprint.model.RoleSpec;
import dev.onramp.compile.policy.PolicySplitter;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A role's read access to the existing buckets the customer lists in a CommaDelimitedList parameter
 * ({@code readBuckets}): s3:GetObject on each bucket's objects, s3:ListBucket and
 * s3:GetBucketLocation on each bucket, in one managed policy that exists only when the list names a
 * bucket (an empty list would make the ARN of no bucket, so it grants nothing at all).
 *
 * <p>The ARN lists are built from the list with the Fn::Join/Fn::Split technique: the names joined
 * by "the end of one ARN, the start of the next", wrapped in the first start and last end, and
 * split again. A Join's delimiter must be literal text, where {@code ${AWS::Partition}} cannot be
 * substituted, so the partition segment is {@code *}: an identity policy applies in its own
 * partition only, so {@code arn:*:s3:::name} names the same bucket as {@code
 * arn:${AWS::Partition}:s3:::name} in every partition, without a partition literal.
 */
public final class ReadBucketsPolicy {
  static final String ARN_START = "arn:*:s3:::";

  private ReadBucketsPolicy() {}

  /** The policy's logical id for {@code role}. */
  public static String logicalId(RoleSpec role) {
    return role.id() + "ReadBucketsPolicy";
  }

  /** The policy of {@code role}, under {@code condition} (the list is not empty). */
  public static Template.Resource of(RoleSpec role, String condition) {
    String parameter = role.readBuckets().parameter();
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(
        "Description",
        "Read access to the existing buckets listed in " + parameter + ", nothing else.");
    properties.put(
        "PolicyDocument",
        PolicySplitter.document(
            List.of(
                statement("ReadListedBucketObjects", "s3:GetObject", objectArns(parameter)),
                statement(
                    "ListListedBuckets",
                    List.of("s3:GetBucketLocation", "s3:ListBucket"),
                    bucketArns(parameter)))));
    properties.put("Roles", List.of(ExistingRoles.reference(role)));
    return Template.Resource.of("AWS::IAM::ManagedPolicy", properties).withCondition(condition);
  }

  /** {@code arn:*:s3:::a/*, arn:*:s3:::b/*} for the list {@code a,b}. */
  static Object objectArns(String parameter) {
    return split(
        new Fn.Join(
            "", List.of(ARN_START, new Fn.Join("/*," + ARN_START, Fn.ref(parameter)), "/*")));
  }

  /** {@code arn:*:s3:::a, arn:*:s3:::b} for the list {@code a,b}. */
  static Object bucketArns(String parameter) {
    return split(
        new Fn.Join("", List.of(ARN_START, new Fn.Join("," + ARN_START, Fn.ref(parameter)))));
  }

  /** {@code Fn::Split} on commas. */
  private static Object split(Object text) {
    return new Fn.Split(",", text);
  }

  private static Map<String, Object> statement(String sid, Object actions, Object resources) {
    Map<String, Object> statement = new LinkedHashMap<>();
    statement.put("Sid", sid);
    statement.put("Effect", "Allow");
    statement.put("Action", actions);
    statement.put("Resource", resources);
    return statement;
  }
}
