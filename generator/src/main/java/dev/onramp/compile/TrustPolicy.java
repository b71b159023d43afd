package dev.onramp.compile;

import dev.onramp.aws.Arn;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.RoleSpec;
import dev.onramp.blueprint.model.Vendor;
import dev.onramp.compile.policy.PolicySplitter;
import dev.onramp.compile.section.ExternalIdValue;
import dev.onramp.template.Fn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trust policy every vendor role gets: the vendor's principal may assume the role only with the
 * customer's ExternalId (the confused-deputy guard), and, for the narrowed root, only from the
 * vendor's named role.
 */
final class TrustPolicy {
  private TrustPolicy() {}

  /** The trust policy of {@code role}: its own {@code trust}, or the vendor's with ExternalId. */
  static Map<String, Object> forRole(Blueprint blueprint, RoleSpec role) {
    if (role.trust() != null) {
      return PolicySplitter.document(List.of(TrustShapes.statement(role.trust())));
    }
    return document(blueprint.vendor(), ExternalIdValue.of(blueprint));
  }

  static Map<String, Object> document(Vendor vendor, Object externalId) {
    Map<String, Object> statement = new LinkedHashMap<>();
    statement.put("Sid", "TrustVendorWithExternalId");
    statement.put("Effect", "Allow");
    statement.put("Principal", Map.of("AWS", principal(vendor)));
    statement.put("Action", "sts:AssumeRole");
    Map<String, Object> condition = new LinkedHashMap<>();
    condition.put("StringEquals", Map.of("sts:ExternalId", externalId));
    if (vendor.trustedPrincipal() == Vendor.Principal.ACCOUNT_ROOT_NARROWED) {
      condition.put("ArnEquals", Map.of("aws:PrincipalArn", partitioned(vendor.roleArn())));
    }
    // Validated (VendorPrincipalChecks): the role part only, or an ARN in the trusted account.
    PrincipalArnPattern.parse(vendor.principalArnPattern())
        .ifPresent(
            pattern ->
                condition.put(
                    "StringLike",
                    Map.of("aws:PrincipalArn", Fn.sub(pattern.arnIn(accountVariable(vendor))))));
    statement.put("Condition", condition);
    return PolicySplitter.document(List.of(statement));
  }

  private static Object principal(Vendor vendor) {
    if (vendor.roleArnParameter() != null) {
      return Fn.ref(vendor.roleArnParameter());
    }
    if (vendor.trustedPrincipal() == Vendor.Principal.ROLE) {
      return partitioned(vendor.roleArn());
    }
    return Fn.sub("arn:${AWS::Partition}:iam::" + accountVariable(vendor) + ":root");
  }

  /** The account in {@code Fn::Sub} text: the fixed account id or the parameter's variable. */
  private static String accountVariable(Vendor vendor) {
    return vendor.accountIdParameter() != null
        ? "${" + vendor.accountIdParameter() + "}"
        : accountId(vendor);
  }

  static String accountId(Vendor vendor) {
    if (vendor.accountId() != null) {
      return vendor.accountId();
    }
    // Validated as arn:<partition>:iam::<account>:role/… (TrustSection)
    return Arn.parseIamRole(vendor.roleArn()).orElseThrow().account();
  }

  private static Object partitioned(String arn) {
    return PartitionAwareText.of(arn, java.util.Set.of());
  }
}
