package dev.onramp.compile;

import dev.onramp.compile.conditional.SwitchCondition;

/**
 * Stable logical ids derived from blueprint names. Logical ids are a contract with every stack
 * already deployed: renaming one replaces the resource, so they depend only on names the author
 * chose, never on order or counters other than a policy's part number.
 */
final class LogicalIds {
  private LogicalIds() {}

  /**
   * {@code tag-write-back} → {@code TagWriteBack}; {@code resources-only} → {@code ResourcesOnly}.
   */
  static String pascal(String text) {
    return SwitchCondition.pascal(text);
  }

  static String policy(String roleId, String setName, int part, int parts) {
    String base = roleId + pascal(setName) + "Policy";
    return parts > 1 ? base + "Part" + part : base;
  }

  static String hasValue(String parameter) {
    return "Has" + parameter;
  }
}
