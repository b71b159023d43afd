package dev.onramp.api;

import java.nio.file.Path;

/**
 * What was written for one blueprint: its folder, its resource count, the sizes of its two
 * templates in bytes, and how many Java files its CDK construct has (none without a {@code cdk}
 * section).
 */
public record WrittenBlueprint(
    String name,
    Path directory,
    int resourceCount,
    long yamlBytes,
    long jsonBytes,
    int constructSources) {

  /**
   * {@code acme: 3 resources, template.yaml 812 bytes, template.json 1204 bytes -> target/cfn/acme}
   * with the folder relative to {@code baseDirectory} when it lies inside it.
   */
  public String summary(Path baseDirectory) {
    return name
        + ": "
        + resourceCount
        + " resources, template.yaml "
        + yamlBytes
        + " bytes, template.json "
        + jsonBytes
        + " bytes -> "
        + DisplayPath.of(directory, baseDirectory);
  }
}
