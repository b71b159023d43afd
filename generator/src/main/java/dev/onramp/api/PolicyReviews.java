package dev.onramp.api;

import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import dev.onramp.review.Change;
import dev.onramp.review.FailOn;
import dev.onramp.review.PolicyInventory;
import dev.onramp.review.Severity;
import dev.onramp.review.baseline.BaselineException;
import dev.onramp.review.baseline.PolicyReview;
import dev.onramp.review.baseline.Side;
import dev.onramp.review.baseline.Sides;
import dev.onramp.review.report.BlueprintDiff;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Onramp#report} and {@link Onramp#diff}: the policy review of a build, or of any templates.
 * The build's blueprints are read and compiled only when a side is {@code blueprints}; otherwise a
 * missing blueprint directory is no error.
 */
final class PolicyReviews {
  private PolicyReviews() {}

  static ReportResult report(ReportRequest request) throws OnrampException {
    Side side =
        new SideResolver(request.blueprints())
            .side(request.templates(), Setting.REPORT_TEMPLATES, Optional.empty());
    Map<String, PolicyInventory> inventories;
    try {
      inventories = PolicyReview.writeInventories(side, request.reviewDirectory());
    } catch (IOException e) {
      throw new EnvironmentException(
          "cannot write the permission inventories to " + request.reviewDirectory() + ": " + e, e);
    }
    List<ReportResult.Inventory> written = new ArrayList<>();
    inventories.forEach(
        (name, inventory) ->
            written.add(
                new ReportResult.Inventory(
                    name,
                    ReviewSummaries.inventory(inventory),
                    request
                        .reviewDirectory()
                        .resolve(name)
                        .resolve(PolicyReview.INVENTORY_MARKDOWN))));
    return new ReportResult(written);
  }

  static DiffResult diff(DiffRequest request) throws OnrampException {
    FailOn threshold = failOn(request.failOn());
    ProjectBlueprints project = request.blueprints();
    if (Side.isBlueprints(request.current()) && Side.isBlueprints(request.baseline())) {
      throw new ConfigurationException(
          Setting.BASELINE,
          "the baseline is the build's blueprints, which are already the side compared",
          "compare the blueprints with a folder, a template file, a git ref or a manifest URL; or"
              + " make other templates the current side and the blueprints the baseline");
    }
    SideResolver sides = new SideResolver(project);
    Side current = sides.side(request.current(), Setting.DIFF_CURRENT, Optional.empty());
    // A bare git ref of a project without blueprints is the current folder or file at that ref.
    Side baseline = sides.side(request.baseline(), Setting.BASELINE, current.source());
    PolicyReview.Comparison comparison = PolicyReview.compare(current, baseline);
    List<Path> files;
    try {
      files =
          PolicyReview.writeDiff(
              comparison,
              request.reviewDirectory(),
              name ->
                  project.shown(
                      comparison
                          .currentFile(name)
                          .orElse(
                              request
                                  .outputDirectory()
                                  .resolve(name)
                                  .resolve(Generator.YAML_FILE))));
    } catch (IOException e) {
      throw new EnvironmentException(
          "cannot write the policy diff to " + request.reviewDirectory() + ": " + e, e);
    }
    return new DiffResult(
        comparison.baseline(),
        lines(comparison),
        files,
        threshold.toString(),
        comparison.fails(threshold),
        comparison.current().description());
  }

  /** Resolves the sides of one request, compiling the build's blueprints at most once. */
  private static final class SideResolver {
    private final ProjectBlueprints project;
    private Optional<CompiledBlueprints> compiled = Optional.empty();

    SideResolver(ProjectBlueprints project) {
      this.project = project;
    }

    Side side(String spec, Setting setting, Optional<Path> counterpart) throws OnrampException {
      if (Side.isBlueprints(spec)) {
        return Side.blueprints(compiled().compilation().templates());
      }
      // A git ref's blueprints are compiled with the shipped ones this build names.
      List<BlueprintSource> shipped =
          compiled.isPresent()
              ? compiled.get().sources().stream().filter(BlueprintSource::isShipped).toList()
              : project.shippedSources();
      try {
        return Sides.resolve(
            spec,
            new Side.Project(
                project.baseDirectory(),
                project.blueprintDirectory(),
                shipped,
                project.vendorForShipped(),
                counterpart));
      } catch (BaselineException e) {
        throw new ConfigurationException(setting, e.getMessage(), e.hint(), e);
      }
    }

    private CompiledBlueprints compiled() throws OnrampException {
      if (compiled.isEmpty()) {
        compiled = Optional.of(CompiledBlueprints.of(project));
      }
      return compiled.get();
    }
  }

  private static FailOn failOn(String text) throws ConfigurationException {
    try {
      return FailOn.parse(text);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(
          Setting.DIFF_FAIL_ON,
          "'" + text + "' is not a threshold",
          "use none (never fail), any (any change) or escalation (more access, or critical)",
          e);
    }
  }

  private static List<Message> lines(PolicyReview.Comparison comparison) {
    List<Message> lines = new ArrayList<>();
    for (BlueprintDiff diff : comparison.diffs()) {
      lines.add(new Message(Message.Level.INFO, ReviewSummaries.diff(diff)));
      for (Change change : diff.diff().changes()) {
        Message.Level level =
            change.severity().isAtLeast(Severity.ESCALATION)
                ? Message.Level.WARNING
                : Message.Level.INFO;
        lines.add(new Message(level, "  " + change.render()));
      }
    }
    return lines;
  }
}
