package dev.onramp.review.baseline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A baseline folder with the layout of the generator's output: {@code <blueprint>/template.yaml}
 * (or {@code template.json}) for each blueprint, such as a committed copy of a release's output.
 */
final class DirectoryBaseline {
  static final String YAML = "template.yaml";
  static final String JSON = "template.json";

  private DirectoryBaseline() {}

  /**
   * Reads {@code directory}; {@code shown} is how reports name it (as the user wrote it, so that
   * they read the same on every machine).
   */
  static BaselineTemplates read(Path directory, String shown) throws BaselineException {
    Map<String, String> templates = new TreeMap<>();
    try (Stream<Path> folders = Files.list(directory)) {
      for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
        Path yaml = folder.resolve(YAML);
        Path json = folder.resolve(JSON);
        Path file = Files.isRegularFile(yaml) ? yaml : Files.isRegularFile(json) ? json : null;
        if (file != null) {
          templates.put(
              folder.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
        }
      }
    } catch (IOException e) {
      throw new BaselineException(
          "cannot read the baseline directory " + directory + ": " + e.getMessage(),
          "check that it exists and is readable",
          e);
    }
    if (templates.isEmpty()) {
      throw new BaselineException(
          "baseline directory " + directory + " holds no <blueprint>/template.yaml",
          "point cfn.baseline at a copy of the output directory (target/cfn), a git ref or a"
              + " published manifest URL");
    }
    return new BaselineTemplates("directory " + shown, templates);
  }
}
