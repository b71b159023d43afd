package dev.onramp.compile.example;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.blueprint.BlueprintReader;
import dev.onramp.blueprint.ParsedBlueprint;
import dev.onramp.compile.Sections;
import dev.onramp.compile.TemplateCompiler;
import dev.onramp.compile.section.BlueprintSection;
import dev.onramp.compile.section.MemberTemplates;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the walkthrough "Adding a section" of {@code docs/architecture.md} honest: a section
 * written only here, in a package of its own and against the public extension point alone ({@link
 * BlueprintSection}, {@link SectionContext}, {@link TemplateBuilder}), is registered next to {@link
 * Sections#ALL}, is checked with the others, and compiles end to end into the template.
 */
class AddingASectionTest {
  private static final Pattern TABLE_ROW =
      Pattern.compile("(?m)^\\| `(\\w+Section)`( \\(`[\\w.]+`\\))? \\|");

  private static final String BLUEPRINT =
      """
      apiVersion: onramp.dev/v1
      kind: Blueprint
      metadata:
        name: acme
        version: 2.1.0
      vendor:
        roleArn: arn:aws:iam::111122223333:role/AcmeOnboarding
      roles:
        - id: VendorRole
          policySets: [read-only]
      """;

  /**
   * The example of the walkthrough: a parameter in SSM that records which blueprint version made
   * the stack, with an output naming it. It refuses version 0.0.0, which would record nothing.
   */
  static final class VersionParameterSection implements BlueprintSection {
    static final String RESOURCE = "OnrampVersionParameter";

    @Override
    public void validate(SectionContext context) {
      if (context.blueprint().metadata().version().equals("0.0.0")) {
        context.error(
            DiagnosticCode.INVALID_VALUE,
            "metadata.version",
            "version 0.0.0 records no release in the version parameter",
            "set metadata.version, such as 1.0.0");
      }
    }

    @Override
    public void compile(SectionContext context, TemplateBuilder template) {
      // Properties in the order they are written (Map.of would not keep one).
      Map<String, Object> properties = new LinkedHashMap<>();
      properties.put("Type", "String");
      properties.put("Value", context.blueprint().metadata().version());
      template.resource(
          RESOURCE,
          Template.Resource.of("AWS::SSM::Parameter", properties),
          context.source().at("metadata.version"));
      template.output(
          "OnrampVersionParameterName",
          new Template.Output(
              "SSM parameter holding the blueprint version", Fn.ref(RESOURCE), null, null));
    }
  }

  @Test
  void aSectionRegisteredWithTheOthersCompilesIntoTheTemplate() {
    CompiledTemplate base = compile(Sections.ALL, BLUEPRINT).orElseThrow();
    CompiledTemplate extended = compile(withExample(), BLUEPRINT).orElseThrow();

    assertThat(extended.yaml())
        .contains(
            """
              OnrampVersionParameter:
                Type: AWS::SSM::Parameter
                Properties:
                  Type: String
                  Value: '2.1.0'
            """)
        .endsWith(
            """
              OnrampVersionParameterName:
                Description: SSM parameter holding the blueprint version
                Value: !Ref OnrampVersionParameter
            """);
    assertThat(extended.originOf(VersionParameterSection.RESOURCE))
        .hasValueSatisfying(origin -> assertThat(origin.yamlPath()).isEqualTo("metadata.version"));
    // Everything else is what Onramp's own sections make: the new section only adds.
    assertThat(extended.template().resources()).containsAllEntriesOf(base.template().resources());
    assertThat(extended.template().resources()).hasSize(base.template().resources().size() + 1);
    assertThat(extended.template().outputs()).hasSize(base.template().outputs().size() + 1);
  }

  @Test
  void itsValidatorRunsWithTheOthersAndNothingIsCompiledWhenItFails() {
    Diagnostics diagnostics = new Diagnostics();
    Optional<CompiledTemplate> compiled =
        compile(withExample(), BLUEPRINT.replace("version: 2.1.0", "version: 0.0.0"), diagnostics);

    assertThat(compiled).isEmpty();
    assertThat(diagnostics.sorted())
        .extracting(Diagnostic::message)
        .containsExactly("version 0.0.0 records no release in the version parameter");
  }

  @Test
  void theArchitectureNotesListEverySectionInTheOrderTheyCompile() throws IOException {
    Path notes = Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolveSibling("docs");
    String text = Files.readString(notes.resolve("architecture.md"), StandardCharsets.UTF_8);
    List<String> listed = new ArrayList<>();
    Matcher row = TABLE_ROW.matcher(text);
    while (row.find()) {
      listed.add(row.group(1));
    }
    assertThat(listed)
        .as("the sections table of docs/architecture.md")
        .containsExactlyElementsOf(
            Sections.ALL.stream().map(section -> section.getClass().getSimpleName()).toList());
  }

  private static List<BlueprintSection> withExample() {
    List<BlueprintSection> sections = new ArrayList<>(Sections.ALL);
    sections.add(new VersionParameterSection());
    return sections;
  }

  private static Optional<CompiledTemplate> compile(List<BlueprintSection> sections, String yaml) {
    Diagnostics diagnostics = new Diagnostics();
    Optional<CompiledTemplate> compiled = compile(sections, yaml, diagnostics);
    assertThat(diagnostics.sorted()).isEmpty();
    return compiled;
  }

  private static Optional<CompiledTemplate> compile(
      List<BlueprintSection> sections, String yaml, Diagnostics diagnostics) {
    BlueprintReader.Result read =
        BlueprintReader.read("acme.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    assertThat(read.problems()).isEmpty();
    ParsedBlueprint parsed = read.blueprint().orElseThrow();
    return new TemplateCompiler(sections).compileOne(parsed, MemberTemplates.NONE, diagnostics);
  }
}
