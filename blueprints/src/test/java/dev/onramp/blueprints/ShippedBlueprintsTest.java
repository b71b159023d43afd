package dev.onramp.blueprints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.blueprint.model.Vendor;
import dev.onramp.check.SecurityChecks;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.BlueprintSources;
import dev.onramp.generate.GenerateRequest;
import dev.onramp.generate.GenerateResult;
import dev.onramp.generate.GeneratedBlueprint;
import dev.onramp.generate.Generator;
import dev.onramp.lint.LintEngine;
import dev.onramp.lint.LintEngines;
import dev.onramp.template.CompiledTemplate;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every blueprint this jar ships generates for a vendor, lints clean, passes Onramp's security
 * checks, and is listed.
 */
class ShippedBlueprintsTest {
  private static final Vendor VENDOR =
      new Vendor(null, "arn:aws:iam::444455556666:role/ExampleOnboarding", null);
  private static final ClassLoader LOADER = ShippedBlueprintsTest.class.getClassLoader();

  @TempDir Path output;

  @Test
  void everyShippedBlueprintGeneratesForTheVendorLintsCleanAndPassesTheSecurityChecks()
      throws Exception {
    List<BlueprintSource> sources = BlueprintSources.select(List.of(), shippedNames(), LOADER);
    GenerateResult result =
        new Generator().generate(new GenerateRequest(sources, output, Optional.of(VENDOR)));
    assertThat(result.blueprints())
        .extracting(GeneratedBlueprint::name)
        .containsExactlyElementsOf(shippedNames());
    // The one warning allowed: a management account's template, which embeds its member's, is
    // over 51,200 bytes and so deployed from S3, as the vendor's quick-create links do anyway.
    assertThat(result.warnings())
        .as("warnings")
        .allSatisfy(
            warning -> {
              assertThat(warning.code()).isEqualTo(DiagnosticCode.TEMPLATE_NEEDS_S3);
              assertThat(warning.render()).containsAnyOf(":finops-payer:", ":portal-activation:");
            });
    List<Path> templates = new ArrayList<>();
    for (GeneratedBlueprint blueprint : result.blueprints()) {
      Path yaml = blueprint.directory().resolve(Generator.YAML_FILE);
      assertThat(Files.readString(yaml))
          .as(blueprint.name())
          .contains("iam::444455556666:root")
          .doesNotContain("111122223333");
      templates.add(yaml);
      templates.add(blueprint.directory().resolve(Generator.JSON_FILE));
    }
    // Onramp's own checks, as cfn:validate runs them on what cfn:generate wrote.
    for (CompiledTemplate template :
        new Generator().compileAll(sources, Optional.of(VENDOR)).templates()) {
      assertThat(SecurityChecks.run(template))
          .as("security findings of " + template.name())
          .extracting(Diagnostic::render)
          .isEmpty();
    }
    // The local cfn-lint: the container engine (onramp-lint-container) is not on this class path.
    try (LintEngine engine =
        LintEngines.create(LintEngines.Mode.AUTO, Optional.empty(), System.out::println)) {
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

  @Test
  void theIndexListsExactlyTheShippedFiles() throws Exception {
    URL index = LOADER.getResource(BlueprintSources.BUILT_IN_FOLDER + "index.txt");
    assertThat(index).as("index.txt on the classpath").isNotNull();
    // The folder the index is in, on the test classpath: target/classes of this module.
    Path folder = Path.of(index.toURI()).getParent();
    List<String> files;
    try (Stream<Path> list = Files.list(folder)) {
      files =
          list.map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".yaml") || name.endsWith(".yml"))
              .map(name -> name.substring(0, name.lastIndexOf('.')))
              .sorted()
              .toList();
    }
    assertThat(shippedNames()).containsExactlyInAnyOrderElementsOf(files);
    assertThat(shippedNames()).doesNotHaveDuplicates();
  }

  /** The names in index.txt, which must list exactly the shipped files. */
  private static List<String> shippedNames() {
    List<String> names = BlueprintSources.builtInNames(LOADER);
    assertThat(names).as("index.txt of shipped blueprints").isNotEmpty();
    return names;
  }
}
