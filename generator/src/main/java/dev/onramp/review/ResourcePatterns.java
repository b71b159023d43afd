package dev.onramp.review;

import dev.onramp.aws.Arn;
import dev.onramp.iam.Wildcards;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares resource patterns (the canonical text of {@code Resource} entries) the way IAM matches
 * them: {@code *} and {@code ?} are wildcards, everything else, including {@code ${…}}
 * placeholders, is compared as text and with case (ARNs are case-sensitive).
 */
final class ResourcePatterns {
  /** The text standing for a {@code NotResource} list: everything except the patterns. */
  static final String EXCEPT = "* except ";

  private ResourcePatterns() {}

  /** The patterns of a {@code NotResource} text made by {@link StatementReader}. */
  static List<String> excepted(String text) {
    String list = text.substring(EXCEPT.length());
    if (list.startsWith("[") && list.endsWith("]")) {
      list = list.substring(1, list.length() - 1);
    }
    return list.isEmpty() ? List.of() : List.of(list.split(", "));
  }

  /** Whether {@code wide} matches at least everything {@code narrow} matches. */
  static boolean covers(String wide, String narrow) {
    if (wide.equals(narrow) || wide.equals("*")) {
      return true;
    }
    if (wide.startsWith(EXCEPT) || (wide.indexOf('*') < 0 && wide.indexOf('?') < 0)) {
      return false;
    }
    // A wildcard in the narrow pattern is matched as a plain character: a pattern covers another
    // when it matches the other's text, as arn:…:b/* matches arn:…:b/cur/*.
    return Wildcards.matches(wide, narrow);
  }

  /** Whether every pattern of {@code narrow} is covered by one of {@code wide}. */
  static boolean coversAll(Collection<String> wide, Collection<String> narrow) {
    for (String n : narrow) {
      if (wide.stream().noneMatch(w -> covers(w, n))) {
        return false;
      }
    }
    return true;
  }

  /** The patterns without those another one covers, sorted: {@code [*, arn:…]} is {@code [*]}. */
  static List<String> minimal(Collection<String> patterns) {
    if (patterns.size() == 1) {
      return List.copyOf(patterns);
    }
    List<String> sorted = new ArrayList<>(new TreeSet<>(patterns));
    List<String> kept = new ArrayList<>();
    for (String pattern : sorted) {
      boolean redundant = false;
      for (String other : sorted) {
        if (!other.equals(pattern) && covers(other, pattern)) {
          redundant = true;
          break;
        }
      }
      if (!redundant) {
        kept.add(pattern);
      }
    }
    return List.copyOf(kept);
  }

  /**
   * The services the patterns' ARNs name ({@code arn:partition:service:…}), lower-cased; empty when
   * any pattern is not such an ARN or its service is a variable or wildcard, meaning any service.
   */
  static Set<String> services(Collection<String> patterns) {
    Set<String> services = new TreeSet<>();
    for (String pattern : patterns) {
      String service = Arn.serviceOf(pattern).orElse("");
      if (service.isEmpty() || !service.matches("[A-Za-z0-9-]+")) {
        return Set.of();
      }
      services.add(service.toLowerCase(Locale.ROOT));
    }
    return services;
  }
}
