package dev.onramp.cdk;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Java identifiers for template names, unique within one generated class: {@code ExternalId}
 * becomes {@code externalId}, {@code IAMRoleName} {@code iamRoleName}; a keyword or a name already
 * taken gets a suffix, so every template name keeps a valid, distinct Java name.
 */
final class JavaNames {
  private final Set<String> taken = new HashSet<>();

  /** A set of names that are already in use (the class's own members, its parameters). */
  JavaNames(Set<String> reserved) {
    taken.addAll(reserved);
  }

  /** A fresh lowerCamelCase name for {@code templateName}, with {@code suffix} on a clash. */
  String unique(String templateName, String suffix) {
    String base = lowerCamel(templateName);
    if (SourceVersion.isKeyword(base) || taken.contains(base)) {
      base = base + suffix;
    }
    String name = base;
    for (int i = 2; !taken.add(name); i++) {
      name = base + i;
    }
    return name;
  }

  /**
   * {@code ExternalId} to {@code externalId}, {@code IAMRoleName} to {@code iamRoleName}, {@code
   * ID} to {@code id}: the leading run of capitals is lowered, but for the last one of a run that
   * starts the next word.
   */
  static String lowerCamel(String name) {
    String clean = name.replaceAll("[^A-Za-z0-9]", "");
    if (clean.isEmpty() || Character.isDigit(clean.charAt(0))) {
      clean = "value" + clean;
    }
    int upper = 0;
    while (upper < clean.length() && Character.isUpperCase(clean.charAt(upper))) {
      upper++;
    }
    if (upper > 1 && upper < clean.length() && Character.isLowerCase(clean.charAt(upper))) {
      upper--;
    }
    int lowered = Math.max(upper, 1);
    return clean.substring(0, lowered).toLowerCase(Locale.ROOT) + clean.substring(lowered);
  }

  /** {@code externalId} to {@code ExternalId}, for getters: {@code getExternalId}. */
  static String upperFirst(String name) {
    return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }
}
