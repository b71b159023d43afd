package dev.onramp.review;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One test of an IAM {@code Condition} block: an operator, a condition key and the values it
 * accepts, canonical so that spellings compare equal: the operator in AWS's spelling, the key
 * lower-cased (IAM ignores its case), the values as {@link CanonicalText} sorted and without
 * duplicates ({@code Bool} values lower-cased, since IAM reads {@code True} as {@code true}).
 */
public record Condition(String operator, String key, List<String> values)
    implements Comparable<Condition> {

  /** The operators IAM documents, by lower-cased name, to restore AWS's spelling. */
  private static final Map<String, String> OPERATORS = operators();

  private static final Comparator<Condition> ORDER =
      Comparator.comparing(Condition::key)
          .thenComparing(Condition::operator)
          .thenComparing(
              Condition::values, (a, b) -> Lists.compare(a, b, Comparator.<String>naturalOrder()));

  public Condition {
    values = List.copyOf(new TreeSet<>(values));
  }

  static Condition of(String operator, String key, Collection<String> values) {
    String canonical = canonicalOperator(operator);
    boolean bool = canonical.replace("IfExists", "").endsWith("Bool");
    return new Condition(
        canonical,
        key.toLowerCase(Locale.ROOT),
        bool ? values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList() : List.copyOf(values));
  }

  /**
   * Whether this test lets through no more requests than {@code other}: the same operator and key,
   * and a value set that accepts less. Several values are alternatives, so fewer values accept
   * less, except under a negated operator ({@code StringNotEquals}), where more values exclude
   * more.
   */
  boolean isNarrowerOrEqual(Condition other) {
    if (!operator.equals(other.operator) || !key.equals(other.key)) {
      return false;
    }
    return isNegated() ? values.containsAll(other.values) : other.values.containsAll(values);
  }

  private boolean isNegated() {
    String base = operator.substring(operator.indexOf(':') + 1);
    return base.contains("Not");
  }

  @Override
  public int compareTo(Condition other) {
    return ORDER.compare(this, other);
  }

  /** {@code StringEquals sts:externalid=${ExternalId}}, or {@code …=[a, b]} for several values. */
  @Override
  public String toString() {
    return operator
        + " "
        + key
        + "="
        + (values.size() == 1 ? values.get(0) : "[" + String.join(", ", values) + "]");
  }

  /**
   * AWS's spelling of an operator, with its {@code ForAllValues:}/{@code ForAnyValue:} qualifier
   * and {@code IfExists} suffix; an operator IAM does not document is kept as written.
   */
  static String canonicalOperator(String operator) {
    String qualifier = "";
    String base = operator.strip();
    int colon = base.indexOf(':');
    if (colon >= 0) {
      String written = base.substring(0, colon).toLowerCase(Locale.ROOT);
      qualifier =
          switch (written) {
            case "forallvalues" -> "ForAllValues:";
            case "foranyvalue" -> "ForAnyValue:";
            default -> base.substring(0, colon + 1);
          };
      base = base.substring(colon + 1);
    }
    String suffix = "";
    if (base.toLowerCase(Locale.ROOT).endsWith("ifexists")) {
      suffix = "IfExists";
      base = base.substring(0, base.length() - suffix.length());
    }
    String known = OPERATORS.get(base.toLowerCase(Locale.ROOT));
    return known == null ? operator.strip() : qualifier + known + suffix;
  }

  private static Map<String, String> operators() {
    Map<String, String> operators = new TreeMap<>();
    for (String name :
        List.of(
            "StringEquals",
            "StringNotEquals",
            "StringEqualsIgnoreCase",
            "StringNotEqualsIgnoreCase",
            "StringLike",
            "StringNotLike",
            "NumericEquals",
            "NumericNotEquals",
            "NumericLessThan",
            "NumericLessThanEquals",
            "NumericGreaterThan",
            "NumericGreaterThanEquals",
            "DateEquals",
            "DateNotEquals",
            "DateLessThan",
            "DateLessThanEquals",
            "DateGreaterThan",
            "DateGreaterThanEquals",
            "Bool",
            "BinaryEquals",
            "IpAddress",
            "NotIpAddress",
            "ArnEquals",
            "ArnLike",
            "ArnNotEquals",
            "ArnNotLike",
            "Null")) {
      operators.put(name.toLowerCase(Locale.ROOT), name);
    }
    return Map.copyOf(operators);
  }
}
