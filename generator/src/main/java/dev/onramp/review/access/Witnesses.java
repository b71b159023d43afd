package dev.onramp.review.access;

import dev.onramp.review.access.GlobWitnesses.Glob;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The parts of requests worth asking about for a set of statements: for principals, resources and
 * each context key, one value for every combination of the statements' tests that some value passes
 * (see {@link GlobWitnesses}), plus "something else" and "absent". {@code complete} is false when a
 * walk was cut short.
 */
final class Witnesses {
  /** An account no statement names: "anyone else". */
  static final String OTHER_ACCOUNT = "999999999999";

  private final boolean complete;
  final List<PrincipalWitness> principals;
  final List<String> resources;
  final Map<String, List<ContextValue>> context;

  private Witnesses(
      List<PrincipalWitness> principals,
      List<String> resources,
      Map<String, List<ContextValue>> context,
      boolean complete) {
    this.principals = principals;
    this.resources = resources;
    this.context = context;
    this.complete = complete;
  }

  boolean complete() {
    return complete;
  }

  static Witnesses of(Collection<AccessStatement> statements) {
    return of(statements, new java.util.HashMap<>());
  }

  /** As {@link #of(Collection)}, resource walks remembered in {@code walks} by pattern set. */
  static Witnesses of(
      Collection<AccessStatement> statements, Map<List<String>, GlobWitnesses.Result> walks) {
    boolean[] complete = {true};
    boolean principalsMatter = statements.stream().anyMatch(s -> !s.principals().isEmpty());
    List<PrincipalWitness> principals =
        principalsMatter ? principals(statements, complete) : List.of();
    boolean resourcesMatter = statements.stream().anyMatch(s -> !s.resources().isEmpty());
    List<String> resources = resourcesMatter ? resources(statements, walks, complete) : List.of();
    Map<String, List<ConditionTest>> tests = new TreeMap<>();
    for (AccessStatement statement : statements) {
      for (ConditionTest test : statement.conditions()) {
        if (!(principalsMatter && PrincipalWitness.decides(test.key()))) {
          tests.computeIfAbsent(test.key(), k -> new ArrayList<>()).add(test);
        }
      }
    }
    Map<String, List<ContextValue>> context = new TreeMap<>();
    tests.forEach((key, keyTests) -> context.put(key, values(keyTests, complete)));
    return new Witnesses(principals, resources, context, complete[0]);
  }

  private static List<String> resources(
      Collection<AccessStatement> statements,
      Map<List<String>, GlobWitnesses.Result> walks,
      boolean[] complete) {
    Set<String> patterns = new TreeSet<>();
    statements.forEach(s -> patterns.addAll(s.resources()));
    GlobWitnesses.Result result = walks.computeIfAbsent(List.copyOf(patterns), ArnGlobs::witnesses);
    complete[0] &= result.complete();
    return result.texts();
  }

  /**
   * Every principal named, a principal of every account named (its root and one of its roles), the
   * principals the {@code aws:PrincipalArn} patterns tell apart, a service no one named, a role of
   * an account no one named, and the anonymous caller.
   */
  private static List<PrincipalWitness> principals(
      Collection<AccessStatement> statements, boolean[] complete) {
    Set<String> accounts = new TreeSet<>();
    Set<String> arnPatterns = new TreeSet<>();
    Set<String> services = new TreeSet<>();
    Set<PrincipalWitness> others = new LinkedHashSet<>();
    for (AccessStatement statement : statements) {
      for (PrincipalTerm term : statement.principals()) {
        switch (term.type()) {
          case "AWS" -> {
            String account = term.wholeAccount();
            if (!account.isEmpty()) {
              accounts.add(account);
            } else if (ArnGlobs.isArn(term.value())) {
              arnPatterns.add(PrincipalTerm.noWildcards(term.value()));
            } else if (!term.value().equals("*")) {
              others.add(new PrincipalWitness("AWS", term.value(), ""));
            }
          }
          case "Service" -> services.add(term.value().toLowerCase(Locale.ROOT));
          case "*" -> {
            // Everyone: the witnesses below cover it.
          }
          default -> others.add(new PrincipalWitness(term.type(), term.value(), ""));
        }
      }
      for (ConditionTest test : statement.conditions()) {
        if (test.key().equals("aws:principalaccount")) {
          test.values().stream().filter(v -> !v.contains("*")).forEach(accounts::add);
        } else if (test.key().equals("aws:principalarn")) {
          arnPatterns.addAll(test.values());
        } else if (test.key().equals("aws:principalservicename")) {
          test.values().stream().map(v -> v.toLowerCase(Locale.ROOT)).forEach(services::add);
        }
      }
    }
    accounts.add(OTHER_ACCOUNT);
    for (String account : accounts) {
      arnPatterns.add("arn:aws:iam::" + account + ":root");
      arnPatterns.add("arn:aws:iam::" + account + ":role/*");
    }
    GlobWitnesses.Result arns = ArnGlobs.witnesses(List.copyOf(arnPatterns));
    complete[0] &= arns.complete();
    List<PrincipalWitness> out = new ArrayList<>();
    for (String arn : arns.texts()) {
      if (ArnGlobs.isArn(arn)) {
        String[] parts = ArnGlobs.split(arn);
        out.add(new PrincipalWitness("AWS", arn, parts.length == 6 ? parts[4] : ""));
      }
    }
    for (String account : accounts) {
      out.add(new PrincipalWitness("AWS", "arn:aws:iam::" + account + ":root", account));
    }
    services.add("onramp-witness.amazonaws.com");
    services.forEach(service -> out.add(new PrincipalWitness("Service", service, "")));
    out.addAll(others);
    out.add(PrincipalWitness.ANONYMOUS);
    return List.copyOf(new LinkedHashSet<>(out));
  }

