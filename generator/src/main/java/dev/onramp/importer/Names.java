package dev.onramp.importer;

import java.util.Locale;

/** Names made from the original's: a logical id for a set name, a policy name for an id. */
final class Names {
  private Names() {}

  /** {@code CloudZeroReadPolicy} → {@code cloud-zero-read-policy}. */
  static String kebab(String id) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!Character.isLetterOrDigit(c) || c > 127) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
          out.append('-');
        }
        continue;
      }
      boolean boundary =
          Character.isUpperCase(c)
              && i > 0
              && (Character.isLowerCase(id.charAt(i - 1))
                  || (i + 1 < id.length()
                      && Character.isLowerCase(id.charAt(i + 1))
                      && Character.isUpperCase(id.charAt(i - 1))));
      if (boundary && out.length() > 0 && out.charAt(out.length() - 1) != '-') {
        out.append('-');
      }
      out.append(Character.toLowerCase(c));
    }
    String name = out.toString();
    while (name.endsWith("-")) {
      name = name.substring(0, name.length() - 1);
    }
    return name.toLowerCase(Locale.ROOT);
  }
}
