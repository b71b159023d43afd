package dev.onramp.importer;

import dev.onramp.aws.Arn;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a role's trust policy says, in the terms of a blueprint: the vendor's principal with the
 * ExternalId parameter (and the {@code aws:PrincipalArn} narrowing), or AWS services. A trust the
 * sections cannot say exactly (several statements, other conditions, other actions that matter)
 * reads as nothing, and the role stays a raw resource, as written.
 */
final class TrustReading {
  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern ROOT_SUB =
      Pattern.compile(
          "arn:(?:aws|aws-cn|aws-us-gov|\\$\\{AWS::Partition})"
              + ":iam::(\\d{12}|\\$\\{([A-Za-z][A-Za-z0-9]*)})?:root");
  private static final Pattern SERVICE =
      Pattern.compile("[a-z0-9][a-z0-9.-]{0,120}\\.amazonaws\\.com");

  /** The vendor's principal as a blueprint's {@code vendor} section says it. */
  record VendorTrust(
      String accountId,
      String roleArn,
      String accountIdParameter,
      String roleArnParameter,
      String principal,
      String principalArnPattern,
      String externalIdParameter,
      List<String> changes) {

    /** Whether two roles trust the same vendor the same way, so one {@code vendor} says both. */
    boolean sameVendorAs(VendorTrust other) {
      return java.util.Objects.equals(accountId, other.accountId)
          && java.util.Objects.equals(roleArn, other.roleArn)
          && java.util.Objects.equals(accountIdParameter, other.accountIdParameter)
          && java.util.Objects.equals(roleArnParameter, other.roleArnParameter)
          && principal.equals(other.principal)
          && java.util.Objects.equals(principalArnPattern, other.principalArnPattern)
          && externalIdParameter.equals(other.externalIdParameter);
    }
  }

  private final Template template;
  private final java.util.Set<String> roleArnParameters;

  TrustReading(Template template, java.util.Set<String> roleArnParameters) {
    this.template = template;
    this.roleArnParameters = roleArnParameters;
  }

  /** The AWS services that alone may assume the role, without conditions. */
  Optional<List<String>> services(Object document) {
    Optional<Map<?, ?>> statement = soleStatement(document);
    if (statement.isEmpty()
        || statement.get().containsKey("Condition")
        || !isAssumeRole(statement.get().get("Action"))
        || !(statement.get().get("Principal") instanceof Map<?, ?> principal)
        || principal.size() != 1
        || !principal.containsKey("Service")) {
      return Optional.empty();
    }
    Object services = principal.get("Service");
    List<String> names = new ArrayList<>();
    for (Object service : services instanceof List<?> list ? list : List.of(services)) {
      if (!(service instanceof String name) || !SERVICE.matcher(name).matches()) {
        return Optional.empty();
      }
      names.add(name);
    }
    return Optional.of(names);
  }

  /** The vendor's principal with its ExternalId, when that is all the trust says. */
  Optional<VendorTrust> vendor(Object document) {
    Optional<Map<?, ?>> found = soleStatement(document);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Map<?, ?> statement = found.get();
    List<String> changes = new ArrayList<>();
    if (!isAssumeRole(statement.get("Action"))) {
      if (!actionsIncludeAssumeRole(statement.get("Action"))) {
        return Optional.empty();
      }
      changes.add(
          "trust allows only sts:AssumeRole: Onramp's trust grants no session tags or source"
              + " identity ("
              + dev.onramp.template.CanonicalText.of(statement.get("Action"))
              + " before)");
    }
    if (!(statement.get("Principal") instanceof Map<?, ?> principal)
        || principal.size() != 1
        || !principal.containsKey("AWS")
        || !(statement.get("Condition") instanceof Map<?, ?> condition)) {
      return Optional.empty();
    }
    Optional<String> externalId = externalIdParameter(condition.get("StringEquals"));
    if (externalId.isEmpty()) {
      return Optional.empty();
    }
    Object narrowing = null;
    String narrowingOperator = null;
    for (Map.Entry<?, ?> entry : condition.entrySet()) {
      String operator = String.valueOf(entry.getKey());
      if (operator.equals("StringEquals")) {
        if (!(entry.getValue() instanceof Map<?, ?> keys) || keys.size() != 1) {
          return Optional.empty();
        }
      } else if (entry.getValue() instanceof Map<?, ?> keys
          && keys.size() == 1
          && keys.containsKey("aws:PrincipalArn")
          && narrowing == null
          && List.of("ArnEquals", "ArnLike", "StringLike").contains(operator)) {
        narrowing = keys.get("aws:PrincipalArn");
        narrowingOperator = operator;
      } else {
        return Optional.empty();
      }
    }
    return principal(principal.get("AWS"), externalId.get(), narrowing, narrowingOperator, changes);
  }

