package dev.onramp.review.report;

import dev.onramp.iam.Effect;
import dev.onramp.review.Condition;
import dev.onramp.review.ConditionSet;
import dev.onramp.review.Guard;
import dev.onramp.review.PolicyKind;
import dev.onramp.review.PolicyStatement;
import dev.onramp.review.Principal;
import dev.onramp.review.Subject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** How the Markdown reports write the parts of a statement, in table cells and bullets alike. */
final class Cells {
  private static final String EXTERNAL_ID = "sts:externalid";
  private static final String PRINCIPAL_ARN = "aws:principalarn";

  /**
   * Principal types that can stand for another account, the callers an {@code sts:ExternalId}
   * condition guards against the confused deputy. Services and federated identities pass none.
   */
  private static final Set<String> CROSS_ACCOUNT = Set.of("AWS", "*");

  private Cells() {}

  /** {@code AWS `arn:…`}, {@code anyone (`*`)}, {@code everyone but Service `x`}. */
  static String principal(Principal principal) {
    if (principal.isNone()) {
      return "";
    }
    String who =
        principal.type().equals("*")
            ? "anyone (" + Markdown.code("*") + ")"
            : Markdown.text(principal.type()) + " " + Markdown.code(principal.value());
    return principal.excluded() ? "everyone but " + who : who;
  }

  /**
   * The IAM conditions, each as code, joined by {@code and} (all must hold); {@code none} without
   * any. A cross-account principal allowed in a trust policy without {@code sts:ExternalId} is
   * flagged, as the condition is what keeps a vendor from being tricked into using the role for
   * someone else.
   */
  static String conditions(PolicyStatement statement) {
    ConditionSet conditions = statement.conditions();
    String text =
        conditions.isEmpty()
            ? "none"
            : conditions.conditions().stream()
                .map(Condition::toString)
                .map(Markdown::code)
                .collect(Collectors.joining(" and "));
    if (lacksExternalId(statement)) {
      text += " (**no sts:ExternalId**)";
    }
    return trustsWholeAccount(statement) ? text + " (**any principal of that account**)" : text;
  }

  /**
   * Whether a trust statement lets every principal of another account in (its root, not narrowed by
   * {@code aws:PrincipalArn}): whoever there holds the conditions' values may assume, not one role.
   */
  private static boolean trustsWholeAccount(PolicyStatement statement) {
    String value = statement.principal().value();
    return statement.kind() == PolicyKind.TRUST
        && statement.effect() == Effect.ALLOW
        && !statement.principal().excluded()
        && statement.principal().type().equals("AWS")
        && (value.endsWith(":root") || value.matches("\\d{12}"))
        && !value.contains("${AWS::AccountId}")
        && !statement.conditions().tests(PRINCIPAL_ARN);
  }

  private static boolean lacksExternalId(PolicyStatement statement) {
    return statement.kind() == PolicyKind.TRUST
        && statement.effect() == Effect.ALLOW
        && !statement.principal().excluded()
        && CROSS_ACCOUNT.contains(statement.principal().type())
        && !statement.conditions().tests(EXTERNAL_ID);
  }

  /** {@code always}, or the template conditions as code: {@code `HasX` and not `IsChina`}. */
  static String guard(Guard guard) {
    if (guard.isAlways()) {
      return "always";
    }
    return guard.literals().stream()
        .map(literal -> (literal.holds() ? "" : "not ") + Markdown.code(literal.condition()))
        .collect(Collectors.joining(" and "));
  }

  /** Each resource as code, joined by commas. */
  static String resources(List<String> resources) {
    return resources.stream().map(Markdown::code).collect(Collectors.joining(", "));
  }

  /** {@code Allow} or {@code **Deny**}: a Deny takes away, and is rare enough to stand out. */
  static String effect(Effect effect) {
    return effect == Effect.ALLOW ? "Allow" : "**Deny**";
  }

  /**
   * {@code Role `FinOpsRole`}, {@code Bucket policy of `${Bucket}`}; a subject of a StackSet's
   * member template says so ({@code Role `R` in StackSet member MemberStackSet}).
   */
  static String subject(Subject subject) {
    String label = subject.type().label();
    return Character.toUpperCase(label.charAt(0)) + label.substring(1) + " " + name(subject);
  }

  /** The subject's name as code, and the StackSet member it is in. */
  static String name(Subject subject) {
    return Markdown.code(subject.name())
        + (subject.scope().isEmpty() ? "" : " in " + Markdown.text(subject.scope()));
  }
}
