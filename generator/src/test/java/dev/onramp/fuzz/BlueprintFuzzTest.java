package dev.onramp.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.onramp.blueprint.BlueprintReader;
import dev.onramp.blueprint.ParsedBlueprint;
import dev.onramp.compile.TemplateCompiler;
import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.diagnostic.SourceLocation;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import dev.onramp.template.CompiledTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Fuzzes the blueprint reader, the compiler and the whole read-compile pipeline (issue 11, item 2).
 * Whatever the bytes, the only acceptable outcomes are a template or located diagnostics: no
 * exception escapes, a template comes with no error, an error with no template, and every
 * diagnostic points at a line and column of the input and says what is wrong and how to fix it.
 *
 * <p>{@code mvn test} runs the checked-in corpus ({@code BlueprintFuzzTestInputs/<method>/}, the
 * scenario blueprints as seeds) as regression tests; with {@code JAZZER_FUZZ=1} Jazzer fuzzes one
 * method for its {@code maxDuration} ({@code readAndCompile} in the surefire execution {@code fuzz}
 * of this module; {@code -Dfuzz.test} and {@code -Dfuzz.duration} choose another).
 */
class BlueprintFuzzTest {
  private static final String FILE = "fuzz/blueprint.yaml";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final List<Scenario> SEEDS = scenarios();

  /** Arbitrary bytes as a blueprint file: UTF-8 and YAML syntax, header, shape, meaning. */
  @FuzzTest(maxDuration = "10s")
  void readAndCompile(byte[] input) {
    check(input, List.of());
  }

  /**
   * A valid scenario blueprint with a few line edits (values replaced, keys dropped or duplicated,
   * blocks moved or re-indented), so that most inputs get past YAML and binding into the compiler;
   * compiled together with the scenario's member blueprints.
   */
  @FuzzTest(maxDuration = "10s")
  void mutateValidBlueprint(FuzzedDataProvider data) {
    Scenario seed = SEEDS.get(data.consumeInt(0, SEEDS.size() - 1));
    List<String> lines = new ArrayList<>(List.of(seed.blueprint().split("\n", -1)));
    int edits = data.consumeInt(0, 6);
    for (int i = 0; i < edits && !lines.isEmpty(); i++) {
      mutate(lines, data);
    }
    byte[] input = String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    check(input, seed.members());
  }

  /** Reads, compiles and runs the pipeline on {@code input}, checking every outcome. */
  private static void check(byte[] input, List<BlueprintSource> members) {
    Lines text = Lines.of(input);

    BlueprintReader.Result read = BlueprintReader.read(FILE, input);
    read.problems().forEach(d -> checkDiagnostic(d, text));
    if (read.blueprint().isPresent()) {
      assertThat(read.problems()).noneMatch(Diagnostic::isError);
      Diagnostics diagnostics = new Diagnostics();
      Optional<CompiledTemplate> template =
          TemplateCompiler.compile(read.blueprint().get(), diagnostics);
      checkOutcome(template, diagnostics, text);
    } else {
      assertThat(read.problems())
          .as("a blueprint that cannot be read says why")
          .anyMatch(Diagnostic::isError);
    }

    List<BlueprintSource> sources = new ArrayList<>();
    sources.add(new BlueprintSource(FILE, input));
    sources.addAll(members);
    Diagnostics diagnostics = new Diagnostics();
    List<CompiledTemplate> produced = new ArrayList<>();
    Set<Integer> compiled = new HashSet<>();
    new Generator()
        .compileEach(
            sources,
            Optional.empty(),
            diagnostics,
            (index, parsed, template) -> {
              assertThat(compiled.add(index)).as("each source compiles once").isTrue();
              checkTemplate(parsed, template);
              produced.add(template);
            });
    for (Diagnostic diagnostic : diagnostics.sorted()) {
      if (diagnostic.location().file().equals(FILE)) {
        checkDiagnostic(diagnostic, text);
      } else {
        checkMessage(diagnostic);
      }
    }
    if (!diagnostics.hasErrors()) {
      assertThat(compiled)
          .as("without errors every blueprint becomes a template")
          .hasSize(sources.size());
    }
    boolean inputHasErrors =
        diagnostics.sorted().stream()
            .anyMatch(d -> d.isError() && d.location().file().equals(FILE));
    if (inputHasErrors) {
      assertThat(compiled).as("a blueprint with errors has no template").doesNotContain(0);
    }
  }

