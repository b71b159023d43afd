package dev.onramp.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The expected reports under {@code src/test/resources/validate-reports} (and, for the policy
 * review's reports, another folder of the test resources). Run the tests with {@code
 * -Donramp.updateGolden=true} to rewrite them after an intended change, then review the diff.
 */
public final class GoldenFiles {
  static final boolean UPDATE = Boolean.getBoolean("onramp.updateGolden");

  private GoldenFiles() {}

  /** Asserts that {@code actual} is the expected file, byte for byte; rewrites it when asked. */
  static void assertMatches(String name, String actual) throws IOException {
    assertMatches("validate-reports", name, actual);
  }

  /** The same for the expected file {@code name} in {@code src/test/resources/<folder>}. */
  public static void assertMatches(String folder, String name, String actual) throws IOException {
    Path expected = sourceFolder(folder).resolve(name);
    if (UPDATE) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
    }
    assertThat(expected)
        .as("expected report %s; create or update it with -Donramp.updateGolden=true", name)
        .exists();
    assertThat(actual)
        .as(
            "%s differs from %s; if the change is intended, run with -Donramp.updateGolden=true",
            name, expected)
        .isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }

  /** The folder in the source tree, so that updates land in the repository, not in target/. */
  private static Path sourceFolder(String folder) {
    try {
      Path classes =
          Paths.get(GoldenFiles.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      // target/test-classes -> src/test/resources/<folder>
      return classes.getParent().getParent().resolve("src/test/resources/" + folder);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
