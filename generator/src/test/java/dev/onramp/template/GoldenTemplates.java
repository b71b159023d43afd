package dev.onramp.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;

/**
 * The generator's golden templates ({@code scenarios/valid/**\/expected/template.yaml}, and their
 * JSON twins), real compiler output to test the review against.
 */
public final class GoldenTemplates {
  private GoldenTemplates() {}

  public static List<Path> yaml() {
    try {
      Path root = Paths.get(GoldenTemplates.class.getResource("/scenarios/valid").toURI());
      try (Stream<Path> files = Files.walk(root)) {
        return files
            .filter(file -> file.getFileName().toString().equals("template.yaml"))
            .sorted()
            .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Path json(Path yaml) {
    return yaml.resolveSibling("template.json");
  }

  /** {@code org-self-managed/expected/template.yaml}, for test names. */
  public static String name(Path yaml) {
    Path scenarios = yaml;
    while (!scenarios.getParent().getFileName().toString().equals("valid")) {
      scenarios = scenarios.getParent();
    }
    return scenarios.getParent().relativize(yaml).toString();
  }

  public static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