  private static void checkOutcome(
      Optional<CompiledTemplate> template, Diagnostics diagnostics, Lines text) {
    diagnostics.sorted().forEach(d -> checkDiagnostic(d, text));
    if (template.isPresent()) {
      assertThat(diagnostics.hasErrors()).as("a template comes without errors").isFalse();
      checkRendering(template.get());
    } else {
      assertThat(diagnostics.hasErrors()).as("no template means an error says why").isTrue();
    }
  }

  private static void checkTemplate(ParsedBlueprint parsed, CompiledTemplate template) {
    assertThat(template.name()).isEqualTo(parsed.name());
    checkRendering(template);
  }

  /** Both renderings are well-formed documents holding the same resources. */
  private static void checkRendering(CompiledTemplate template) {
    try {
      JsonNode json = JSON.readTree(template.json());
      JsonNode yaml = YAML.readTree(template.yaml());
      assertThat(json.isObject()).isTrue();
      assertThat(yaml.isObject()).isTrue();
      assertThat(json.path("Resources").size()).isEqualTo(template.resourceCount());
      List<String> jsonIds = new ArrayList<>();
      json.path("Resources").fieldNames().forEachRemaining(jsonIds::add);
      List<String> yamlIds = new ArrayList<>();
      yaml.path("Resources").fieldNames().forEachRemaining(yamlIds::add);
      assertThat(yamlIds).isEqualTo(jsonIds);
    } catch (IOException e) {
      throw new AssertionError("unreadable rendering of " + template.name(), e);
    }
  }

  /** Located in the input, with a message and a fix. */
  private static void checkDiagnostic(Diagnostic diagnostic, Lines text) {
    checkMessage(diagnostic);
    checkLocation(diagnostic, diagnostic.location(), text);
    diagnostic.origin().ifPresent(origin -> checkLocation(diagnostic, origin, text));
  }

  private static void checkMessage(Diagnostic diagnostic) {
    assertThat(diagnostic.message()).as("message of %s", diagnostic).isNotBlank();
    assertThat(diagnostic.hint()).as("fix of %s", diagnostic).isNotBlank();
  }

  private static void checkLocation(Diagnostic diagnostic, SourceLocation where, Lines text) {
    assertThat(where.file()).as("file of %s", diagnostic).isEqualTo(FILE);
    assertThat(text.contains(where.line(), where.column()))
        .as("%s is within the input (%s lines as YAML counts them)", diagnostic, text.yaml().size())
        .isTrue();
  }

  /**
   * The input's lines, decoded leniently so that an invalid byte still has a position: as YAML
   * counts them (CR, LF, CRLF, NEL, LS and PS end a line) and as an editor shows them (LF ends a
   * line). Positions from the YAML parser follow the first, the UTF-8 check the second; a position
   * is within the input when it is within a line under either.
   */
  private record Lines(List<String> yaml, List<String> editor) {
    private static final Pattern YAML_BREAK = Pattern.compile("\r\n|[\r\n\u0085\u2028\u2029]");

    static Lines of(byte[] input) {
      String text;
      try {
        text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(input))
                .toString();
      } catch (CharacterCodingException e) {
        throw new AssertionError(e);
      }
      return new Lines(List.of(YAML_BREAK.split(text, -1)), List.of(text.split("\n", -1)));
    }

    boolean contains(int line, int column) {
      return within(yaml, line, column) || within(editor, line, column);
    }

