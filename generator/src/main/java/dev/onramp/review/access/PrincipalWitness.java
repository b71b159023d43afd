package dev.onramp.review.access;

/**
 * A principal a request may come from: its type ({@code AWS}, {@code Service}, {@code Federated},
 * {@code CanonicalUser}, or {@code Anonymous}), its ARN or name, and its account ({@code AWS}
 * principals only).
 */
public record PrincipalWitness(String type, String id, String account) {
  static final PrincipalWitness ANONYMOUS = new PrincipalWitness("Anonymous", "anonymous", "");

  /** The value IAM puts in {@code aws:PrincipalArn}, {@code aws:PrincipalAccount} and such. */
  ContextValue contextValue(String key) {
    return switch (key) {
      case "aws:principalarn" -> type.equals("AWS") ? ContextValue.of(id) : ContextValue.ABSENT;
      case "aws:principalaccount" ->
          type.equals("AWS") && !account.isEmpty() ? ContextValue.of(account) : ContextValue.ABSENT;
      case "aws:principalservicename" ->
          type.equals("Service") ? ContextValue.of(id) : ContextValue.ABSENT;
      default -> ContextValue.ABSENT;
    };
  }

  /** Whether {@code key} is one the principal decides, not the request. */
  static boolean decides(String key) {
    return key.equals("aws:principalarn")
        || key.equals("aws:principalaccount")
        || key.equals("aws:principalservicename");
  }

  @Override
  public String toString() {
    return type.equals("AWS") || type.equals("Anonymous") ? id : type + " " + id;
  }
}
