package dev.onramp.compile;

import dev.onramp.compile.policy.PolicySplitter;
import dev.onramp.template.Fn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A role's region limit ({@code regionsParameter}): an inline policy that denies every action
 * outside the listed regions, present only when the customer lists some. It is AWS's documented
 * region-deny pattern: a Deny with {@code NotAction} of the global services and {@code
 * StringNotEquals aws:RequestedRegion}. A Deny grants nothing, so the role can never do more with
 * it than without it; it overrides every Allow of the role's policies, in every partition.
 */
final class RegionLimit {
  /** The inline policy's name on the role; inline names are per role, so no collision. */
  static final String POLICY_NAME = "RegionLimit";

  static final String SID = "DenyOutsideTheListedRegions";

  /**
   * Actions the Deny leaves alone, because their API answers in one region of the partition
   * whatever region the customer lists (aws:RequestedRegion is then us-east-1, us-west-2,
   * cn-north-1 or us-gov-west-1): denying them outside the list would break them, not limit them.
   * Sorted, so the template is the same on every run.
   *
   * <ul>
   *   <li>Identity and the organization: iam, sts (the role's own session), organizations, account.
   *   <li>IAM Identity Center (sso, sso-directory, identitystore): regional APIs, but an
   *       organization has one Identity Center instance in a home region it chose once, not a
   *       region of workloads; the identity-center-read set must reach it wherever it is. ds, also
   *       in that set, is not exempt: directories are regional data.
   *   <li>Billing and cost, each served from us-east-1 only: aws-portal, billing, bcm-data-exports,
   *       budgets, ce, consolidatedbilling, cost-optimization-hub, cur, freetier, pricing,
   *       savingsplans.
   *   <li>Support and health: support, health, trustedadvisor.
   *   <li>Global edge services: cloudfront, route53, route53domains, globalaccelerator, shield, waf
   *       (classic; waf-regional and wafv2 are regional and stay limited).
   *   <li>Three S3 and EC2 calls clients make before they know a region: s3:ListAllMyBuckets,
   *       s3:GetBucketLocation (which region a bucket is in), ec2:DescribeRegions.
   * </ul>
   */
  static final List<String> GLOBAL_ACTIONS =
      List.of(
          "account:*",
          "aws-portal:*",
          "bcm-data-exports:*",
          "billing:*",
          "budgets:*",
          "ce:*",
          "cloudfront:*",
          "consolidatedbilling:*",
          "cost-optimization-hub:*",
          "cur:*",
          "ec2:DescribeRegions",
          "freetier:*",
          "globalaccelerator:*",
          "health:*",
          "iam:*",
          "identitystore:*",
          "organizations:*",
          "pricing:*",
          "route53:*",
          "route53domains:*",
          "s3:GetBucketLocation",
          "s3:ListAllMyBuckets",
          "savingsplans:*",
          "shield:*",
          "sso-directory:*",
          "sso:*",
          "sts:*",
          "support:*",
          "trustedadvisor:*",
          "waf:*");

  private RegionLimit() {}

  /**
   * The role's {@code Policies} entry: the Deny policy under {@code condition} (the list is not
   * empty), else nothing. With an empty list, {@code !Ref} would be {@code [""]} and deny every
   * region, so the condition is what keeps "empty means every region" true.
   */
  static Object inlinePolicy(String parameter, String condition) {
    Map<String, Object> statement = new LinkedHashMap<>();
    statement.put("Sid", SID);
    statement.put("Effect", "Deny");
    statement.put("NotAction", GLOBAL_ACTIONS);
    statement.put("Resource", "*");
    statement.put(
        "Condition", Map.of("StringNotEquals", Map.of("aws:RequestedRegion", Fn.ref(parameter))));
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("Version", PolicySplitter.VERSION);
    document.put("Statement", List.of(statement));
    Map<String, Object> policy = new LinkedHashMap<>();
    policy.put("PolicyName", POLICY_NAME);
    policy.put("PolicyDocument", document);
    return Fn.ifThen(condition, policy, Fn.noValue());
  }
}
