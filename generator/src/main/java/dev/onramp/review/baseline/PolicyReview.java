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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The policy review of a build or of any templates: each template's permission inventory, and the
 * semantic difference between two {@link Side}s (by default this build's templates and a
 * baseline's), template by template.
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

  /**
   * The comparison of the current side's templates with the baseline's, in name order; {@code
   * current} is the current side as compared (a single file under its matched name).
   */
  public record Comparison(String baseline, List<BlueprintDiff> diffs, Side current) {
    public Comparison {
      diffs = List.copyOf(diffs);
    }

    /** The file a template of the current side was read from, when it was read from one. */
    public Optional<Path> currentFile(String name) {
      return current.template(name).flatMap(SideTemplate::file);
    }

    /** Whether any blueprint's diff fails the build under {@code failOn}. */
    public boolean fails(FailOn failOn) {
      return diffs.stream().anyMatch(diff -> failOn.fails(diff.diff()));
    }
  }

  public static Comparison compare(List<CompiledTemplate> current, BaselineTemplates baseline)
      throws BaselineException {
    List<SideTemplate> before = new ArrayList<>();
    for (Map.Entry<String, String> entry : baseline.templates().entrySet()) {
      before.add(
          SideTemplate.read(
              entry.getKey(),
              entry.getValue(),
              entry.getKey() + " (" + baseline.description() + ")",
              Optional.empty()));
    }
    return compare(Side.blueprints(current), new Side(baseline.description(), before, false));
  }

  /**
   * The comparison of two sides, template by template in name order; a single template file is
   * compared with the other side's only template whatever their names ({@link Side#matched}).
   */
  public static Comparison compare(Side current, Side baseline) {
    List<Side> sides = Side.matched(current, baseline);
    Side after = sides.get(0);
    Side before = sides.get(1);
    TreeSet<String> names = new TreeSet<>();
    after.templates().forEach(template -> names.add(template.name()));
    before.templates().forEach(template -> names.add(template.name()));
    List<BlueprintDiff> diffs = new ArrayList<>();
    for (String name : names) {
      Optional<SideTemplate> old = before.template(name);
      Optional<SideTemplate> now = after.template(name);
      PolicyDiff diff =
          PolicyDiff.between(
              PolicyInventory.of(old.map(SideTemplate::template).orElse(EMPTY)),
              PolicyInventory.of(now.map(SideTemplate::template).orElse(EMPTY)));
      BlueprintDiff.Status status;
      if (now.isEmpty()) {
        status = BlueprintDiff.Status.REMOVED;
      } else if (old.isEmpty()) {
        status = BlueprintDiff.Status.ADDED;
      } else {
        status = diff.isEmpty() ? BlueprintDiff.Status.UNCHANGED : BlueprintDiff.Status.CHANGED;
      }
      diffs.add(new BlueprintDiff(name, status, diff));
    }
    return new Comparison(before.description(), diffs, after);
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
    return writeInventories(Side.blueprints(templates), directory);
  }

  /**
   * Writes the inventory of each template of {@code side}, {@code <name>/permissions.md} and {@code
   * .json}, into {@code directory}; returns the inventories by name.
   */
  public static Map<String, PolicyInventory> writeInventories(Side side, Path directory)
      throws IOException {
    Map<String, PolicyInventory> inventories = new TreeMap<>();
    for (SideTemplate template : side.templates()) {
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
