package dev.onramp.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.diagnostic.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads what one {@code cfn-lint --format json} invocation printed. cfn-lint's exit code is a set
 * of bit flags: 2 errors, 4 warnings, 8 informational findings; 1 (or anything else) means it did
 * not lint, as on a usage error, and is never read as "no findings".
 */
public final class CfnLintOutput {
  private static final ObjectMapper JSON = new ObjectMapper();
  // cfn-lint's exit code is a set of bits: 1 usage or crash, 2 errors, 4 warnings, 8 informational.
  private static final int ERROR_BIT = 2;
  private static final int WARNING_BIT = 4;
  private static final int INFORMATIONAL_BIT = 8;
  private static final int FINDING_BITS = ERROR_BIT | WARNING_BIT | INFORMATIONAL_BIT;
  private static final int MAX_SHOWN = 2_000;

  private CfnLintOutput() {}

  /**
   * The findings of one invocation.
   *
   * @param templates the file names cfn-lint was given, mapped to the paths to report
   * @param command what was run, shown when it failed
   */
  public static List<LintFinding> parse(
      int exitCode, String stdout, String stderr, Map<String, Path> templates, String command)
      throws LintException {
    if (exitCode < 0 || (exitCode & ~FINDING_BITS) != 0) {
      throw failure("cfn-lint failed (exit code " + exitCode + ")", stdout, stderr, command);
    }
    JsonNode root;
    try {
      root = stdout.isBlank() ? null : JSON.readTree(stdout);
    } catch (IOException e) {
      throw failure(
          "cfn-lint printed something that is not its JSON result (exit code " + exitCode + ")",
          stdout,
          stderr,
          command);
    }
    if (root == null || !root.isArray()) {
      throw failure(
          "cfn-lint printed no JSON list of findings (exit code " + exitCode + ")",
          stdout,
          stderr,
          command);
    }
    List<LintFinding> findings = new ArrayList<>();
    int bits = 0;
    for (JsonNode item : root) {
      LintFinding finding = finding(item, templates, command);
      findings.add(finding);
      bits |= bit(finding.severity());
    }
    if ((exitCode & ~bits) != 0) {
      // A level in the exit code that no finding has: the output is not the whole result.
      throw failure(
          "cfn-lint's exit code "
              + exitCode
              + " reports findings its output does not have ("
              + findings.size()
              + " printed)",
          stdout,
          stderr,
          command);
    }
    return findings;
  }

  private static LintFinding finding(JsonNode item, Map<String, Path> templates, String command)
      throws LintException {
    JsonNode rule = item.path("Rule");
    String ruleId = rule.path("Id").asText("");
    String message = item.path("Message").asText("");
    if (!item.hasNonNull("Filename")) {
      // cfn-lint's own configuration errors (E0003, such as a file it cannot read) name no file.
      throw new LintException(
          "cfn-lint could not lint: "
              + ruleId
              + " "
              + message
              + "\nfix: run `"
              + command
              + "` yourself to see why");
    }
    String filename = item.get("Filename").asText();
    Path template = templates.getOrDefault(filename, Path.of(filename));
    JsonNode start = item.path("Location").path("Start");
    List<String> path = new ArrayList<>();
    for (JsonNode step : item.path("Location").path("Path")) {
      path.add(step.asText());
    }
    return new LintFinding(
        ruleId,
        severity(item.path("Level").asText(""), ruleId),
        template,
        start.path("LineNumber").asInt(0),
        start.path("ColumnNumber").asInt(0),
        message,
        rule.path("Description").asText(""),
        rule.path("Source").asText(""),
        path);
  }

  /** cfn-lint's level; an unknown one falls back to the rule id's letter. */
  static Severity severity(String level, String ruleId) {
    return switch (level) {
      case "Error" -> Severity.ERROR;
      case "Warning" -> Severity.WARNING;
      case "Informational" -> Severity.INFO;
      default ->
          ruleId.startsWith("W")
              ? Severity.WARNING
              : ruleId.startsWith("I") ? Severity.INFO : Severity.ERROR;
    };
  }

  private static int bit(Severity severity) {
    return switch (severity) {
      case ERROR -> ERROR_BIT;
      case WARNING -> WARNING_BIT;
      case INFO -> INFORMATIONAL_BIT;
    };
  }

  private static LintException failure(String what, String stdout, String stderr, String command) {
    StringBuilder text = new StringBuilder(what);
    String said = (stderr.strip() + "\n" + stdout.strip()).strip();
    if (!said.isEmpty()) {
      text.append(": ")
          .append(said.length() > MAX_SHOWN ? said.substring(0, MAX_SHOWN) + " [...]" : said);
    }
    text.append("\nfix: run `").append(command).append("` yourself to see why");
    return new LintException(text.toString());
  }
}
