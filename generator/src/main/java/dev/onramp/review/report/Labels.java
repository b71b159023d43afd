package dev.onramp.review.report;

import dev.onramp.iam.AccessLevel;
import java.util.List;
import java.util.Locale;

/**
 * How the reports name enum values: kebab case in JSON ({@code external-id-removed}), capitalized
 * in prose ({@code Critical}). Always in {@link Locale#ROOT}, so that a Turkish default locale does
 * not turn {@code ID} into {@code ıd}.
 */
final class Labels {
  /**
   * The access levels in the order the reports list them, from the least to the most powerful, as
   * reviewers scan a row: List, Read, Tagging, Write, Permissions management.
   */
  static final List<AccessLevel> LEVELS =
      List.of(
          AccessLevel.LIST,
          AccessLevel.READ,
          AccessLevel.TAGGING,
          AccessLevel.WRITE,
          AccessLevel.PERMISSIONS_MANAGEMENT);

  private Labels() {}

  /** {@code EXTERNAL_ID_REMOVED} as {@code external-id-removed}. */
  static String kebab(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** {@code CRITICAL} as {@code Critical}. */
  static String capitalized(Enum<?> value) {
    String name = value.name().replace('_', ' ');
    return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
  }
}
