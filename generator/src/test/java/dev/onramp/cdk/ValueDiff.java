package dev.onramp.cdk;

import dev.onramp.template.Fn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The differences between two template values, one line per place, named by its path ({@code
 * Properties.Policies[0].PolicyName}). Maps compare key by key, lists item by item (order matters,
 * as it does to CloudFormation), functions argument by argument; values that CloudFormation turns
 * into text compare as {@link StringExpression}s, so equal text written differently is equal.
 *
 * @param subject what the values belong to, leading each line ({@code resource PortalRole})
 * @param comparedElsewhere paths left out, because another comparison covers them (the IAM policy
 *     documents, compared by what they grant)
 */
record ValueDiff(String subject, Predicate<String> comparedElsewhere) {

  static ValueDiff of(String subject) {
    return new ValueDiff(subject, path -> false);
  }

  List<String> between(String path, Object expected, Object actual) {
    List<String> out = new ArrayList<>();
    compare(path, expected, actual, out);
    return List.copyOf(out);
  }

  private void compare(String path, Object expected, Object actual, List<String> out) {
    if (comparedElsewhere.test(path)) {
      return;
    }
    Optional<StringExpression> expectedText = StringExpression.of(expected);
    Optional<StringExpression> actualText = StringExpression.of(actual);
    if (expectedText.isPresent() && actualText.isPresent()) {
      if (!expectedText.equals(actualText)) {
        out.add(
            line(path, "expected " + ValueText.of(expected) + ", actual " + ValueText.of(actual)));
      }
      return;
    }
    if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
      e.forEach(
          (key, value) -> {
            String at = child(path, String.valueOf(key));
            if (a.containsKey(key)) {
              compare(at, value, a.get(key), out);
            } else if (!comparedElsewhere.test(at)) {
              out.add(line(at, "missing, expected " + ValueText.of(value)));
            }
          });
      a.forEach(
          (key, value) -> {
            String at = child(path, String.valueOf(key));
            if (!e.containsKey(key) && !comparedElsewhere.test(at)) {
              out.add(line(at, "unexpected " + ValueText.of(value)));
            }
          });
      return;
    }
    if (expected instanceof List<?> e && actual instanceof List<?> a) {
      for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
        String at = path + "[" + i + "]";
        if (i >= a.size()) {
          out.add(line(at, "missing, expected " + ValueText.of(e.get(i))));
        } else if (i >= e.size()) {
          out.add(line(at, "unexpected " + ValueText.of(a.get(i))));
        } else {
          compare(at, e.get(i), a.get(i), out);
        }
      }
      return;
    }
    if (expected instanceof Fn e && actual instanceof Fn a && e.getClass() == a.getClass()) {
      compare(child(path, e.jsonKey()), e.argument(), a.argument(), out);
      return;
    }
    if (!Objects.equals(expected, actual)) {
      out.add(
          line(path, "expected " + ValueText.of(expected) + ", actual " + ValueText.of(actual)));
    }
  }

  private static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  private String line(String path, String detail) {
    return subject + ": " + (path.isEmpty() ? "" : path + ": ") + detail;
  }
}
