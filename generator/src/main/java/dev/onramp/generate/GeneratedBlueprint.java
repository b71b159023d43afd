package dev.onramp.generate;

import java.nio.file.Path;

/** What was written for one blueprint: its folder, resource count and template sizes in bytes. */
public record GeneratedBlueprint(
    String name, Path directory, int resourceCount, long yamlBytes, long jsonBytes) {}
