package dev.onramp.review.baseline;

import dev.onramp.output.AtomicFiles;
import dev.onramp.review.FailOn;
import dev.onramp.review.PolicyDiff;
import dev.onramp.review.PolicyInventory;
import dev.onramp.review.report.BlueprintDiff;
import dev.onramp.review.report.DiffReport;
import dev.onramp.review.report.InventoryReport;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateFormatException;
import dev.onramp.template.TemplateReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The policy review of a build: each blueprint's permission inventory, and the semantic difference
 * between this build's templates and a baseline's, blueprint by blueprint.
 */
public final class PolicyReview {
  public static final String DIFF_MARKDOWN = "policy-diff.md";
  public static final String DIFF_JSON = "policy-diff.json";
  public static final String DIFF_SARIF = "policy-diff.sarif";
  public static final String INVENTORY_MARKDOWN = "permissions.md";
  public static final String INVENTORY_JSON = "permissions.json";

  private static final Template EMPTY =
      new Template("", Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

  private PolicyReview() {}

  /** The comparison of this build's templates with the baseline's, in blueprint name order. */
  public record Comparison(String baseline, List<BlueprintDiff> diffs) {
    public Comparison {
      diffs = List.copyOf(diffs);
    }

    /** Whether any blueprint's diff fails the build under {@code failOn}. */
    public boolean fails(FailOn failOn) {
      return diffs.stream().anyMatch(diff -> failOn.fails(diff.diff()));
    }
  }

  public static Comparison compare(List<CompiledTemplate> current, BaselineTemplates baseline)
      throws BaselineException {
    Map<String, Template> now = new TreeMap<>();
    current.forEach(template -> now.put(template.name(), template.template()));
    TreeSet<String> names = new TreeSet<>(now.keySet());
    names.addAll(baseline.templates().keySet());
    List<BlueprintDiff> diffs = new ArrayList<>();
    for (String name : names) {
      Template before = baseline.template(name).isPresent() ? read(baseline, name) : EMPTY;
      Template after = now.getOrDefault(name, EMPTY);
      PolicyDiff diff = PolicyDiff.between(PolicyInventory.of(before), PolicyInventory.of(after));
      BlueprintDiff.Status status;
      if (!now.containsKey(name)) {
        status = BlueprintDiff.Status.REMOVED;
      } else if (baseline.template(name).isEmpty()) {
        status = BlueprintDiff.Status.ADDED;
      } else {
        status = diff.isEmpty() ? BlueprintDiff.Status.UNCHANGED : BlueprintDiff.Status.CHANGED;
      }
      diffs.add(new BlueprintDiff(name, status, diff));
    }
    return new Comparison(baseline.description(), diffs);
  }

  private static Template read(BaselineTemplates baseline, String name) throws BaselineException {
    try {
      return TemplateReader.read(baseline.template(name).orElseThrow());
    } catch (TemplateFormatException e) {
      throw new BaselineException(
          "the baseline template of "
              + name
              + " ("
              + baseline.description()
              + ") cannot be read: "
              + e.getMessage(),
          "the baseline must hold templates Onramp generated, YAML or JSON",
          e);
    }
  }

  /** Writes the diff as Markdown, JSON and SARIF into {@code directory}; returns the files. */
  public static List<Path> writeDiff(
      Comparison comparison, Path directory, Function<String, String> templatePathOfBlueprint)
      throws IOException {
    Files.createDirectories(directory);
    return List.of(
        AtomicFiles.write(
            directory.resolve(DIFF_MARKDOWN),
            DiffReport.markdown(comparison.baseline(), comparison.diffs())),
        AtomicFiles.write(
            directory.resolve(DIFF_JSON),
            DiffReport.json(comparison.baseline(), comparison.diffs())),
        AtomicFiles.write(
            directory.resolve(DIFF_SARIF),
            DiffReport.sarif(comparison.baseline(), comparison.diffs(), templatePathOfBlueprint)));
  }

  /**
   * Writes each blueprint's inventory, {@code <blueprint>/permissions.md} and {@code .json}, into
   * {@code directory}; returns the inventories by blueprint name.
   */
  public static Map<String, PolicyInventory> writeInventories(
      List<CompiledTemplate> templates, Path directory) throws IOException {
    Map<String, PolicyInventory> inventories = new TreeMap<>();
    for (CompiledTemplate template : templates) {
      PolicyInventory inventory = PolicyInventory.of(template.template());
      String version = template.version();
      Path folder = Files.createDirectories(directory.resolve(template.name()));
      AtomicFiles.write(
          folder.resolve(INVENTORY_MARKDOWN),
          InventoryReport.markdown(template.name(), version, inventory));
      AtomicFiles.write(
          folder.resolve(INVENTORY_JSON),
          InventoryReport.json(template.name(), version, inventory));
      inventories.put(template.name(), inventory);
    }
    return inventories;
  }
}
