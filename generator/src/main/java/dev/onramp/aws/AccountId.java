package dev.onramp.aws;

import java.util.regex.Pattern;

/** An AWS account id: twelve digits, leading zeros kept, as AWS writes it. */
public final class AccountId {
  /** The regular expression, for patterns written into templates and schemas. */
  public static final String REGEX = "\\d{12}";

  private static final Pattern PATTERN = Pattern.compile(REGEX);

  private AccountId() {}

  /** Whether {@code text} is an account id (and nothing more). */
  public static boolean isAccountId(String text) {
    return text != null && PATTERN.matcher(text).matches();
  }
}
