package dev.onramp.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.diagnostic.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading cfn-lint's JSON and exit code, without running it. */
class CfnLintOutputTest {
  private static final Path TEMPLATE = Path.of("out/acme/template.yaml");
  private static final Map<String, Path> NAMES = Map.of("/lint/run-1/0/template.yaml", TEMPLATE);

  private static String finding(String level, String id) {
    return """
        {"Filename": "/lint/run-1/0/template.yaml", "Id": "x", "Level": "%s",
         "Location": {"Start": {"LineNumber": 12, "ColumnNumber": 5},
                      "End": {"LineNumber": 12, "ColumnNumber": 9},
                      "Path": ["Resources", "Role", "Properties", "Policies", 0]},
         "Message": "a message", "ParentId": null,
         "Rule": {"Id": "%s", "Description": "what it checks", "ShortDescription": "short",
                  "Source": "https://example.org/rule"}}"""
        .formatted(level, id);
  }

  private static List<LintFinding> parse(int exitCode, String stdout) throws LintException {
    return CfnLintOutput.parse(exitCode, stdout, "", NAMES, "cfn-lint ...");
  }

  @Test
  void readsEveryFieldAndMapsTheContainerPathBack() throws Exception {
    List<LintFinding> findings = parse(2, "[" + finding("Error", "E3012") + "]");
    assertThat(findings)
        .containsExactly(
            new LintFinding(
                "E3012",
                Severity.ERROR,
                TEMPLATE,
                12,
                5,
                "a message",
                "what it checks",
                "https://example.org/rule",
                List.of("Resources", "Role", "Properties", "Policies", "0")));
  }

  @Test
  void levelsBecomeSeverities() throws Exception {
    String all =
        "["
            + String.join(
                ",",
                finding("Error", "E1"),
                finding("Warning", "W1"),
                finding("Informational", "I1"))
            + "]";
    assertThat(parse(2 | 4 | 8, all))
        .extracting(LintFinding::severity)
        .containsExactly(Severity.ERROR, Severity.WARNING, Severity.INFO);
  }

  @Test
  void noFindingsIsAnEmptyListWithExitZero() throws Exception {
    assertThat(parse(0, "[]\n")).isEmpty();
  }

  @Test
  void exitOneIsAFailureWhateverWasPrinted() {
    assertThatThrownBy(
            () -> CfnLintOutput.parse(1, "", "cfn-lint: error: bad option", NAMES, "cfn-lint -x"))
        .isInstanceOf(LintException.class)
        .hasMessage(
            "cfn-lint failed (exit code 1): cfn-lint: error: bad option\n"
                + "fix: run `cfn-lint -x` yourself to see why");
  }

  @Test
  void anExitCodeBeyondTheFlagsIsAFailure() {
    assertThatThrownBy(() -> parse(137, ""))
        .hasMessageStartingWith("cfn-lint failed (exit code 137)");
  }

  @Test
  void outputThatIsNotJsonIsAFailure() {
    assertThatThrownBy(() -> parse(2, "Traceback (most recent call last):"))
        .isInstanceOf(LintException.class)
        .hasMessageStartingWith("cfn-lint printed something that is not its JSON result");
  }

  @Test
  void noOutputIsAFailureNotNoFindings() {
    assertThatThrownBy(() -> parse(0, ""))
        .isInstanceOf(LintException.class)
        .hasMessageStartingWith("cfn-lint printed no JSON list of findings (exit code 0)");
  }

  @Test
  void anExitCodeWhoseLevelNoFindingHasIsAFailure() {
    assertThatThrownBy(() -> parse(2 | 4, "[" + finding("Warning", "W2001") + "]"))
        .isInstanceOf(LintException.class)
        .hasMessageStartingWith("cfn-lint's exit code 6 reports findings its output does not have");
  }

  @Test
  void aFindingWithoutAFileIsCfnLintsOwnProblem() {
    String e0003 =
        """
        [{"Filename": null, "Level": "Error", "Location": {"Start": {"LineNumber": 1}},
          "Message": "missing.yaml could not be processed by glob.glob",
          "Rule": {"Id": "E0003"}}]""";
    assertThatThrownBy(() -> parse(2, e0003))
        .isInstanceOf(LintException.class)
        .hasMessageStartingWith(
            "cfn-lint could not lint: E0003 missing.yaml could not be processed by glob.glob");
  }
}
