package dev.onramp.api;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Turn a vendor's hand-written CloudFormation template into a draft blueprint and prove, with the
 * policy review, that the draft grants no more than the original.
 *
 * @param template the vendor's template (YAML with short-form tags, or JSON)
 * @param name the blueprint name; empty derives it from the template's file name
 * @param blueprintDirectory where the draft blueprint (and a StackSet member's) is written, {@code
 *     src/main/blueprints}
 * @param reportDirectory where the import report and the draft's copy go, {@code
 *     target/cfn-import}; a folder per blueprint name is made in it
 * @param baseDirectory the project's folder, for the paths messages show
 * @param force whether an existing blueprint file may be replaced
 * @param harden whether Onramp's secure defaults replace weaker settings of the original, each
 *     shown as a reviewed difference
 * @param acceptEscalation whether a draft that grants more than the original may still be written
 */
public record ImportRequest(
    Path template,
    Optional<String> name,
    Path blueprintDirectory,
    Path reportDirectory,
    Path baseDirectory,
    boolean force,
    boolean harden,
    boolean acceptEscalation) {

  public ImportRequest {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(blueprintDirectory, "blueprintDirectory");
    Objects.requireNonNull(reportDirectory, "reportDirectory");
    Objects.requireNonNull(baseDirectory, "baseDirectory");
  }
}
