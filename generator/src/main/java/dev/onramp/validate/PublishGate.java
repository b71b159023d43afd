package dev.onramp.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.check.SecurityChecks;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.Severity;
import dev.onramp.generate.Generator;
import dev.onramp.lint.LintCache;
import dev.onramp.lint.LintFinding;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.ContentHash;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The gate cfn:publish passes before anything is written: every template to upload passes Onramp's
 * own security checks (run here, on the template model: they are cheap and need no tool), and
 * cfn-lint has passed exactly its bytes. cfn-lint is not run again: the evidence is a {@code
 * cfn:validate} report ({@value ReportFiles#JSON}) whose template entry has the same SHA-256, or
 * else the cfn-lint cache's entry for the same bytes. Errors refuse; warnings do not (cfn:validate
 * decides about those with {@code cfn.failOnWarning}).
 */
public final class PublishGate {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PublishGate() {}

  /**
   * What the gate says about one template.
   *
   * @param evidence what vouches for the bytes ({@code cfn-validate.json}, {@code the cfn-lint
   *     cache}), or empty when nothing does
   * @param failing the rules that report errors on it, own checks and cfn-lint, sorted
   */
  public record Verdict(
      CompiledTemplate template, String sha256, String evidence, List<String> failing) {
    public Verdict {
      failing = List.copyOf(new TreeSet<>(failing));
    }

    public boolean passes() {
      return !evidence.isEmpty() && failing.isEmpty();
    }
  }

  /**
   * The verdict on each template, in the given order.
   *
   * @param reportDirectory where cfn:validate wrote its reports (it may not exist)
   * @param cache the cfn-lint cache cfn:validate used
   */
  public static List<Verdict> judge(
      List<CompiledTemplate> templates, Path reportDirectory, LintCache cache) {
    Map<String, Set<String>> reported = reportedErrors(reportDirectory.resolve(ReportFiles.JSON));
    List<Verdict> verdicts = new ArrayList<>();
    for (CompiledTemplate template : templates) {
      byte[] yaml = template.yamlBytes();
      String sha256 = ContentHash.sha256Hex(yaml);
      Set<String> failing = new TreeSet<>();
      for (Diagnostic finding : SecurityChecks.run(template)) {
        if (finding.severity() == Severity.ERROR) {
          failing.add(finding.code().id());
        }
      }
      String evidence = "";
      Set<String> fromReport = reported.get(sha256);
      if (fromReport != null) {
        evidence = ReportFiles.JSON;
        failing.addAll(fromReport);
      } else {
        Optional<List<LintFinding>> linted =
            cache.lookup(Path.of(template.name(), Generator.YAML_FILE), yaml);
        if (linted.isPresent()) {
          evidence = "the cfn-lint cache";
          linted.get().stream()
              .filter(finding -> finding.severity() == Severity.ERROR)
              .forEach(finding -> failing.add(finding.ruleId()));
        }
      }
      verdicts.add(new Verdict(template, sha256, evidence, List.copyOf(failing)));
    }
    return verdicts;
  }

  /**
   * The report's templates by SHA-256, each with the rules of its errors; empty when there is no
   * report, or it cannot be read (then it vouches for nothing).
   */
  private static Map<String, Set<String>> reportedErrors(Path report) {
    Map<String, Set<String>> bySha = new HashMap<>();
    if (!Files.isRegularFile(report)) {
      return bySha;
    }
    try {
      JsonNode root = JSON.readTree(report.toFile());
      for (JsonNode template : root.path("templates")) {
        String sha256 = template.path("sha256").asText("");
        if (sha256.isEmpty()) {
          continue;
        }
        Set<String> rules = new TreeSet<>();
        for (JsonNode finding : template.path("findings")) {
          if ("error".equals(finding.path("severity").asText())) {
            rules.add(finding.path("rule").asText());
          }
        }
        // A count without findings (a report edited by hand) still refuses.
        if (template.path("errors").asInt(0) > 0 && rules.isEmpty()) {
          rules.add("errors in " + ReportFiles.JSON);
        }
        bySha.merge(
            sha256,
            rules,
            (a, b) -> {
              a.addAll(b);
              return a;
            });
      }
    } catch (IOException | RuntimeException e) {
      bySha.clear();
    }
    return bySha;
  }
}
