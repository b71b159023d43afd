package dev.onramp.output;

import com.fasterxml.jackson.databind.JsonNode;
import dev.onramp.template.StableJson;

/**
 * The text conventions every report follows, the validation reports and the policy review's alike:
 * paths with forward slashes, counts as a person writes them, JSON indented by two spaces with LF.
 */
public final class ReportText {
  private ReportText() {}

  /** A relative path as {@code a/b/c}, whatever the platform's separator. */
  public static String forwardSlashes(String path) {
    return path.replace('\\', '/');
  }

  /** {@code "1 error"}, {@code "2 warnings"}: counts as a person writes them. */
  public static String count(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }

  /** Pretty-printed JSON with LF line ends and a final newline. */
  public static String json(JsonNode tree) {
    return StableJson.write(tree);
  }
}
