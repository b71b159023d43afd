package dev.onramp.api;

import dev.onramp.review.AccessVerdict;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an import did: the proof's verdict and its lines (the verdict first, then every difference,
 * escalations first), the blueprints written (none when the draft was refused), and the report.
 *
 * @param name the blueprint name
 * @param verdict the policy review between the original and the generated draft; empty when the
 *     draft does not generate
 * @param lines what a front end prints, in order
 * @param blueprints the blueprint files written (the draft and a StackSet member's), empty when
 *     refused
 * @param draft the draft's copy beside the report, always written for the vendor to read
 * @param reportMarkdown the import report for people
 * @param reportJson the same report for tools
 * @param refused whether the draft grants more than the original and was therefore not written into
 *     the blueprint directory
 */
public record ImportResult(
    String name,
    Optional<AccessVerdict> verdict,
    List<Message> lines,
    List<Path> blueprints,
    Path draft,
    Path reportMarkdown,
    Path reportJson,
    boolean refused) {

  public ImportResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(verdict, "verdict");
    lines = List.copyOf(lines);
    blueprints = List.copyOf(blueprints);
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(reportMarkdown, "reportMarkdown");
    Objects.requireNonNull(reportJson, "reportJson");
  }
}
