package dev.onramp.review.baseline;

import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateFormatException;
import dev.onramp.template.TemplateReader;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One template of a {@link Side}: the name it is compared under (the blueprint's name, or the
 * template file's), the template, the blueprint version it records, and the file on disk it was
 * read from when there is one (for the SARIF locations of the current side).
 *
 * @param version {@code Metadata.Onramp.BlueprintVersion}, or empty when the template has none
 */
public record SideTemplate(String name, Template template, String version, Optional<Path> file) {

  public SideTemplate {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(file, "file");
  }

  /** A template this build compiled from a blueprint. */
  static SideTemplate of(CompiledTemplate compiled) {
    return new SideTemplate(
        compiled.name(), compiled.template(), compiled.version(), Optional.empty());
  }

  /**
   * Reads template text; {@code shown} is how errors name it ({@code cfn/acme/template.yaml},
   * {@code main:cfn/template.yaml}), with the line when the reader knows it.
   */
  static SideTemplate read(String name, String text, String shown, Optional<Path> file)
      throws BaselineException {
    Template template;
    try {
      template = TemplateReader.read(text);
    } catch (TemplateFormatException e) {
      throw new BaselineException(
          "the template "
              + shown
              + (e.line().isPresent() ? ":" + e.line().getAsInt() : "")
              + (e.column().isPresent() ? ":" + e.column().getAsInt() : "")
              + " cannot be read: "
              + e.problem(),
          "give a CloudFormation template in YAML or JSON (the generator's template.yaml or a"
              + " hand-written one)",
          e);
    }
    return new SideTemplate(name, template, versionOf(template), file);
  }

  /** The same template under another name, for a single file matched to the other side's one. */
  SideTemplate named(String other) {
    return new SideTemplate(other, template, version, file);
  }

  private static String versionOf(Template template) {
    if (template.metadata().get("Onramp") instanceof Map<?, ?> onramp
        && onramp.get("BlueprintVersion") instanceof String version) {
      return version;
    }
    return "";
  }
}
