package dev.onramp.compile;

import dev.onramp.aws.AccountId;
import dev.onramp.aws.Arn;
import dev.onramp.blueprint.model.ParameterSpec;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A parameter that names the vendor's principal at deploy time: the account id or the role ARN the
 * roles trust. Whoever fills it in decides who may assume the roles, so its pattern must accept
 * nothing but an account id (a role ARN): the one created for a blueprint does, and one the vendor
 * declares must refuse every value of {@link #refused} that the created one refuses.
 */
enum PrincipalParameter {
  ACCOUNT_ID(
      "^" + AccountId.REGEX + "$",
      "Must be a 12-digit AWS account id.",
      "Vendor account id",
      "The 12-digit AWS account id of the vendor's principal. Provided by the vendor.",
      "111122223333",
      AccountId::isAccountId,
      Probes.ACCOUNT_IDS),
  HUB_ACCOUNT_ID(
      "^" + AccountId.REGEX + "$",
      "Must be a 12-digit AWS account id.",
      "Hub account id",
      "The 12-digit id of your organization's account that holds the hub role (the management"
          + " or delegated administrator account).",
      "111122223333",
      AccountId::isAccountId,
      Probes.ACCOUNT_IDS),
  ROLE_ARN(
      "^arn:aws(-cn|-us-gov|-iso|-iso-[a-z])?:iam::"
          + AccountId.REGEX
          + ":role/([\\w+=,.@-]+/)*[\\w+=,.@-]{1,64}$",
      "Must be the ARN of an IAM role: arn:<partition>:iam::<12-digit account>:role/<name>.",
      "Vendor role ARN",
      "The ARN of the vendor's IAM role that may assume this stack's roles. Provided by the"
          + " vendor.",
      "arn:aws:iam::111122223333:role/Scanner",
      text -> Arn.parseIamRole(text).isPresent(),
      List.of(
          "",
          "*",
          "arn:aws:iam::*:role/Scanner",
          "arn:aws:iam::????????????:role/Scanner",
          "arn:aws:iam::111122223333:role/*",
          "arn:aws:iam::111122223333:role/Scan*",
          "arn:aws:iam::111122223333:role/",
          "arn:aws:iam::111122223333:root",
          "arn:aws:iam::111122223333:user/Scanner",
          "arn:aws:iam::11112222333:role/Scanner",
          "arn:aws:sts::111122223333:assumed-role/Scanner/session",
          "arn:aws:iam::111122223333:role/Scanner ",
          "arn:aws:iam::111122223333:role/Scanner\n",
          "arn:aws:iam::111122223333:role/A,arn:aws:iam::444455556666:role/B",
          "111122223333"));

  /** Values no account id parameter may accept: wildcards, lists, near misses. */
  private static final class Probes {
    static final List<String> ACCOUNT_IDS =
        List.of(
            "",
            " ",
            "*",
            "?",
            "11112222333*",
            "*11112222333",
            "1111222233?3",
            "11112222333",
            "1111222233334",
            "111122223333 ",
            " 111122223333",
            "111122223333\n",
            "abcdefghijkl",
            "111122223333:root",
            "arn:aws:iam::111122223333:root",
            "111122223333,444455556666");
  }

  private final String pattern;
  private final String constraint;
  private final String label;
  private final String description;
  private final String example;
  private final Predicate<String> valid;
  private final List<String> refused;

  PrincipalParameter(
      String pattern,
      String constraint,
      String label,
      String description,
      String example,
      Predicate<String> valid,
      List<String> refused) {
    this.pattern = pattern;
    this.constraint = constraint;
    this.label = label;
    this.description = description;
    this.example = example;
    this.valid = valid;
    this.refused = refused;
  }

  /** The AllowedPattern of the parameter created when the blueprint does not declare it. */
  String pattern() {
    return pattern;
  }

  /** Whether {@code value} is an account id (a role ARN), as a default must be. */
  boolean isValid(String value) {
    return valid.test(value);
  }

  /** The parameter created when the blueprint does not declare it, in the vendor's group. */
  ParameterSpec created(String name, String group) {
    return new ParameterSpec(
        name,
        ParameterSpec.Type.STRING,
        description,
        label,
        group,
        null,
        null,
        pattern,
        constraint,
        false,
        null,
        null);
  }

  /**
   * Why the declared parameter would let the customer trust more than one account id (role ARN), or
   * empty when it is at least as strict as the created one: its allowed values are all valid, or
   * its pattern refuses every wildcard, list and near miss the created one refuses and still
   * accepts a valid value. CloudFormation matches a pattern against the whole value.
   */
  Optional<String> weakness(ParameterSpec declared) {
    if (declared.type() != ParameterSpec.Type.STRING) {
      return Optional.of("it is a " + declared.type().label() + ", not a String");
    }
    if (!declared.allowedValues().isEmpty()) {
      return declared.allowedValues().stream()
          .filter(value -> !valid.test(value))
          .findFirst()
          .map(value -> "its allowed value '" + value + "' is not " + what());
    }
    if (declared.allowedPattern() == null || declared.allowedPattern().isEmpty()) {
      return Optional.of("it has no allowedPattern, so any text is trusted");
    }
    Pattern declaredPattern;
    try {
      declaredPattern = Pattern.compile(declared.allowedPattern());
    } catch (PatternSyntaxException e) {
      return Optional.of("its allowedPattern is not a regular expression");
    }
    for (String value : refused) {
      if (declaredPattern.matcher(value).matches()) {
        return Optional.of("its allowedPattern accepts '" + printable(value) + "'");
      }
    }
    if (!declaredPattern.matcher(example).matches()) {
      return Optional.of("its allowedPattern refuses " + what() + " such as '" + example + "'");
    }
    return Optional.empty();
  }

  /** What the parameter holds, for messages. */
  String what() {
    return this == ROLE_ARN ? "an IAM role ARN" : "an AWS account id";
  }

  private static String printable(String value) {
    return value.replace("\n", "\\n");
  }
}