    private static boolean within(List<String> lines, int line, int column) {
      return line >= 1
          && line <= lines.size()
          && column >= 1
          && column <= lines.get(line - 1).length() + 1;
    }
  }

  // ---- mutations of a valid blueprint -------------------------------------------------------

  private static final Pattern KEY_VALUE = Pattern.compile("^(\\s*(?:- )?)([A-Za-z0-9_]+):(.*)$");

  /** Values that probe types, limits, references and YAML features the binder rejects. */
  private static final List<String> VALUES =
      List.of(
          "",
          " ~",
          " null",
          " 0",
          " -1",
          " 2147483648",
          " 99999999999999999999",
          " 1.5e3",
          " .nan",
          " true",
          " \"\"",
          " []",
          " {}",
          " [a, b]",
          " {a: b}",
          " \"*\"",
          " \"arn:aws:iam::123456789012:role/x\"",
          " \"111122223333\"",
          " us-east-1",
          " us-gov-west-1",
          " cn-north-1",
          " \"${AWS::Region}\"",
          " !Ref X",
          " &a x",
          " *a",
          " \"" + "a".repeat(300) + "\"",
          " \"\\u0000\"",
          " read-only",
          " full-access",
          " delegated-admin",
          " self-managed",
          " s3:GetObject",
          " \"s3:*\"",
          " Allow",
          " Deny",
          " String",
          " Boolean",
          " Number",
          " |\n  multi\n  line");

  private static void mutate(List<String> lines, FuzzedDataProvider data) {
    int at = data.consumeInt(0, lines.size() - 1);
    switch (data.consumeInt(0, 7)) {
      case 0, 1 -> { // replace a value: from the palette, from elsewhere in the file, or random
        Matcher line = KEY_VALUE.matcher(lines.get(at));
        if (line.matches()) {
          String value =
              switch (data.consumeInt(0, 2)) {
                case 0 -> data.pickValue(VALUES);
                case 1 -> valueOf(lines.get(data.consumeInt(0, lines.size() - 1)));
                default -> " " + data.consumeString(40);
              };
          lines.set(at, line.group(1) + line.group(2) + ":" + value);
        }
      }
      case 2 -> lines.remove(at); // drop a key or an item
      case 3 -> { // drop a key with everything under it
        int end = blockEnd(lines, at);
        lines.subList(at, end).clear();
      }
      case 4 -> lines.add(at, lines.get(at)); // duplicate a line
      case 5 -> { // move a block elsewhere, keeping its indentation
        int end = blockEnd(lines, at);
        List<String> block = new ArrayList<>(lines.subList(at, end));
        lines.subList(at, end).clear();
        lines.addAll(data.consumeInt(0, lines.size()), block);
      }
      case 6 -> { // re-indent a line
        String line = lines.get(at);
        lines.set(at, data.consumeBoolean() ? "  " + line : line.replaceFirst("^ {1,2}", ""));
      }
      default -> { // rename a key: to another key of the file or to random text
        Matcher line = KEY_VALUE.matcher(lines.get(at));
        if (line.matches()) {
          Matcher other = KEY_VALUE.matcher(lines.get(data.consumeInt(0, lines.size() - 1)));
          String key = other.matches() ? other.group(2) : data.consumeAsciiString(12);
          lines.set(at, line.group(1) + key + ":" + line.group(3));
        }
      }
    }
  }

  private static String valueOf(String line) {
    Matcher matcher = KEY_VALUE.matcher(line);
    return matcher.matches() ? matcher.group(3) : "";
  }

  /** The index after the block that starts at {@code start}: the lines indented deeper. */
  private static int blockEnd(List<String> lines, int start) {
    int indent = indentOf(lines.get(start));
    int end = start + 1;
    while (end < lines.size() && (lines.get(end).isBlank() || indentOf(lines.get(end)) > indent)) {
      end++;
    }
    return end;
  }

  private static int indentOf(String line) {
    int i = 0;
    while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '-')) {
      i++;
    }
    return i;
  }

  // ---- seeds -----------------------------------------------------------------------------------

  /** A valid scenario's blueprint and its member blueprints, as the golden tests compile them. */
  private record Scenario(String blueprint, List<BlueprintSource> members) {}

  private static List<Scenario> scenarios() {
    try {
      Path root = Paths.get(BlueprintFuzzTest.class.getResource("/scenarios/valid").toURI());
      List<Scenario> scenarios = new ArrayList<>();
      try (Stream<Path> dirs = Files.list(root)) {
        for (Path dir : dirs.sorted().toList()) {
          List<BlueprintSource> members = new ArrayList<>();
          Path memberDir = dir.resolve("members");
          if (Files.isDirectory(memberDir)) {
            try (Stream<Path> files = Files.list(memberDir)) {
              for (Path file : files.sorted().toList()) {
                members.add(
                    new BlueprintSource("members/" + file.getFileName(), Files.readAllBytes(file)));
              }
            }
          }
          scenarios.add(
              new Scenario(Files.readString(dir.resolve("blueprint.yaml")), List.copyOf(members)));
        }
      }
      assertThat(scenarios).isNotEmpty();
      return List.copyOf(scenarios);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