  private Optional<VendorTrust> principal(
      Object principal,
      String externalId,
      Object narrowing,
      String narrowingOperator,
      List<String> changes) {
    String account = null;
    String accountParameter = null;
    String roleArn = null;
    String roleArnParameter = null;
    if (principal instanceof List<?> list && list.size() == 1) {
      // [X] names the same principal as X.
      return principal(list.get(0), externalId, narrowing, narrowingOperator, changes);
    }
    Optional<String> literal = literalArn(principal);
    Optional<String> parameter = parameterOf(principal);
    if (parameter.isPresent() && !oneValue(parameter.get())) {
      // A list of principals, or an account's root ARN: neither is one account id nor one role.
      return Optional.empty();
    }
    if (parameter.isPresent()) {
      if (holdsRoleArn(parameter.get())) {
        roleArnParameter = parameter.get();
      } else {
        accountParameter = parameter.get();
      }
    } else if (literal.isPresent() && ACCOUNT.matcher(literal.get()).matches()) {
      account = literal.get();
    } else if (literal.isPresent() && ROOT_SUB.matcher(literal.get()).matches()) {
      Matcher root = ROOT_SUB.matcher(literal.get());
      root.matches();
      if (root.group(1) == null) {
        return Optional.empty();
      }
      if (root.group(2) != null) {
        if (!template.parameters().containsKey(root.group(2))) {
          return Optional.empty();
        }
        accountParameter = root.group(2);
      } else {
        account = root.group(1);
      }
    } else if (literal.isPresent()
        && !literal.get().replace("${AWS::Partition}", "aws").contains("${")
        && Arn.parseIamRole(literal.get().replace("${AWS::Partition}", "aws")).isPresent()) {
      roleArn = literal.get().replace("${AWS::Partition}", "aws");
    } else {
      return Optional.empty();
    }
    // A role-ARN parameter is its own kind of vendor principal; "role" is for a written ARN.
    String kind = roleArn != null ? "role" : "account-root";
    String pattern = null;
    if (narrowing != null) {
      if (roleArnParameter != null || roleArn != null || account == null) {
        return Optional.empty();
      }
      Optional<String> narrowed = literalArn(narrowing);
      if (narrowed.isEmpty()) {
        return Optional.empty();
      }
      String arn = narrowed.get().replace("${AWS::Partition}", "aws");
      String prefix = "arn:aws:iam::" + account + ":";
      if (!arn.startsWith(prefix)) {
        return Optional.empty();
      }
      if (!arn.contains("*") && !arn.contains("?")) {
        roleArn = arn;
        kind = "account-root-narrowed";
        if (!narrowingOperator.equals("ArnEquals")) {
          changes.add(
              "aws:PrincipalArn compared with ArnEquals (" + narrowingOperator + " before)");
        }
      } else {
        pattern = arn.substring(prefix.length());
        if (!narrowingOperator.equals("StringLike")) {
          changes.add(
              "aws:PrincipalArn compared with StringLike (" + narrowingOperator + " before)");
        }
      }
    }
    return Optional.of(
        new VendorTrust(
            account,
            roleArn,
            accountParameter,
            roleArnParameter,
            kind,
            pattern,
            externalId,
            changes));
  }

