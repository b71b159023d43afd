package dev.onramp.api;

import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import dev.onramp.review.Change;
import dev.onramp.review.FailOn;
import dev.onramp.review.PolicyInventory;
import dev.onramp.review.Severity;
import dev.onramp.review.baseline.Baseline;
import dev.onramp.review.baseline.BaselineException;
import dev.onramp.review.baseline.BaselineTemplates;
import dev.onramp.review.baseline.PolicyReview;
import dev.onramp.review.report.BlueprintDiff;
import dev.onramp.template.CompiledTemplate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@link Onramp#report} and {@link Onramp#diff}: the policy review of a build. */
final class PolicyReviews {
  private PolicyReviews() {}

  static ReportResult report(ReportRequest request) throws OnrampException {
    CompiledBlueprints compiled = CompiledBlueprints.of(request.blueprints());
    Map<String, PolicyInventory> inventories;
    try {
      inventories =
          PolicyReview.writeInventories(
              compiled.compilation().templates(), request.reviewDirectory());
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
    CompiledBlueprints compiled = CompiledBlueprints.of(request.blueprints());
    ProjectBlueprints project = request.blueprints();
    // A git-ref baseline compiles the project's blueprints at that ref with today's shipped ones.
    List<BlueprintSource> shipped =
        compiled.sources().stream().filter(BlueprintSource::isShipped).toList();
    List<CompiledTemplate> templates = compiled.compilation().templates();
    PolicyReview.Comparison comparison;
    try {
      BaselineTemplates before =
          Baseline.resolve(
              request.baseline(),
              new Baseline.Project(
                  project.baseDirectory(),
                  project.blueprintDirectory(),
                  shipped,
                  compiled.vendor()));
      comparison = PolicyReview.compare(templates, before);
    } catch (BaselineException e) {
      throw new ConfigurationException(Setting.BASELINE, e.getMessage(), e.hint(), e);
    }
    List<Path> files;
    try {
      files =
          PolicyReview.writeDiff(
              comparison,
              request.reviewDirectory(),
              name ->
                  project.shown(
                      request.outputDirectory().resolve(name).resolve(Generator.YAML_FILE)));
    } catch (IOException e) {
      throw new EnvironmentException(
          "cannot write the policy diff to " + request.reviewDirectory() + ": " + e, e);
    }
    return new DiffResult(
        comparison.baseline(),
        lines(comparison),
        files,
        threshold.toString(),
        comparison.fails(threshold));
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
