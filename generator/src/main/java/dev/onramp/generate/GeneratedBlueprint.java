package dev.onramp.generate;

import java.nio.file.Path;
import java.util.List;

/**
 * What was written for one blueprint: its folder, resource count and template sizes in bytes, and
 * the Java sources of its CDK construct (none without a {@code cdk} section).
 */
public record GeneratedBlueprint(
    String name,
    Path directory,
    int resourceCount,
    long yamlBytes,
    long jsonBytes,
    List<Path> cdkSources) {

  public GeneratedBlueprint {
    cdkSources = List.copyOf(cdkSources);
  }

  /** A blueprint without a construct. */
  public GeneratedBlueprint(
      String name, Path directory, int resourceCount, long yamlBytes, long jsonBytes) {
    this(name, directory, resourceCount, yamlBytes, jsonBytes, List.of());
  }
}
