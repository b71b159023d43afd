package dev.onramp.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.onramp.iam.ActionCatalog;
import dev.onramp.template.TemplateReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The before/after corpus under {@code src/test/resources/review/corpus/<NN-name>/}: each pair's
 * diff, rendered as its classification and one line per change, is exactly {@code expected.txt}.
 * Run with {@code -Donramp.updateGolden=true} to rewrite the expected files after an intended
 * change, then read the diff of them before committing.
 */
class PolicyDiffCorpusTest {
  static final boolean UPDATE = Boolean.getBoolean("onramp.updateGolden");

  @TestFactory
  Stream<DynamicTest> eachPairDiffsToItsExpectedChanges() {
    List<Path> cases = cases();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
    return cases.stream()
        .map(
            folder ->
                DynamicTest.dynamicTest(folder.getFileName().toString(), () -> check(folder)));
  }

  private static void check(Path folder) throws IOException {
    PolicyInventory before = inventory(folder.resolve("before.yaml"));
    PolicyInventory after = inventory(folder.resolve("after.yaml"));
    PolicyDiff diff = PolicyDiff.between(before, after);
    compareOrUpdate(folder.resolve("expected.txt"), render(diff));
    // Equivalence goes both ways: if nothing changed, nothing changes back either.
    assertThat(PolicyDiff.between(after, before).isEmpty())
        .as("the reverse diff of %s is empty exactly when the diff is", folder.getFileName())
        .isEqualTo(diff.isEmpty());
  }

  static String render(PolicyDiff diff) {
    StringBuilder out = new StringBuilder("classification: " + diff.classification() + "\n");
    diff.render().forEach(line -> out.append(line).append('\n'));
    return out.toString();
  }

  private static PolicyInventory inventory(Path file) throws IOException {
    return PolicyInventory.of(TemplateReader.read(Files.readString(file)), ActionCatalog.bundled());
  }

  /** Compares with the expected file, or rewrites it with {@code -Donramp.updateGolden=true}. */
  private static void compareOrUpdate(Path expectedFile, String actual) throws IOException {
    if (UPDATE) {
      Files.writeString(expectedFile, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(expectedFile)
        .as("expected file missing; run with -Donramp.updateGolden=true to create it")
        .exists();
    assertEquals(
        Files.readString(expectedFile, StandardCharsets.UTF_8),
        actual,
        expectedFile
            + " differs; if the change is intended, rerun with -Donramp.updateGolden=true");
  }

  /** The case folders in the source tree, so that updates land in the repository, not target/. */
  static List<Path> cases() {
    try {
      Path classes = Paths.get(PolicyDiffCorpusTest.class.getResource("/review/corpus").toURI());
      // target/test-classes/review/corpus -> src/test/resources/review/corpus
      Path module = classes.getParent().getParent().getParent().getParent();
      Path source = module.resolve("src/test/resources/review/corpus");
      Path root = Files.isDirectory(source) ? source : classes;
      try (Stream<Path> folders = Files.list(root)) {
        return folders.filter(Files::isDirectory).sorted().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
