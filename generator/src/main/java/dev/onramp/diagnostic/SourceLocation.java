package dev.onramp.diagnostic;

import java.util.Objects;

/**
 * Where a problem is: a file, a 1-based line and column, and the YAML path of the element (for
 * example {@code roles[0].policySets[1].set}). Line and column are 0 when unknown.
 */
public record SourceLocation(String file, int line, int column, String yamlPath) {

  public SourceLocation {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(yamlPath, "yamlPath");
  }

  public static SourceLocation ofFile(String file) {
    return new SourceLocation(file, 0, 0, "");
  }

  /** {@code file:line:column} as compilers print it, leaving out what is unknown. */
  public String position() {
    if (line <= 0) {
      return file;
    }
    return file + ":" + line + ":" + Math.max(column, 1);
  }
}
