package dev.onramp.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Re-labels every corpus pair with the independent evaluator ({@link IamSimulateOracle}, which
 * needs Node and npm: it fails without them, it does not skip) and checks that the committed {@code
 * label.txt} says the same. Run with {@code -Donramp.updateGolden=true} to rewrite the labels after
 * adding a pair or changing the evaluator, then read the diff of them before committing.
 */
class PolicyVerdictOracleIT {
  private static IamSimulateOracle oracle;

  @BeforeAll
  static void start() throws IOException {
    oracle = IamSimulateOracle.start();
  }

  @AfterAll
  static void stop() {
    if (oracle != null) {
      oracle.close();
    }
  }

  @TestFactory
  Stream<DynamicTest> eachPairIsLabelledAsTheEvaluatorSays() {
    List<Path> cases = PolicyDiffCorpusTest.cases();
    assertThat(cases).hasSizeGreaterThanOrEqualTo(64);
    return cases.stream()
        .map(
            folder ->
                DynamicTest.dynamicTest(folder.getFileName().toString(), () -> check(folder)));
  }

  private static void check(Path folder) throws IOException {
    OracleLabel label =
        oracle.label(
            folder.getFileName().toString(),
            Files.readString(folder.resolve("before.yaml"), StandardCharsets.UTF_8),
            Files.readString(folder.resolve("after.yaml"), StandardCharsets.UTF_8));
    Path file = folder.resolve(OracleLabel.FILE);
    if (PolicyDiffCorpusTest.UPDATE) {
      Files.writeString(file, label.render(), StandardCharsets.UTF_8);
      return;
    }
    assertThat(file)
        .as("label file missing; run with -Donramp.updateGolden=true to create it")
        .exists();
    assertThat(label.render())
        .as(
            "%s differs from the evaluator's label; if intended, rerun with -Donramp.updateGolden=true",
            file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
