package dev.onramp.compile;

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
    StringBuilder out = new StringBuilder();
    boolean upper = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) && c < 128) {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      } else {
        upper = true;
      }
    }
    String id = out.toString();
    return id.isEmpty() || Character.isDigit(id.charAt(0)) ? "V" + id : id;
  }

  static String policy(String roleId, String setName, int part, int parts) {
    String base = roleId + pascal(setName) + "Policy";
    return parts > 1 ? base + "Part" + part : base;
  }

  static String hasValue(String parameter) {
    return "Has" + parameter;
  }
}
