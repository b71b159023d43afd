package dev.onramp.review.baseline;

import dev.onramp.blueprint.model.Vendor;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.template.CompiledTemplate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One side of a policy review: the templates of the build's blueprints, of a folder with the output
 * layout, of one template file, of a git ref or of a published manifest, by name, with a
 * description for the reports ({@code blueprints}, {@code directory policy-baseline}, {@code file
 * before.yaml}, {@code git ref v1.4.0}, {@code manifest https://…}). {@link Sides#resolve} finds
 * one from what a user writes.
 *
 * @param templates in name order, names unique
 * @param oneFile whether the side is a single template file, whose name yields to the other side's
 *     when that side holds one template too (see {@link #matched})
 * @param source the folder or file of the working tree the side was read from, if it was
 */
public record Side(
    String description, List<SideTemplate> templates, boolean oneFile, Optional<Path> source) {
  /** How a user names the build's blueprints as a side; {@code ./blueprints} is a folder. */
  public static final String BLUEPRINTS = "blueprints";

  public Side {
    List<SideTemplate> sorted = new ArrayList<>(templates);
    sorted.sort(Comparator.comparing(SideTemplate::name));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).name().equals(sorted.get(i - 1).name())) {
        throw new IllegalArgumentException("two templates named " + sorted.get(i).name());
      }
    }
    templates = List.copyOf(sorted);
    Objects.requireNonNull(source, "source");
  }

  /** Templates that were not read from the working tree. */
  public Side(String description, List<SideTemplate> templates, boolean oneFile) {
    this(description, templates, oneFile, Optional.empty());
  }

  /**
   * What the project looks like now, for resolving a side against it.
   *
   * @param counterpart the folder or file the other side was read from: a bare git ref of a project
   *     without blueprints is the same path at that ref
   */
  public record Project(
      Path baseDirectory,
      Path blueprintDirectory,
      List<BlueprintSource> shippedBlueprints,
      Optional<Vendor> vendorForShipped,
      Optional<Path> counterpart) {
    public Project {
      shippedBlueprints = List.copyOf(shippedBlueprints);
      Objects.requireNonNull(counterpart, "counterpart");
    }

    public Project(
        Path baseDirectory,
        Path blueprintDirectory,
        List<BlueprintSource> shippedBlueprints,
        Optional<Vendor> vendorForShipped) {
      this(
          baseDirectory, blueprintDirectory, shippedBlueprints, vendorForShipped, Optional.empty());
    }
  }

  /** Whether {@code spec} names the build's blueprints, which the caller compiles. */
  public static boolean isBlueprints(String spec) {
    return spec.strip().equals(BLUEPRINTS);
  }

  /** The build's blueprints, compiled. */
  public static Side blueprints(List<CompiledTemplate> compiled) {
    return new Side(BLUEPRINTS, compiled.stream().map(SideTemplate::of).toList(), false);
  }

  public Optional<SideTemplate> template(String name) {
    return templates.stream().filter(template -> template.name().equals(name)).findFirst();
  }

  /**
   * The two sides with a single file named after the other side's only template, so that two single
   * files, or a file and a folder of one template, are compared with each other whatever their
   * names: the baseline file yields to the current side's name, else the current file to the
   * baseline's.
   *
   * @return the current side, then the baseline side
   */
  public static List<Side> matched(Side current, Side baseline) {
    if (baseline.oneFile() && current.templates().size() == 1) {
      return List.of(current, baseline.named(current.templates().get(0).name()));
    }
    if (current.oneFile() && baseline.templates().size() == 1) {
      return List.of(current.named(baseline.templates().get(0).name()), baseline);
    }
    return List.of(current, baseline);
  }

  /** The same templates under another description. */
  Side described(String other) {
    return new Side(other, templates, oneFile, source);
  }

  private Side named(String name) {
    return new Side(description, List.of(templates.get(0).named(name)), true, source);
  }
}
