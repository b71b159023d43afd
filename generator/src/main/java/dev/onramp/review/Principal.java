package dev.onramp.review;

import dev.onramp.aws.AccountId;
import dev.onramp.aws.Partition;
import java.util.Comparator;
import java.util.Locale;

/**
 * Who a trust or resource policy statement lets in: {@code *} (anyone), or a type ({@code AWS},
 * {@code Service}, {@code Federated}, {@code CanonicalUser}) and one value. {@code excluded} marks
 * a {@code NotPrincipal} entry. Identity policies name no principal ({@link #NONE}): the role they
 * are attached to is the one that acts.
 *
 * <p>Canonical forms: {@code {"AWS": "*"}} is {@code *}, as IAM treats them alike; a bare account
 * id is that account's root ARN in the stack's partition (IAM stores it so); service names are
 * lower-cased. ARNs otherwise stay as written ({@code arn:aws:} and {@code arn:${AWS::Partition}:}
 * differ, as they do outside the commercial partition).
 */
public record Principal(String type, String value, boolean excluded)
    implements Comparable<Principal> {
  public static final Principal NONE = new Principal("", "", false);
  public static final Principal ANYONE = new Principal("*", "*", false);

  private static final Comparator<Principal> ORDER =
      Comparator.comparing(Principal::excluded)
          .thenComparing(Principal::type)
          .thenComparing(Principal::value);

  /** The principal of {@code type} with the canonical text {@code text} of its value. */
  static Principal of(String type, String text, boolean excluded) {
    if (text.equals("*")) {
      return excluded ? new Principal("*", "*", true) : ANYONE;
    }
    if (type.equals("AWS") && AccountId.isAccountId(text)) {
      return new Principal(type, "arn:" + Partition.VARIABLE + ":iam::" + text + ":root", excluded);
    }
    if (type.equals("Service")) {
      return new Principal(type, text.toLowerCase(Locale.ROOT), excluded);
    }
    return new Principal(type, text, excluded);
  }

  public boolean isNone() {
    return type.isEmpty();
  }

  /**
   * Whether every caller {@code other} lets in, this one lets in too: {@code *} covers everyone, an
   * account's root covers the account's roles and users.
   */
  public boolean covers(Principal other) {
    if (equals(other)) {
      return true;
    }
    if (excluded || other.excluded) {
      return false;
    }
    if (this.equals(ANYONE)) {
      return !other.isNone();
    }
    if (type.equals("AWS") && other.type.equals("AWS") && value.endsWith(":root")) {
      String account = value.substring(0, value.length() - "root".length());
      return other.value.startsWith(account);
    }
    return false;
  }

  @Override
  public int compareTo(Principal other) {
    return ORDER.compare(this, other);
  }

  /** {@code AWS arn:…:root}, {@code Service lambda.amazonaws.com}, {@code *}, {@code not …}. */
  @Override
  public String toString() {
    String text = type.equals("*") && value.equals("*") ? "*" : type + " " + value;
    return isNone() ? "" : excluded ? "not " + text : text;
  }
}
