package dev.onramp.blueprint.bind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.onramp.blueprint.schema.Doc;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.GenerateRequest;
import dev.onramp.generate.Generator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs/blueprint-reference.md} is the one {@link ReferenceWriter} writes from the records
 * today, so a record changed without the reference fails the build; every key has a description and
 * an example; every example compiles.
 *
 * <p>The examples are the files of {@code src/test/resources/reference-examples}, in name order.
 * Each starts with comment lines: {@code # at: <path>} (the section it belongs to, such as {@code
 * roles[]}; none for a worked example at the end), {@code # title: <words>}, and {@code # whole}
 * when it is a whole blueprint rather than a fragment.
 */
class BlueprintReferenceTest {
  static final String UPDATE_COMMAND =
      "./mvnw -o -pl generator test -Dtest=BlueprintReferenceTest -Donramp.updateGolden=true";

  @TempDir Path output;

  @Test
  void theCommittedReferenceIsTheGeneratedOne() throws IOException {
    String generated = new ReferenceWriter(examples()).markdown(UPDATE_COMMAND);
    Path committed = repository().resolve("docs/blueprint-reference.md");
    if (Boolean.getBoolean("onramp.updateGolden")) {
      Files.writeString(committed, generated, StandardCharsets.UTF_8);
      return;
    }
    String current = Files.exists(committed) ? Files.readString(committed) : "";
    if (!current.equals(generated)) {
      fail(
          "docs/blueprint-reference.md is not the reference the records describe (a record, an"
              + " annotation or an example changed without it; first difference at line "
              + firstDifference(current, generated)
              + "); regenerate it with:\n  "
              + UPDATE_COMMAND);
    }
  }

  private static int firstDifference(String committed, String generated) {
    String[] was = committed.split("\n", -1);
    String[] now = generated.split("\n", -1);
    int line = 0;
    while (line < was.length && line < now.length && was[line].equals(now[line])) {
      line++;
    }
    return line + 1;
  }

  @Test
  void everyKeyHasAnExample() throws IOException {
    ReferenceWriter writer = new ReferenceWriter(examples());
    assertThat(writer.keysWithoutExample())
        .as(
            "keys that no example writes: write each in a file of"
                + " generator/src/test/resources/reference-examples")
        .isEmpty();
  }

  @Test
  void everyKeyIsDescribed() {
    List<String> undocumented = new ArrayList<>();
    collectUndocumented(
        dev.onramp.blueprint.model.Blueprint.class, undocumented, new java.util.HashSet<>());
    assertThat(undocumented).as("record components without @Doc").isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> everyExampleCompiles() throws IOException {
    return examples().stream()
        .map(
            example ->
                DynamicTest.dynamicTest(
                    example.name(),
                    () -> {
                      Path target = Files.createTempDirectory(output, "example");
                      try {
                        new Generator().generate(new GenerateRequest(sources(example), target));
                      } catch (BlueprintException e) {
                        fail(
                            "the example "
                                + example.name()
                                + " does not compile as:\n"
                                + example.blueprint()
                                + "\n"
                                + e.getMessage());
                      }
                    }));
  }

  /**
   * The example, and a minimal member blueprint for the {@code memberBlueprint} it names: an
   * organization's member is another blueprint of the same build.
   */
  private static List<BlueprintSource> sources(ReferenceWriter.Example example) {
    List<BlueprintSource> sources = new ArrayList<>();
    String text = example.blueprint();
    sources.add(new BlueprintSource(example.name(), text.getBytes(StandardCharsets.UTF_8)));
    java.util.regex.Matcher member =
        java.util.regex.Pattern.compile("(?m)^  memberBlueprint: (\\S+)$").matcher(text);
    if (member.find()) {
      String blueprint =
          ReferenceWriter.MINIMAL.replace("name: reference-example", "name: " + member.group(1));
      sources.add(
          new BlueprintSource(
              member.group(1) + ".yaml", blueprint.getBytes(StandardCharsets.UTF_8)));
    }
    return sources;
  }

  private static void collectUndocumented(
      Class<?> type, List<String> undocumented, java.util.Set<Class<?>> seen) {
    if (!type.isRecord() || !seen.add(type)) {
      return;
    }
    for (var component : type.getRecordComponents()) {
      if (!component.isAnnotationPresent(Doc.class)) {
        undocumented.add(type.getSimpleName() + "." + component.getName());
      }
      java.lang.reflect.Type generic = component.getGenericType();
      if (generic instanceof java.lang.reflect.ParameterizedType parameterized) {
        for (var argument : parameterized.getActualTypeArguments()) {
          if (argument instanceof Class<?> argumentClass) {
            collectUndocumented(argumentClass, undocumented, seen);
          }
        }
      } else {
        collectUndocumented(component.getType(), undocumented, seen);
      }
    }
  }

  static List<ReferenceWriter.Example> examples() throws IOException {
    Path folder = module().resolve("src/test/resources/reference-examples");
    List<ReferenceWriter.Example> examples = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        String at = "";
        String title = null;
        boolean whole = false;
        List<String> body = new ArrayList<>();
        boolean header = true;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (header && line.startsWith("# at: ")) {
            at = line.substring("# at: ".length()).strip();
          } else if (header && line.startsWith("# title: ")) {
            title = line.substring("# title: ".length()).strip();
          } else if (header && line.strip().equals("# whole")) {
            whole = true;
          } else {
            header = false;
            body.add(line);
          }
        }
        assertThat(title).as("'# title:' in %s", file).isNotNull();
        examples.add(
            new ReferenceWriter.Example(
                file.getFileName().toString(), at, title, String.join("\n", body) + "\n", whole));
      }
    }
    return examples;
  }

  /** The generator module's folder: Maven runs tests there and says so in {@code basedir}. */
  private static Path module() {
    return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
  }

  private static Path repository() {
    return module().getParent();
  }
}