  /** The values of one context key worth asking with, absent first. */
  private static List<ContextValue> values(List<ConditionTest> tests, boolean[] complete) {
    Set<String> singles = new LinkedHashSet<>();
    List<Glob> globs = new ArrayList<>();
    List<String> arnPatterns = new ArrayList<>();
    boolean multivalued = false;
    for (ConditionTest test : tests) {
      multivalued |= test.forAllValues() || test.forAnyValue();
      switch (test.family()) {
        case STRING, BINARY, BOOL -> test.values().forEach(v -> globs.add(Glob.literal(v)));
        case STRING_IGNORING_CASE -> {
          for (String v : test.values()) {
            globs.add(Glob.literal(v));
            singles.add(v.toUpperCase(Locale.ROOT));
            singles.add(v.toLowerCase(Locale.ROOT));
          }
        }
        case STRING_LIKE -> test.values().forEach(v -> globs.add(Glob.pattern(v)));
        case ARN -> arnPatterns.addAll(test.values());
        case NUMERIC -> singles.addAll(around(test.values(), ConditionTest::number));
        case DATE -> singles.addAll(dates(test.values()));
        case IP -> singles.addAll(addresses(test.values()));
        case NULL, UNKNOWN -> {
          // Present or absent is all a Null test asks; any value below serves as present.
        }
      }
      if (test.family() == ConditionTest.Family.BOOL) {
        singles.add("true");
        singles.add("false");
      }
    }
    GlobWitnesses.Result strings = GlobWitnesses.of(globs);
    GlobWitnesses.Result arns = ArnGlobs.witnesses(arnPatterns);
    complete[0] &= strings.complete() && arns.complete();
    singles.addAll(strings.texts());
    singles.addAll(arns.texts());
    if (singles.isEmpty()) {
      singles.add("onramp-witness");
    }
    List<ContextValue> out = new ArrayList<>();
    out.add(ContextValue.ABSENT);
    singles.forEach(v -> out.add(ContextValue.of(v)));
    if (multivalued) {
      out.add(ContextValue.ofAll(List.of()));
      List<String> all = List.copyOf(singles);
      String other = all.get(all.size() - 1);
      for (String value : all) {
        if (!value.equals(other)) {
          out.add(ContextValue.ofAll(List.of(value, other)));
        }
      }
      out.add(ContextValue.ofAll(all));
    }
    return out;
  }

  /** Each number, the numbers between neighbours, and one beyond each end. */
  private static List<String> around(
      List<String> values, java.util.function.Function<String, Optional<BigDecimal>> parse) {
    TreeSet<BigDecimal> numbers = new TreeSet<>();
    values.forEach(v -> parse.apply(v).ifPresent(numbers::add));
    List<String> out = new ArrayList<>();
    BigDecimal previous = null;
    for (BigDecimal number : numbers) {
      if (previous != null) {
        out.add(previous.add(number).divide(BigDecimal.valueOf(2)).toPlainString());
      }
      out.add(number.toPlainString());
      previous = number;
    }
    if (!numbers.isEmpty()) {
      out.add(numbers.first().subtract(BigDecimal.ONE).toPlainString());
      out.add(numbers.last().add(BigDecimal.ONE).toPlainString());
    }
    return out;
  }

  private static List<String> dates(List<String> values) {
    List<String> millis = new ArrayList<>();
    values.forEach(v -> ConditionTest.date(v).ifPresent(m -> millis.add(m.toString())));
    List<String> out = new ArrayList<>();
    for (String text : around(millis, ConditionTest::number)) {
      BigDecimal value = new BigDecimal(text);
      out.add(
          Instant.ofEpochMilli(value.setScale(0, java.math.RoundingMode.FLOOR).longValueExact())
              .toString());
    }
    return out;
  }

  /** The first and last address of each range, and the addresses just outside it. */
  private static List<String> addresses(List<String> values) {
    List<String> out = new ArrayList<>();
    for (String value : values) {
      Cidr.parse(value)
          .ifPresent(
              cidr -> {
                for (BigInteger address :
                    List.of(
                        cidr.first(),
                        cidr.last(),
                        cidr.first().subtract(BigInteger.ONE),
                        cidr.last().add(BigInteger.ONE))) {
                  cidr.text(address).ifPresent(out::add);
                }
              });
    }
    out.add("192.0.2.1");
    return out;
  }
}
