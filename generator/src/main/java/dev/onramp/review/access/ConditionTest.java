package dev.onramp.review.access;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One test of a statement's {@code Condition} block, evaluated as IAM does: the operator in AWS's
 * spelling (with its {@code ForAllValues:}/{@code ForAnyValue:} qualifier and {@code IfExists}
 * suffix), the key lower-cased, the values it compares with.
 */
public record ConditionTest(String operator, String key, List<String> values) {
  /** The families of operators, by what they compare. */
  enum Family {
    STRING,
    STRING_IGNORING_CASE,
    STRING_LIKE,
    ARN,
    NUMERIC,
    DATE,
    BOOL,
    IP,
    BINARY,
    NULL,
    UNKNOWN
  }

  public ConditionTest {
    key = key.toLowerCase(Locale.ROOT);
    values = List.copyOf(values);
  }

  String base() {
    String base = operator.substring(operator.indexOf(':') + 1);
    return base.endsWith("IfExists")
        ? base.substring(0, base.length() - "IfExists".length())
        : base;
  }

  boolean ifExists() {
    return operator.endsWith("IfExists");
  }

  boolean forAllValues() {
    return operator.startsWith("ForAllValues:");
  }

  boolean forAnyValue() {
    return operator.startsWith("ForAnyValue:");
  }

  boolean negated() {
    String base = base();
    return base.contains("Not") && !base.equals("Null");
  }

  Family family() {
    String base = base().replace("Not", "");
    return switch (base) {
      case "StringEquals" -> Family.STRING;
      case "StringEqualsIgnoreCase" -> Family.STRING_IGNORING_CASE;
      case "StringLike" -> Family.STRING_LIKE;
      case "ArnEquals", "ArnLike" -> Family.ARN;
      case "NumericEquals",
          "NumericLessThan",
          "NumericLessThanEquals",
          "NumericGreaterThan",
          "NumericGreaterThanEquals" ->
          Family.NUMERIC;
      case "DateEquals",
          "DateLessThan",
          "DateLessThanEquals",
          "DateGreaterThan",
          "DateGreaterThanEquals" ->
          Family.DATE;
      case "Bool" -> Family.BOOL;
      case "IpAddress" -> Family.IP;
      case "BinaryEquals" -> Family.BINARY;
      case "Null" -> Family.NULL;
      default -> Family.UNKNOWN;
    };
  }

  /**
   * Whether a request whose context holds {@code given} for this key passes: {@code null} when the
   * key is absent, one value, or the values of a multivalued key.
   */
  boolean passes(ContextValue given) {
    if (family() == Family.NULL) {
      boolean absent = given.isAbsent();
      return values.stream().anyMatch(v -> v.equalsIgnoreCase("true")) ? absent : !absent;
    }
    if (given.isAbsent()) {
      if (forAllValues()) {
        return true;
      }
      if (forAnyValue()) {
        return false;
      }
      return ifExists() || negated();
    }
    List<String> texts = given.values();
    if (forAllValues()) {
      return texts.stream().allMatch(this::passesOne);
    }
    if (forAnyValue() || texts.size() != 1) {
      return texts.stream().anyMatch(this::passesOne);
    }
    return passesOne(texts.get(0));
  }

  /** One request value against the policy's values: any of them, or none of them if negated. */
  private boolean passesOne(String given) {
    boolean any = values.stream().anyMatch(wanted -> compares(given, wanted));
    return negated() ? !any : any;
  }

  private boolean compares(String given, String wanted) {
    String base = base().replace("Not", "");
    return switch (family()) {
      case STRING, BINARY -> given.equals(wanted);
      case STRING_IGNORING_CASE -> given.equalsIgnoreCase(wanted);
      case STRING_LIKE -> dev.onramp.iam.Wildcards.matches(wanted, given);
      case ARN -> ArnGlobs.isArn(given) && ArnGlobs.matches(wanted, given);
      case BOOL -> given.equalsIgnoreCase(wanted);
      case NUMERIC -> ordered(base, number(given), number(wanted));
      case DATE -> ordered(base, date(given), date(wanted));
      case IP ->
          Cidr.parse(wanted).flatMap(cidr -> Cidr.address(given).map(cidr::contains)).orElse(false);
      case NULL, UNKNOWN -> false;
    };
  }

  private static <T extends Comparable<T>> boolean ordered(
      String base, Optional<T> given, Optional<T> wanted) {
    if (given.isEmpty() || wanted.isEmpty()) {
      return false;
    }
    int order = given.get().compareTo(wanted.get());
    if (base.endsWith("LessThanEquals")) {
      return order <= 0;
    }
    if (base.endsWith("LessThan")) {
      return order < 0;
    }
    if (base.endsWith("GreaterThanEquals")) {
      return order >= 0;
    }
    if (base.endsWith("GreaterThan")) {
      return order > 0;
    }
    return order == 0;
  }

  static Optional<BigDecimal> number(String text) {
    try {
      return Optional.of(new BigDecimal(text.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A date as IAM reads it: ISO 8601, or seconds since the epoch. */
  static Optional<BigInteger> date(String text) {
    String value = text.strip();
    try {
      return Optional.of(BigInteger.valueOf(Instant.parse(value).toEpochMilli()));
    } catch (DateTimeParseException e) {
      // Next form.
    }
    try {
      return Optional.of(
          BigInteger.valueOf(OffsetDateTime.parse(value).toInstant().toEpochMilli()));
    } catch (DateTimeParseException e) {
      // Next form.
    }
    try {
      return Optional.of(
          BigInteger.valueOf(
              java.time.LocalDate.parse(value)
                  .atStartOfDay(java.time.ZoneOffset.UTC)
                  .toInstant()
                  .toEpochMilli()));
    } catch (DateTimeParseException e) {
      // Next form.
    }
    return number(value).map(seconds -> seconds.multiply(BigDecimal.valueOf(1000)).toBigInteger());
  }
}
