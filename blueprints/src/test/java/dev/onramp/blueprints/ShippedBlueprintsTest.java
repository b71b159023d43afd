package dev.onramp.blueprints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.blueprint.model.Vendor;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.BlueprintSources;
import dev.onramp.generate.GenerateRequest;
import dev.onramp.generate.GenerateResult;
import dev.onramp.generate.GeneratedBlueprint;
import dev.onramp.generate.Generator;
import dev.onramp.lint.ContainerSettings;
import dev.onramp.lint.LintEngine;
import dev.onramp.lint.LintEngines;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every blueprint this jar ships generates for a vendor, lints clean, and is listed. */
class ShippedBlueprintsTest {
  private static final Vendor VENDOR = new Vendor("444455556666", null, null);

  @TempDir Path output;

  @Test
  void everyShippedBlueprintGeneratesForTheVendorAndLintsClean() throws Exception {
    List<BlueprintSource> sources = new ArrayList<>();
    for (String name : shippedNames()) {
      sources.add(BlueprintSources.builtIn(name, getClass().getClassLoader()));
    }
    GenerateResult result =
        new Generator().generate(new GenerateRequest(sources, output, Optional.of(VENDOR)));
    assertThat(result.blueprints())
        .extracting(GeneratedBlueprint::name)
        .containsExactlyElementsOf(shippedNames());
    List<Path> templates = new ArrayList<>();
    for (GeneratedBlueprint blueprint : result.blueprints()) {
      Path yaml = blueprint.directory().resolve(Generator.YAML_FILE);
      assertThat(Files.readString(yaml))
          .contains("iam::444455556666:root")
          .doesNotContain("111122223333");
      templates.add(yaml);
      templates.add(blueprint.directory().resolve(Generator.JSON_FILE));
    }
    // The container engine when Docker answers (as in CI), else the local cfn-lint.
    try (LintEngine engine =
        LintEngines.create(
            LintEngines.Mode.AUTO,
            ContainerSettings.fromEnvironment(),
            Optional.empty(),
            System.out::println)) {
      assertThat(engine.lint(templates)).as("cfn-lint findings").isEmpty();
    }
  }

  @Test
  void aShippedBlueprintWithoutTheVendorsAccountIsRefused() throws Exception {
    BlueprintSource source =
        BlueprintSources.builtIn("security-audit", getClass().getClassLoader());
    assertThatThrownBy(() -> new Generator().generate(new GenerateRequest(List.of(source), output)))
        .isInstanceOf(BlueprintException.class)
        .hasMessageContaining(
            "onramp-blueprints:security-audit:13:1: error ONR102 at vendor: shipped blueprint"
                + " 'security-audit' needs your vendor account");
    assertThat(output).isEmptyDirectory();
  }

  @Test
  void anUnknownNameIsALocatedError() {
    assertThatThrownBy(
            () -> BlueprintSources.builtIn("security-audti", getClass().getClassLoader()))
        .isInstanceOf(BlueprintException.class)
        .hasMessageContaining("no shipped blueprint is named 'security-audti'")
        .hasMessageContaining("did you mean 'security-audit'?");
  }

  /** The names in index.txt, which must list exactly the shipped files. */
  private static List<String> shippedNames() {
    List<String> names =
        BlueprintSources.builtInNames(ShippedBlueprintsTest.class.getClassLoader());
    assertThat(names).as("index.txt of shipped blueprints").isNotEmpty();
    return names;
  }
}
