package dev.onramp.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.diagnostic.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintBatchesTest {
  @TempDir Path folder;

  @Test
  void oneProcessPerCoreWithAtLeastThreeTemplatesEach() {
    assertThat(LintBatches.count(2, 2)).isEqualTo(1);
    assertThat(LintBatches.count(5, 2)).isEqualTo(1);
    assertThat(LintBatches.count(6, 2)).isEqualTo(2);
    assertThat(LintBatches.count(10, 2)).isEqualTo(2);
    assertThat(LintBatches.count(10, 8)).isEqualTo(3);
    assertThat(LintBatches.count(10, 1)).isEqualTo(1);
    assertThat(LintBatches.count(0, 4)).isEqualTo(1);
  }

  @Test
  void batchesOfAboutEqualBytesEachInTheGivenOrder() throws Exception {
    List<Path> templates = templates(9000, 1000, 1000, 4000, 4000, 1000);
    List<List<Path>> batches = LintBatches.split(templates, 2);
    assertThat(batches).hasSize(2);
    assertThat(batches.get(0)).containsExactly(templates.get(0), templates.get(2));
    assertThat(batches.get(1))
        .containsExactly(templates.get(1), templates.get(3), templates.get(4), templates.get(5));
    assertThat(LintBatches.split(templates, 1)).containsExactly(templates);
  }

  @Test
  void findingsComeInTheTemplatesOrderFromProcessesSideBySide() throws Exception {
    List<Path> templates = templates(100, 200, 300, 400, 500, 600);
    Set<String> threads = ConcurrentHashMap.newKeySet();
    List<LintFinding> findings =
        LintBatches.lint(
            templates,
            2,
            batch -> {
              threads.add(Thread.currentThread().getName());
              List<LintFinding> found = new ArrayList<>();
              for (Path template : batch) {
                found.add(finding(template, "E1"));
                found.add(finding(template, "W2"));
              }
              return found;
            });
    List<String> expected = new ArrayList<>();
    for (Path template : templates) {
      expected.add(template.getFileName() + " E1");
      expected.add(template.getFileName() + " W2");
    }
    assertThat(findings)
        .extracting(finding -> finding.template().getFileName() + " " + finding.ruleId())
        .containsExactlyElementsOf(expected);
    assertThat(threads).hasSize(2);
  }

  @Test
  void aFailingBatchFailsTheLint() throws Exception {
    List<Path> templates = templates(100, 200, 300, 400, 500, 600);
    assertThatThrownBy(
            () ->
                LintBatches.lint(
                    templates,
                    2,
                    batch -> {
                      if (batch.contains(templates.get(5))) {
                        throw new LintException("cfn-lint failed (exit code 1)");
                      }
                      return List.of();
                    }))
        .isInstanceOf(LintException.class)
        .hasMessage("cfn-lint failed (exit code 1)");
  }

  private List<Path> templates(int... sizes) throws Exception {
    List<Path> templates = new ArrayList<>();
    for (int i = 0; i < sizes.length; i++) {
      Path template = folder.resolve("t" + i + ".yaml");
      Files.write(template, new byte[sizes[i]]);
      templates.add(template);
    }
    return templates;
  }

  private static LintFinding finding(Path template, String rule) {
    return new LintFinding(rule, Severity.ERROR, template, 1, 1, "m", "d", "s", List.of());
  }
}
