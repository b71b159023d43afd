package dev.onramp.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.diagnostic.Severity;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import dev.onramp.lint.LintCache;
import dev.onramp.lint.LintEngine;
import dev.onramp.lint.LintFinding;
import dev.onramp.template.CompiledTemplate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate's evidence: the report of the same bytes first, else the cfn-lint cache's entry. */
class PublishGateTest {
  @TempDir Path folder;

  /** An engine that answers with the findings it is given, and counts its runs. */
  private static final class ScriptedEngine implements LintEngine {
    private final List<String> errorRules;
    int runs;

    ScriptedEngine(List<String> errorRules) {
      this.errorRules = errorRules;
    }

    @Override
    public String description() {
      return "scripted cfn-lint";
    }

    @Override
    public String cfnLintVersion() {
      return "1.51.0";
    }

    @Override
    public String fingerprint() {
      return "scripted " + errorRules;
    }

    @Override
    public List<LintFinding> lint(List<Path> templates) {
      runs++;
      List<LintFinding> findings = new ArrayList<>();
      for (Path template : templates) {
        for (String rule : errorRules) {
          findings.add(
              new LintFinding(rule, Severity.ERROR, template, 1, 1, "bad", "", "", List.of()));
        }
      }
      return findings;
    }

    @Override
    public void close() {}
  }

  private static CompiledTemplate template(String version) throws Exception {
    String yaml =
        """
        apiVersion: onramp.dev/v1
        kind: Blueprint
        metadata: {name: acme, version: VERSION}
        vendor: {roleArn: "arn:aws:iam::111122223333:role/Collector", principal: account-root-narrowed}
        roles:
          - {id: VendorRole, policySets: [read-only]}
        """
            .replace("VERSION", version);
    return new Generator()
        .compileAll(
            List.of(new BlueprintSource("acme.yaml", yaml.getBytes(StandardCharsets.UTF_8))),
            Optional.empty())
        .templates()
        .get(0);
  }

  /** Lints the template as cfn:validate would, into the cache, from where it was generated. */
  private LintCache linted(CompiledTemplate template, ScriptedEngine engine) throws Exception {
    Path written = folder.resolve("target/cfn/acme/template.yaml");
    Files.createDirectories(written.getParent());
    Files.write(written, template.yamlBytes());
    LintCache cache = new LintCache(folder.resolve("cache"));
    cache.lint(engine, List.of(written));
    return cache;
  }

  @Test
  void theCacheEntryOfTheSameBytesVouchesWithoutLintingAgain() throws Exception {
    CompiledTemplate template = template("1.0.0");
    ScriptedEngine engine = new ScriptedEngine(List.of());
    LintCache cache = linted(template, engine);

    List<PublishGate.Verdict> verdicts =
        PublishGate.judge(List.of(template), folder.resolve("no-reports"), cache);

    assertThat(engine.runs).isEqualTo(1);
    assertThat(verdicts).singleElement().matches(PublishGate.Verdict::passes);
    assertThat(verdicts.get(0).evidence()).isEqualTo("the cfn-lint cache");
  }

  @Test
  void cfnLintErrorsInTheCacheRefuse() throws Exception {
    CompiledTemplate template = template("1.0.0");
    LintCache cache = linted(template, new ScriptedEngine(List.of("E3012", "E1001")));

    PublishGate.Verdict verdict =
        PublishGate.judge(List.of(template), folder.resolve("no-reports"), cache).get(0);

    assertThat(verdict.passes()).isFalse();
    assertThat(verdict.failing()).containsExactly("E1001", "E3012");
  }

  @Test
  void aCacheEntryOfOtherBytesVouchesForNothing() throws Exception {
    LintCache cache = linted(template("1.0.0"), new ScriptedEngine(List.of()));

    PublishGate.Verdict verdict =
        PublishGate.judge(List.of(template("1.0.1")), folder.resolve("no-reports"), cache).get(0);

    assertThat(verdict.evidence()).isEmpty();
    assertThat(verdict.passes()).isFalse();
  }

  @Test
  void anUnreadableReportVouchesForNothing() throws Exception {
    Path reports = Files.createDirectories(folder.resolve("reports"));
    Files.writeString(reports.resolve(ReportFiles.JSON), "{ not json");

    PublishGate.Verdict verdict =
        PublishGate.judge(List.of(template("1.0.0")), reports, new LintCache(folder.resolve("c")))
            .get(0);

    assertThat(verdict.evidence()).isEmpty();
  }
}
