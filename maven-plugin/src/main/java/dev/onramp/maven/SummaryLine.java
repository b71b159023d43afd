package dev.onramp.maven;

import dev.onramp.generate.GeneratedBlueprint;
import java.nio.file.Path;

/** The one line the generate goal logs for each blueprint it wrote. */
final class SummaryLine {

  private SummaryLine() {}

  /**
   * {@code acme: 3 resources, template.yaml 812 bytes, template.json 1204 bytes -> target/cfn/acme}
   * with the folder relative to {@code baseDirectory} when it lies inside it, so logs read the same
   * on every machine.
   */
  static String of(GeneratedBlueprint blueprint, Path baseDirectory) {
    return blueprint.name()
        + ": "
        + blueprint.resourceCount()
        + " resources, template.yaml "
        + blueprint.yamlBytes()
        + " bytes, template.json "
        + blueprint.jsonBytes()
        + " bytes -> "
        + display(blueprint.directory(), baseDirectory);
  }

  /** {@code path} relative to {@code baseDirectory} with forward slashes, else absolute. */
  static String display(Path path, Path baseDirectory) {
    Path absolute = path.toAbsolutePath().normalize();
    Path base = baseDirectory.toAbsolutePath().normalize();
    if (!absolute.startsWith(base) || absolute.equals(base)) {
      return absolute.toString();
    }
    return base.relativize(absolute).toString().replace('\\', '/');
  }
}
