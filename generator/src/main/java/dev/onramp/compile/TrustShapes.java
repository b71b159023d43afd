package dev.onramp.compile;

import dev.onramp.blueprint.model.TrustSpec;
import dev.onramp.template.Fn;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The trust statement of a role that the vendor does not assume ({@code roles[].trust}). None
 * carries an ExternalId: services send none, and the other principals are the customer's own. The
 * hub is in another account, so the statement also requires the caller to be in this account's
 * organization ({@code aws:PrincipalOrgID} equal to {@code aws:ResourceOrgID}): an account id
 * entered by mistake, or one outside the organization, can never use it.
 */
final class TrustShapes {
  /** The IAM policy variable of the organization this account is in, as IAM reads it. */
  static final String OWN_ORGANIZATION = "${aws:ResourceOrgID}";

  private TrustShapes() {}

  /** The one statement of the role's trust policy. */
  static Map<String, Object> statement(TrustSpec trust) {
    Map<String, Object> statement = new LinkedHashMap<>();
    if (!trust.allServices().isEmpty()) {
      List<String> services = trust.allServices();
      statement.put("Sid", "TrustAwsService");
      statement.put("Effect", "Allow");
      statement.put(
          "Principal", Map.of("Service", services.size() == 1 ? services.get(0) : services));
      statement.put("Action", "sts:AssumeRole");
    } else if (trust.role() != null) {
      statement.put("Sid", "TrustStackRole");
      statement.put("Effect", "Allow");
      statement.put("Principal", Map.of("AWS", Fn.getAtt(trust.role(), "Arn")));
      statement.put("Action", "sts:AssumeRole");
    } else if (trust.trustsCustomerAccount()) {
      statement.put("Sid", "TrustOwnAccount");
      statement.put("Effect", "Allow");
      statement.put(
          "Principal", Map.of("AWS", Fn.sub("arn:${AWS::Partition}:iam::${AWS::AccountId}:root")));
      statement.put("Action", "sts:AssumeRole");
    } else {
      TrustSpec.Hub hub = trust.hub();
      statement.put("Sid", "TrustOrganizationHub");
      statement.put("Effect", "Allow");
      statement.put(
          "Principal",
          Map.of(
              "AWS",
              Fn.sub(
                  "arn:${AWS::Partition}:iam::${"
                      + hub.accountParameter()
                      + "}:role"
                      + hub.rolePath()
                      + hub.roleName())));
      statement.put("Action", "sts:AssumeRole");
      statement.put(
          "Condition", Map.of("StringEquals", Map.of("aws:PrincipalOrgID", OWN_ORGANIZATION)));
    }
    return statement;
  }
}
