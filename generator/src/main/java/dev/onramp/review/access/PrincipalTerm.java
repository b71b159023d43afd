package dev.onramp.review.access;

import java.util.Locale;

/**
 * One entry of a statement's {@code Principal}: its type ({@code AWS}, {@code Service}, {@code
 * Federated}, {@code CanonicalUser}, or {@code *} for everyone) and value, an account id or ARN for
 * {@code AWS}.
 */
public record PrincipalTerm(String type, String value) {
  public static final PrincipalTerm ANYONE = new PrincipalTerm("*", "*");

  /** The account an {@code AWS} entry names as a whole (its id or root ARN), or empty. */
  String wholeAccount() {
    if (!type.equals("AWS")) {
      return "";
    }
    if (value.matches("\\d{12}")) {
      return value;
    }
    if (ArnGlobs.isArn(value) && value.endsWith(":root")) {
      String[] parts = ArnGlobs.split(value);
      return parts.length == 6 && parts[5].equals("root") ? parts[4] : "";
    }
    return "";
  }

  boolean matches(PrincipalWitness principal) {
    if (type.equals("*")) {
      return true;
    }
    if (value.equals("*")) {
      return type.equals(principal.type());
    }
    if (!type.equals(principal.type())) {
      return false;
    }
    if (type.equals("AWS")) {
      String account = wholeAccount();
      if (!account.isEmpty()) {
        return account.equals(principal.account());
      }
      return ArnGlobs.isArn(value)
          ? ArnGlobs.isArn(principal.id()) && ArnGlobs.matches(noWildcards(value), principal.id())
          : value.equals(principal.id());
    }
    if (type.equals("Service")) {
      return value.toLowerCase(Locale.ROOT).equals(principal.id().toLowerCase(Locale.ROOT));
    }
    return value.equals(principal.id());
  }

  /**
   * Principal ARNs take no wildcards: a {@code *} or {@code ?} in one is a character, spelled so
   * that glob matching reads it as one.
   */
  static String noWildcards(String arn) {
    return arn.replace("*", "\u0001").replace("?", "\u0002");
  }
}
