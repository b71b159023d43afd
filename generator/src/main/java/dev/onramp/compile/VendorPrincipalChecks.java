package dev.onramp.compile;

import dev.onramp.aws.AccountId;
import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.blueprint.model.Vendor;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.diagnostic.DiagnosticCode;
import java.util.Optional;

/**
 * Checks the keys that choose the vendor's principal at deploy time or narrow it: {@code
 * accountIdParameter}, {@code roleArnParameter} and {@code principalArnPattern}. Each of them may
 * only ever trust one account, and only with the ExternalId, which {@link TrustPolicy} always adds.
 */
final class VendorPrincipalChecks {
  private final SectionContext context;
  private final Vendor vendor;

  VendorPrincipalChecks(SectionContext context) {
    this.context = context;
    this.vendor = context.blueprint().vendor();
  }

  void check() {
    checkParameter(
        vendor.accountIdParameter(), "accountIdParameter", PrincipalParameter.ACCOUNT_ID);
    checkParameter(vendor.roleArnParameter(), "roleArnParameter", PrincipalParameter.ROLE_ARN);
    if (vendor.accountIdParameter() != null && vendor.roleArnParameter() != null) {
      conflict("roleArnParameter", "vendor.accountIdParameter", "keep one of the two");
    }
    if (vendor.principalIsParameter()
        && vendor.trustedPrincipal() != Vendor.Principal.ACCOUNT_ROOT) {
      conflict(
          "principal",
          "a principal parameter",
          "leave out 'principal': the parameter decides how the vendor is named");
    }
    if (vendor.principalArnPattern() != null) {
      checkPattern();
    }
    checkWholeAccount();
  }

  /**
   * Trusting the vendor's account root lets every principal of that account that holds a tenant's
   * ExternalId assume the roles, not only the vendor's onboarding service: refused unless chosen
   * with {@code principal: account-root}, and said when chosen.
   */
  private void checkWholeAccount() {
    if (!vendor.trustsWholeAccount()
        || (vendor.accountId() != null && !AccountId.isAccountId(vendor.accountId()))) {
      return; // Narrowed, or an account id already refused (TrustSection).
    }
    String account =
        vendor.accountIdParameter() != null
            ? "account (parameter " + vendor.accountIdParameter() + ")"
            : vendor.accountId() != null ? "account " + vendor.accountId() : null;
    if (account == null) {
      return; // No account at all: TrustSection reports the missing accountId.
    }
    String example =
        vendor.accountId() != null && AccountId.isAccountId(vendor.accountId())
            ? vendor.accountId()
            : "<account>";
    String narrow =
        "name the vendor's role: 'roleArn: arn:aws:iam::"
            + example
            + ":role/<name>' (trusted as account-root-narrowed) or 'principalArnPattern:"
            + " role/<name>'";
    if (!vendor.principalChosen()) {
      context.error(
          DiagnosticCode.ACCOUNT_TRUST_NOT_CHOSEN,
          "vendor",
          "the roles would trust every principal of the vendor's "
              + account
              + " that holds the ExternalId, and the blueprint does not say so",
          narrow
              + "; or, to trust the whole account, choose it with 'principal: account-root' (in"
              + " a pom, <vendor><roleArn> or <principal>)");
      return;
    }
    context
        .diagnostics()
        .warning(
            DiagnosticCode.WHOLE_ACCOUNT_TRUSTED,
            context.source().at("vendor.principal"),
            "principal account-root: every principal of the vendor's "
                + account
                + " that its own IAM policies allow to call sts:AssumeRole and that holds the"
                + " ExternalId may assume the roles, not only the vendor's onboarding service",
            "to trust only that service, " + narrow + " and leave out 'principal'");
  }

