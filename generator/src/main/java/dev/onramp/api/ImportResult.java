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
    Optional<String> refusal) {

  /** The refusal of a draft the generator refuses (its errors are in the lines and the report). */
  public static final String DOES_NOT_GENERATE = "it does not generate";

  /** The refusal of a draft that grants more than the original, without the vendor's consent. */
  public static final String GRANTS_MORE = "it grants more than the original";

  public ImportResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(verdict, "verdict");
    lines = List.copyOf(lines);
    blueprints = List.copyOf(blueprints);
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(reportMarkdown, "reportMarkdown");
    Objects.requireNonNull(reportJson, "reportJson");
    Objects.requireNonNull(refusal, "refusal");
  }

  /** Whether the draft was not written into the blueprint directory. */
  public boolean refused() {
    return refusal.isPresent();
  }
}