  /**
   * Whether a parameter that is the whole principal holds one account id or one role ARN, which the
   * vendor's parameters take: not a list, and not an account's root ARN (whose parameter a
   * blueprint has no form for; its default or pattern names {@code :root}).
   */
  private boolean oneValue(String name) {
    Template.Parameter parameter = template.parameters().get(name);
    String shown =
        (parameter.defaultValue() == null ? "" : parameter.defaultValue())
            + " "
            + (parameter.allowedPattern() == null ? "" : parameter.allowedPattern());
    return !parameter.type().contains("List") && !shown.contains(":root");
  }

  /**
   * Whether a parameter that is the whole principal ({@code AWS: !Ref P}) is said as the vendor's
   * role-ARN parameter: the trust then names {@code !Ref P} as the original did. Only a parameter
   * whose default or pattern says it holds a 12-digit account id is the account's instead, whose
   * trust names the account root, which is the same principal.
   */
  private boolean holdsRoleArn(String name) {
    if (roleArnParameters.contains(name)) {
      return true;
    }
    Template.Parameter parameter = template.parameters().get(name);
    if (parameter.defaultValue() != null && !parameter.defaultValue().isEmpty()) {
      return !ACCOUNT.matcher(parameter.defaultValue()).matches();
    }
    String pattern = parameter.allowedPattern() == null ? "" : parameter.allowedPattern();
    return !(pattern.contains("{12}") && !pattern.contains("arn"));
  }

  private Optional<String> literalArn(Object value) {
    if (value instanceof Number number && number.longValue() >= 0) {
      // An account id written without quotes reads as a number; its leading zeros are gone.
      return Optional.of(String.format(java.util.Locale.ROOT, "%012d", number.longValue()));
    }
    if (value instanceof String text) {
      return Optional.of(text);
    }
    if (value instanceof Fn.Sub sub) {
      return Optional.of(sub.text());
    }
    return Optional.empty();
  }

  private Optional<String> externalIdParameter(Object stringEquals) {
    if (stringEquals instanceof Map<?, ?> keys) {
      return parameterOf(keys.get("sts:ExternalId"));
    }
    return Optional.empty();
  }

  /** The parameter a value is: {@code !Ref P}, or {@code !Sub ${P}} which says the same. */
  private Optional<String> parameterOf(Object value) {
    String name =
        value instanceof Fn.Ref ref
            ? ref.name()
            : value instanceof Fn.Sub sub
                ? dev.onramp.template.SubText.soleVariable(sub.text()).orElse(null)
                : null;
    return name != null && template.parameters().containsKey(name)
        ? Optional.of(name)
        : Optional.empty();
  }

  private static Optional<Map<?, ?>> soleStatement(Object document) {
    if (!(document instanceof Map<?, ?> fields)) {
      return Optional.empty();
    }
    Object statements = fields.get("Statement");
    Object only =
        statements instanceof List<?> list && list.size() == 1
            ? list.get(0)
            : statements instanceof Map<?, ?> ? statements : null;
    if (only instanceof Map<?, ?> statement && "Allow".equals(statement.get("Effect"))) {
      return Optional.of(statement);
    }
    return Optional.empty();
  }

  private static boolean isAssumeRole(Object action) {
    return "sts:AssumeRole".equals(action)
        || (action instanceof List<?> list && list.equals(List.of("sts:AssumeRole")));
  }

  private static boolean actionsIncludeAssumeRole(Object action) {
    return action instanceof List<?> list
        && list.contains("sts:AssumeRole")
        && list.stream()
            .allMatch(
                item ->
                    item instanceof String name
                        && (name.equals("sts:AssumeRole")
                            || name.equals("sts:TagSession")
                            || name.equals("sts:SetSourceIdentity")));
  }
}