  private void checkParameter(String name, String key, PrincipalParameter kind) {
    if (name == null) {
      return;
    }
    String at = "vendor." + key;
    if (vendor.accountId() != null) {
      conflict(key, "vendor.accountId", "keep the parameter or the fixed account id, not both");
    }
    if (vendor.roleArn() != null) {
      conflict(key, "vendor.roleArn", "keep the parameter or the fixed role ARN, not both");
    }
    if (name.equals(context.blueprint().externalId().parameter())) {
      context.error(
          DiagnosticCode.INVALID_PARAMETER,
          at,
          "the vendor's principal cannot be the ExternalId parameter",
          "name another parameter, such as VendorAccountId");
      return;
    }
    ParameterSpec declared = context.declaredParameters().get(name);
    if (declared == null) {
      return;
    }
    Optional<String> weakness = kind.weakness(declared);
    if (weakness.isPresent()) {
      context.error(
          DiagnosticCode.UNSAFE_TRUST_PRINCIPAL,
          parameterPath(declared),
          "a parameterised principal without a strict pattern: parameter '"
              + name
              + "' names the principal the roles trust, but "
              + weakness.get()
              + "; whoever creates the stack could trust any principal",
          "give it allowedPattern: '"
              + kind.pattern()
              + "', or leave it undeclared so it is created with that pattern");
      return;
    }
    String defaultValue = declared.defaultValue();
    if (defaultValue != null && !kind.isValid(defaultValue)) {
      context.error(
          DiagnosticCode.UNSAFE_TRUST_PRINCIPAL,
          parameterPath(declared) + ".default",
          "the default '" + defaultValue + "' of parameter '" + name + "' is not " + kind.what(),
          "write " + kind.what() + " as the default, or leave the default out");
    }
  }

  private void checkPattern() {
    String at = "vendor.principalArnPattern";
    Optional<PrincipalArnPattern> parsed = PrincipalArnPattern.parse(vendor.principalArnPattern());
    if (parsed.isEmpty()) {
      context.error(
          DiagnosticCode.INVALID_TRUST,
          at,
          "'" + vendor.principalArnPattern() + "' is not a pattern of IAM role ARNs",
          "write the role part, such as role/scanner-*, with * and ? as wildcards");
      return;
    }
    PrincipalArnPattern pattern = parsed.get();
    if (pattern.accountHasWildcard()) {
      context.error(
          DiagnosticCode.UNSAFE_TRUST_PRINCIPAL,
          at,
          "a wildcard account in '"
              + vendor.principalArnPattern()
              + "': roles of that name in any AWS account could assume the roles",
          "write only the role part, such as "
              + pattern.resource()
              + ", in vendor.accountId or vendor.accountIdParameter");
      return;
    }
    if (pattern.account() != null && !AccountId.isAccountId(pattern.account())) {
      context.error(
          DiagnosticCode.INVALID_ACCOUNT_ID,
          at,
          "'" + pattern.account() + "' in the pattern is not an AWS account id",
          "write only the role part, such as " + pattern.resource());
      return;
    }
    if (vendor.accountId() == null && vendor.accountIdParameter() == null) {
      context.error(
          DiagnosticCode.INVALID_TRUST,
          at,
          "a principal ARN pattern narrows the vendor's account, but the vendor has no accountId"
              + " or accountIdParameter",
          "add 'accountId: \"111122223333\"' or 'accountIdParameter: VendorAccountId'; a role ARN"
              + " names one role already");
      return;
    }
    if (vendor.roleArn() != null || vendor.trustedPrincipal() != Vendor.Principal.ACCOUNT_ROOT) {
      conflict("principalArnPattern", "vendor.roleArn", "keep the pattern or the role ARN");
      return;
    }
    if (pattern.account() != null
        && (vendor.accountIdParameter() != null || !pattern.account().equals(vendor.accountId()))) {
      context.error(
          DiagnosticCode.INVALID_TRUST,
          at,
          "the pattern is in account "
              + pattern.account()
              + ", not in the vendor's account the roles trust",
          "write only the role part, such as " + pattern.resource());
    }
  }

  private void conflict(String key, String other, String fix) {
    context.error(
        DiagnosticCode.INVALID_TRUST,
        "vendor." + key,
        "vendor." + key + " and " + other + " name the trusted principal twice",
        fix);
  }

  private String parameterPath(ParameterSpec declared) {
    return "parameters[" + context.blueprint().parameters().indexOf(declared) + "]";
  }
}
