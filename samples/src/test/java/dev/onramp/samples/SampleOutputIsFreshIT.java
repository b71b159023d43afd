package dev.onramp.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The sample's output is checked in under {@code samples/output/}, so that a change to Onramp shows
 * in review as a change to what vendors get. This build has just regenerated it in {@code target/};
 * any difference fails, naming the files and the first differing line. After an intended change:
 * {@code ./mvnw -pl samples -am verify -Donramp.updateSample=true}, then review the diff.
 */
class SampleOutputIsFreshIT {
  /**
   * What is compared: the folders of {@code target/} whose content is the same on every machine.
   */
  private static final List<String> FOLDERS =
      List.of("cfn", "cfn-guides", "cfn-links", "cfn-review", "generated-sources/onramp-cdk");

  private static final boolean UPDATE = Boolean.getBoolean("onramp.updateSample");

  private final Path module = Paths.get(System.getProperty("basedir", ".")).toAbsolutePath();
  private final Path target = module.resolve("target");
  private final Path checkedIn = module.resolve("output");

  @Test
  void theCheckedInOutputIsWhatThisBuildGenerated() throws IOException {
    Map<String, byte[]> generated = files(target);
    assertThat(generated).as("files the build generated under target/").isNotEmpty();
    if (UPDATE) {
      replaceCheckedIn(generated);
      return;
    }
    Map<String, byte[]> expected = files(checkedIn);
    List<String> problems = new ArrayList<>();
    for (String path : expected.keySet()) {
      if (!generated.containsKey(path)) {
        problems.add("no longer generated: output/" + path);
      }
    }
    for (Map.Entry<String, byte[]> file : generated.entrySet()) {
      byte[] old = expected.get(file.getKey());
      if (old == null) {
        problems.add("generated but not checked in: output/" + file.getKey());
      } else if (!java.util.Arrays.equals(old, file.getValue())) {
        problems.add("differs: output/" + file.getKey() + firstDifference(old, file.getValue()));
      }
    }
    if (!problems.isEmpty()) {
      fail(
          problems.size()
              + " difference(s) between samples/output and what this build generated:\n  "
              + String.join("\n  ", problems)
              + "\nIf the change is intended, run ./mvnw -pl samples -am verify"
              + " -Donramp.updateSample=true and commit samples/output with it.");
    }
  }

  /** Every file of the compared folders under {@code root}, by path relative to it, with '/'. */
  private static Map<String, byte[]> files(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    for (String folder : FOLDERS) {
      Path start = root.resolve(folder);
      if (!Files.isDirectory(start)) {
        continue;
      }
      try (Stream<Path> walk = Files.walk(start)) {
        for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
          files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
      }
    }
    return files;
  }

  private void replaceCheckedIn(Map<String, byte[]> generated) throws IOException {
    for (String folder : FOLDERS) {
      Path old = checkedIn.resolve(folder);
      if (Files.isDirectory(old)) {
        try (Stream<Path> walk = Files.walk(old)) {
          for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(path);
          }
        }
      }
    }
    for (Map.Entry<String, byte[]> file : generated.entrySet()) {
      Path path = checkedIn.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.write(path, file.getValue());
    }
  }

  /** {@code , line 12: expected "…" but generated "…"}. */
  private static String firstDifference(byte[] expected, byte[] actual) {
    List<String> before = new String(expected, StandardCharsets.UTF_8).lines().toList();
    List<String> after = new String(actual, StandardCharsets.UTF_8).lines().toList();
    for (int line = 0; line < Math.max(before.size(), after.size()); line++) {
      String was = line < before.size() ? before.get(line) : "<end of file>";
      String now = line < after.size() ? after.get(line) : "<end of file>";
      if (!was.equals(now)) {
        return ", line "
            + (line + 1)
            + ": checked in \""
            + clip(was)
            + "\" but generated \""
            + clip(now)
            + "\"";
      }
    }
    return " (line ends or final newline)";
  }

  private static String clip(String line) {
    return line.length() > 120 ? line.substring(0, 117) + "..." : line;
  }
}
