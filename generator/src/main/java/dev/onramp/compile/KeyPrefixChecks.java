package dev.onramp.compile;

import dev.onramp.blueprint.model.PolicySetRef;
import dev.onramp.compile.policy.BuiltInPolicySets;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.diagnostic.DiagnosticCode;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks a policy set's {@code keyPrefix}: only a set that limits tag keys takes one, and the
 * prefix is a literal IAM tag-key prefix that ends in a separator, so {@code prefix*} grants the
 * vendor's own namespace of keys and nothing else (no wildcard, no {@code aws:} keys, no {@code
 * nimbus} that would also match {@code nimbusX}).
 */
final class KeyPrefixChecks {
  /** Letters, digits and the punctuation IAM allows in tag keys, spaces and wildcards excepted. */
  private static final Pattern KEY_CHARACTERS = Pattern.compile("[\\p{L}\\p{N}_.:/=+@-]+");

  private static final String SEPARATORS = ":/-_.";
  private static final int MAX_PREFIX = 127;

  private final SectionContext context;

  KeyPrefixChecks(SectionContext context) {
    this.context = context;
  }

  void check(PolicySetRef ref, String path) {
    String prefix = ref.keyPrefix();
    if (prefix == null) {
      return;
    }
    String at = path + ".keyPrefix";
    if (!BuiltInPolicySets.TAKE_KEY_PREFIX.contains(ref.set())) {
      context.error(
          DiagnosticCode.INVALID_KEY_PREFIX,
          at,
          "policy set '" + ref.set() + "' takes no keyPrefix: it limits no tag keys",
          "remove keyPrefix; it applies to "
              + String.join(", ", BuiltInPolicySets.TAKE_KEY_PREFIX));
      return;
    }
    if (prefix.contains("*") || prefix.contains("?")) {
      context.error(
          DiagnosticCode.INVALID_KEY_PREFIX,
          at,
          "key prefix '"
              + prefix
              + "' has a wildcard, so the vendor could write tags of any key"
              + " it matches",
          "write the literal prefix, such as 'nimbus:'; the set adds the '*' itself");
    } else if (!KEY_CHARACTERS.matcher(prefix).matches() || prefix.length() > MAX_PREFIX) {
      context.error(
          DiagnosticCode.INVALID_KEY_PREFIX,
          at,
          "'" + prefix + "' is not a tag key prefix",
          "use at most " + MAX_PREFIX + " letters, digits and _ . : / = + @ -, such as 'nimbus:'");
    } else if (prefix.toLowerCase(Locale.ROOT).startsWith("aws:")) {
      context.error(
          DiagnosticCode.INVALID_KEY_PREFIX,
          at,
          "tag keys starting with 'aws:' are AWS's own and cannot be written",
          "use the vendor's own prefix, such as 'nimbus:'");
    } else if (SEPARATORS.indexOf(prefix.charAt(prefix.length() - 1)) < 0) {
      context.error(
          DiagnosticCode.INVALID_KEY_PREFIX,
          at,
          "key prefix '"
              + prefix
              + "' does not end in a separator, so it would also grant keys"
              + " such as '"
              + prefix
              + "Owner' that other tools use",
          "end the prefix with ':' (or one of / - _ .), such as '" + prefix + ":'");
    }
  }
}
