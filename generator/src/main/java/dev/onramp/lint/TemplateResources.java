package dev.onramp.lint;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which resource a line of a generated template lies in, read from the text as Onramp's writers
 * lay it out: YAML has {@code Resources:} at the margin and each resource as a {@code
 * "  LogicalId:"} line; JSON has {@code "  \"Resources\": {"} and each resource as {@code
 * "    \"LogicalId\": {"}. For findings whose cfn-lint path does not name the resource.
 */
final class TemplateResources {
  private static final Pattern YAML_RESOURCE = Pattern.compile("^  ([A-Za-z0-9]+):\\s*$");
  private static final Pattern JSON_RESOURCE = Pattern.compile("^    \"([A-Za-z0-9]+)\": \\{\\s*$");

  private TemplateResources() {}

  /** The logical id of the resource whose block holds 1-based {@code line}, if any. */
  static Optional<String> at(String text, int line, boolean json) {
    if (line <= 0) {
      return Optional.empty();
    }
    String[] lines = text.split("\n", -1);
    String section = json ? "  \"Resources\": {" : "Resources:";
    Pattern resource = json ? JSON_RESOURCE : YAML_RESOURCE;
    boolean inResources = false;
    String current = null;
    for (int i = 0; i < lines.length && i < line; i++) {
      String text1 = lines[i];
      if (!inResources) {
        inResources = text1.stripTrailing().equals(section);
        continue;
      }
      if (endsSection(text1, json)) {
        inResources = false;
        current = null;
        continue;
      }
      Matcher matcher = resource.matcher(text1);
      if (matcher.matches()) {
        current = matcher.group(1);
      }
    }
    return inResources ? Optional.ofNullable(current) : Optional.empty();
  }

  /** The next top-level key (YAML), or the close of the Resources object (JSON). */
  private static boolean endsSection(String line, boolean json) {
    if (json) {
      return line.startsWith("  }");
    }
    return !line.isEmpty() && !line.startsWith(" ") && !line.startsWith("#");
  }
}
