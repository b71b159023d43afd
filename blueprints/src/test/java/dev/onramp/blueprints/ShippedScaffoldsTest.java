package dev.onramp.blueprints;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.api.InitRequest;
import dev.onramp.api.InitResult;
import dev.onramp.api.Onramp;
import dev.onramp.generate.BlueprintSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * cfn:init from every shipped blueprint: the scaffold carries the vendor's role and its own name
 * (and its member's, for an organization), keeps the shipped blueprint's roles, and generates.
 */
class ShippedScaffoldsTest {
  private static final String ROLE = "arn:aws:iam::444455556666:role/ExampleOnboarding";

  @TempDir Path project;

  static List<String> shipped() {
    return BlueprintSources.builtInNames(ShippedScaffoldsTest.class.getClassLoader());
  }

  @ParameterizedTest
  @MethodSource("shipped")
  void everyShippedBlueprintScaffoldsIntoOneThatGenerates(String name) throws Exception {
    InitResult result =
        new Onramp()
            .init(
                new InitRequest(
                    project.resolve("src/main/blueprints"),
                    project,
                    "acme-start",
                    name,
                    getClass().getClassLoader(),
                    ROLE,
                    List.of(),
                    List.of(),
                    "1.0.0"));

    Path own = project.resolve("src/main/blueprints/acme-start.yaml");
    assertThat(result.blueprints()).first().isEqualTo(own);
    String text = Files.readString(own);
    assertThat(text)
        .startsWith("# Scaffolded by cfn:init from the shipped blueprint " + name + ".")
        .contains("  name: acme-start\n")
        .contains("vendor:\n  roleArn: " + ROLE + "\n")
        .doesNotContain("111122223333");
    String shippedText =
        new String(
            BlueprintSources.builtIn(name, getClass().getClassLoader()).content(),
            java.nio.charset.StandardCharsets.UTF_8);
    if (shippedText.contains("memberBlueprint:")) {
      Path member = project.resolve("src/main/blueprints/acme-start-member.yaml");
      assertThat(result.blueprints()).containsExactly(own, member);
      assertThat(text).contains("  memberBlueprint: acme-start-member\n");
      assertThat(Files.readString(member))
          .contains("  name: acme-start-member\n")
          .contains("vendor:\n  roleArn: " + ROLE + "\n");
    } else {
      assertThat(result.blueprints()).containsExactly(own);
    }
  }
}
