package dev.onramp.review.baseline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The templates of a folder with the layout of the generator's output, {@code <name>/template.yaml}
 * (or {@code template.json}) for each blueprint, such as a committed copy of a release's output;
 * and of one template file, named by its file name without extension.
 */
final class FolderSide {
  static final String YAML = "template.yaml";
  static final String JSON = "template.json";
  private static final List<String> EXTENSIONS = List.of(".yaml", ".yml", ".json", ".template");

  private FolderSide() {}

  /**
   * Reads {@code directory}; {@code shown} is how reports name it (as the user wrote it, so that
   * they read the same on every machine).
   */
  static Side folder(Path directory, String shown) throws BaselineException {
    List<SideTemplate> templates = new ArrayList<>();
    List<String> looseFiles = new ArrayList<>();
    try (Stream<Path> entries = Files.list(directory)) {
      for (Path entry : entries.sorted().toList()) {
        String name = entry.getFileName().toString();
        if (!Files.isDirectory(entry)) {
          if (isTemplateFile(name)) {
            looseFiles.add(name);
          }
          continue;
        }
        Path yaml = entry.resolve(YAML);
        Path file = Files.isRegularFile(yaml) ? yaml : entry.resolve(JSON);
        if (Files.isRegularFile(file)) {
          String text = Files.readString(file, StandardCharsets.UTF_8);
          String where = shown + "/" + name + "/" + file.getFileName();
          templates.add(SideTemplate.read(name, text, where, Optional.of(file)));
        }
      }
    } catch (IOException e) {
      throw new BaselineException(
          "cannot read the folder " + shown + ": " + e.getMessage(),
          "check that it exists and is readable",
          e);
    }
    if (templates.isEmpty()) {
      throw new BaselineException(
          "folder "
              + shown
              + " holds no <name>/template.yaml or <name>/template.json"
              + (looseFiles.isEmpty() ? "" : " (it holds " + String.join(", ", looseFiles) + ")"),
          looseFiles.isEmpty()
              ? "give a copy of the output directory (target/cfn), a template file, a git ref or"
                  + " a published manifest URL"
              : "give one template file, such as " + shown + "/" + looseFiles.get(0));
    }
    return new Side("directory " + shown, templates, false, Optional.of(directory));
  }

  /** Reads one template file, named by its file name without the extension. */
  static Side file(Path path, String shown) throws BaselineException {
    String fileName = path.getFileName().toString();
    if (!isTemplateFile(fileName)) {
      throw new BaselineException(
          "file " + shown + " is not a template file",
          "give a template file ending in .yaml, .yml, .json or .template, or a folder of them");
    }
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new BaselineException(
          "cannot read the template " + shown + ": " + e.getMessage(),
          "check that it is a readable UTF-8 text file",
          e);
    }
    SideTemplate template = SideTemplate.read(nameOf(fileName), text, shown, Optional.of(path));
    return new Side("file " + shown, List.of(template), true, Optional.of(path));
  }

  /** Whether {@code fileName} ends in one of the template extensions, in any case. */
  static boolean isTemplateFile(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(lower::endsWith);
  }

  /** {@code acme-role.yaml} is {@code acme-role}. */
  static String nameOf(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}
