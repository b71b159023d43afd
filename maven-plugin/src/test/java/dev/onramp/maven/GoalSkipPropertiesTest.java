package dev.onramp.maven;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every goal has its own skip switch, {@code cfn.<goal>.skip}, and {@code cfn.skip} skips them all:
 * a skipped goal logs one line naming the switch and touches nothing (no parameter is read, so the
 * unset ones here would fail it otherwise).
 */
class GoalSkipPropertiesTest {

  /** Each goal's Mojo and the field of its own skip property. */
  static List<Map.Entry<AbstractBlueprintMojo, String>> goals() {
    return List.of(
        Map.entry(new GenerateMojo(), "skipGenerate"),
        Map.entry(new ValidateMojo(), "skipValidate"),
        Map.entry(new ReportMojo(), "skipReport"),
        Map.entry(new DiffMojo(), "skipDiff"),
        Map.entry(new GuideMojo(), "skipGuide"),
        Map.entry(new LinksMojo(), "skipLinks"),
        Map.entry(new PublishMojo(), "skipPublish"),
        Map.entry(new ImportMojo(), "skipImport"));
  }

  @ParameterizedTest
  @MethodSource("goals")
  void theGoalsOwnPropertySkipsIt(Map.Entry<AbstractBlueprintMojo, String> goal) throws Exception {
    AbstractBlueprintMojo mojo = goal.getKey();
    set(mojo, mojo.getClass(), goal.getValue(), true);

    assertThat(run(mojo))
        .containsExactly("Skipping " + mojo.activity() + " (cfn." + mojo.goal() + ".skip)");
  }

  @ParameterizedTest
  @MethodSource("goals")
  void cfnSkipSkipsEveryGoal(Map.Entry<AbstractBlueprintMojo, String> goal) throws Exception {
    AbstractBlueprintMojo mojo = goal.getKey();
    set(mojo, AbstractBlueprintMojo.class, "skip", true);

    assertThat(run(mojo)).containsExactly("Skipping " + mojo.activity() + " (cfn.skip)");
  }

  @ParameterizedTest
  @MethodSource("goals")
  void theDescriptorBindsTheGoalsOwnPropertyAndCfnSkip(
      Map.Entry<AbstractBlueprintMojo, String> goal) throws Exception {
    // What help:describe shows and what -D sets: the descriptor the build generated.
    String descriptor =
        Files.readString(Path.of("target/classes/META-INF/maven/plugin.xml"), UTF_8);
    String mojo =
        descriptor.substring(
            descriptor.indexOf("<goal>" + goal.getKey().goal() + "</goal>"),
            descriptor.indexOf("</mojo>", descriptor.indexOf("<goal>" + goal.getKey().goal())));

    assertThat(mojo)
        .contains(
            "<"
                + goal.getValue()
                + " implementation=\"boolean\" default-value=\"false\">${cfn."
                + goal.getKey().goal()
                + ".skip}</"
                + goal.getValue()
                + ">")
        .contains("<skip implementation=\"boolean\" default-value=\"false\">${cfn.skip}</skip>");
  }

  private static List<String> run(AbstractBlueprintMojo mojo) throws Exception {
    List<String> lines = new ArrayList<>();
    mojo.setLog(
        new SystemStreamLog() {
          @Override
          public void info(CharSequence content) {
            lines.add(content.toString());
          }
        });
    mojo.execute();
    return lines;
  }

  private static void set(Object target, Class<?> owner, String name, boolean value)
      throws ReflectiveOperationException {
    Field field = owner.getDeclaredField(name);
    field.setAccessible(true);
    field.setBoolean(target, value);
  }
}
