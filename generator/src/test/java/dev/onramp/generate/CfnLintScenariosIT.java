package dev.onramp.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.lint.LintEngine;
import dev.onramp.lint.LintEngines;
import dev.onramp.lint.LintFinding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every template the golden scenarios generate passes the locally installed cfn-lint with no error,
 * warning or informational finding. cfn-lint must be on PATH (CI installs it; see .ci/run): a lint
 * test that skips itself proves nothing.
 */
class CfnLintScenariosIT {
  @TempDir Path output;

  @Test
  void everyGeneratedTemplatePassesCfnLint() throws Exception {
    List<BlueprintSource> sources = new ArrayList<>();
    for (Path scenario : Scenarios.all("valid")) {
      sources.addAll(Scenarios.sources(scenario));
    }
    GenerateResult result = new Generator().generate(new GenerateRequest(sources, output));
    List<Path> templates = new ArrayList<>();
    for (GeneratedBlueprint blueprint : result.blueprints()) {
      templates.add(blueprint.directory().resolve(Generator.YAML_FILE));
      templates.add(blueprint.directory().resolve(Generator.JSON_FILE));
    }
    assertThat(templates).hasSize(2 * sources.size());
    // The local cfn-lint: the container engine (onramp-lint-container) is not on this class path.
    try (LintEngine engine =
        LintEngines.create(LintEngines.Mode.AUTO, Optional.empty(), System.out::println)) {
      List<LintFinding> findings = engine.lint(templates);
      System.out.println("linted " + templates.size() + " templates with " + engine.description());
      assertThat(findings).as("cfn-lint findings").isEmpty();
    }
  }
}
